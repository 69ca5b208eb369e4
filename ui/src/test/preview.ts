/**
 * For the browser preview only: a document file turned into a Snapshot with no conflicts
 * (only the core can find them). The file holds the timetable with "format" and "version"
 * keys and writes its collections as arrays of items with an `id` (acknowledgements: with
 * a `key`), where the wire's Timetable has maps keyed by id.
 */
import type { Snapshot } from "../bindings/Snapshot";
import type { Timetable } from "../bindings/Timetable";

type Keyed = Record<string, unknown>;

const MAPS = new Set(["slots", "breaks", "rooms", "bodies", "persons", "sessions", "constraints", "acknowledgements"]);

function toMap(value: unknown, key: string): unknown {
  if (!Array.isArray(value)) return value;
  const map: Record<string, unknown> = {};
  for (const item of value as Keyed[]) map[String(item[key])] = item;
  return map;
}

/**
 * A view for the preview, which has no core to ask: the standard hours everywhere, no
 * breaks shaded, English titles. Only the core derives a document's real view.
 */
function previewView(tt: Timetable): Snapshot["view"] {
  return {
    mainLang: tt.meeting.languages[0] ?? "en",
    languages: ["ar", "zh", "en", "fr", "ru", "es"],
    textFallback: ["en"],
    nextRevisionLabel: "Rev.1",
    days: [],
    elsewhere: { hours: tt.meeting.hours, breaks: [] },
    bodyDescendants: Object.fromEntries(Object.keys(tt.bodies).map((id) => [id, [id]])),
    bodyTree: Object.keys(tt.bodies).map((body) => ({ body, depth: 0 })),
    newItems: {
      slot: { id: "", name: { en: "Evening" }, start: "18:00", end: "20:00" },
      break: { id: "", name: { en: "Coffee" }, kind: "coffee", start: "15:30", end: "16:00" },
      room: { id: "", name: "New room" },
      body: { id: "", short: "New body", name: {}, kind: "other" },
      person: { id: "", name: "New person" },
      session: { id: "", title: { en: "New session" }, kind: "other", annex: "cell", minutes: 90 },
    },
  };
}

/** A timetable as the file writes it, with maps keyed by id as on the wire. */
function wireTimetable(file: Keyed): Keyed {
  const out: Keyed = { severities: {} };
  for (const [name, value] of Object.entries(file)) {
    if (name === "format" || name === "version") continue;
    out[name] = MAPS.has(name) ? toMap(value, name === "acknowledgements" ? "key" : "id") : value;
  }
  return out;
}

/**
 * `conflictsUrl`: a list the core found (`plenary check --format json FILE`), shown as is.
 * The snapshot names the document's revisions (label, date, comment) as the core's does;
 * `published` holds the timetables frozen in them, for the mock backend's diffs.
 */
export async function previewSnapshot(
  url: string,
  conflictsUrl?: string | null,
): Promise<{ snapshot: Snapshot; published: Record<string, Timetable> }> {
  const response = await fetch(url);
  if (!response.ok) throw { code: "io", message: `cannot fetch ${url}: ${response.status}` };
  const out = wireTimetable((await response.json()) as Keyed);
  const published: Record<string, Timetable> = {};
  if (Array.isArray(out.revisions)) {
    out.revisions = (out.revisions as Keyed[]).map(({ timetable, ...summary }) => {
      published[String(summary.label)] = wireTimetable(timetable as Keyed) as unknown as Timetable;
      return summary;
    });
  }
  const conflicts = conflictsUrl ? ((await (await fetch(conflictsUrl)).json()) as Snapshot["conflicts"]) : [];
  const timetable = out as unknown as Timetable;
  const snapshot: Snapshot = {
    timetable,
    view: previewView(timetable),
    conflicts,
    summary: { errors: 0, warnings: 0, infos: 0, acknowledged: 0 },
    history: { canUndo: false, canRedo: false, dirty: false },
  };
  return { snapshot, published };
}
