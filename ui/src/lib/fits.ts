/**
 * Reading the core's `Feasibility` (where one session can go, `plenary::places`) for the
 * grid: which session a gesture asks about, and the coloured bands of one day (or one room
 * strip) where it can start. The core decides how each place suits the session; this only
 * cuts its letters into runs along the time axis.
 */
import type { Feasibility } from "../bindings/Feasibility";
import type { Fit } from "../bindings/Fit";
import type { Gesture } from "./drag";

/** A run of starts with the same fit: the session would start in `[start, end)`. */
export interface FitBand {
  start: number;
  end: number;
  fit: Fit;
  /** The room strip it belongs to in a room view ("" for no room); absent in a day view. */
  room?: string;
}

/** Which session to ask about, and its length when it is not on the grid yet. */
export interface FitTarget {
  id: string;
  minutes?: number;
}

const FITS: Record<string, Fit> = { c: "clean", i: "info", w: "warning", e: "error" };

/**
 * The session whose places a gesture shows: one moved session, or a palette session
 * dragged onto the grid. Several sessions moved at once, a resize and a new session show
 * none (a place suits one session).
 */
export function fitTarget(gesture: Gesture | "band" | null | undefined): FitTarget | null {
  if (!gesture || gesture === "band") return null;
  const [only, ...others] = gesture.kind === "move" ? gesture.held : [];
  if (only && others.length === 0) return { id: only.id };
  if (gesture.kind === "schedule") return { id: gesture.id, minutes: gesture.minutes };
  return null;
}

/**
 * The bands of `date`: in a day view (`rooms` null) those of `room` (the session's own
 * room, "" for none), in a room view those of each of the view's rooms. Runs of the same
 * fit are merged; a day the answer does not have gets none.
 */
export function fitBands(f: Feasibility, date: string, rooms: readonly string[] | null, room: string): FitBand[] {
  const day = f.days.find((d) => d.date === date);
  if (!day) return [];
  const stride = f.rooms.length;
  const bands: FitBand[] = [];
  for (const r of rooms ?? [room]) {
    const col = f.rooms.indexOf(r);
    if (col < 0) continue;
    let run: FitBand | null = null;
    for (let i = 0; i < f.starts; i++) {
      const fit = FITS[day.fits.charAt(i * stride + col)] ?? "error";
      const start = f.from + i * f.step;
      if (run && run.fit === fit && run.end === start) {
        run.end = start + f.step;
      } else {
        run = { start, end: start + f.step, fit, ...(rooms ? { room: r } : {}) };
        bands.push(run);
      }
    }
  }
  return bands;
}

/**
 * How the place starting at `start` (minutes after midnight) of `date` in `room` ("" for
 * none) suits the session, as the core judged it; null when the answer does not cover it
 * (another day, a start between two steps, outside the times asked).
 */
export function fitAt(f: Feasibility, date: string, start: number, room: string): Fit | null {
  const day = f.days.find((d) => d.date === date);
  const col = f.rooms.indexOf(room);
  const i = (start - f.from) / f.step;
  if (!day || col < 0 || !Number.isInteger(i) || i < 0 || i >= f.starts) return null;
  return FITS[day.fits.charAt(i * f.rooms.length + col)] ?? null;
}
