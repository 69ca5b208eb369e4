/**
 * The grid's pointer drag as a state machine, from a press to the answer of its drop:
 *
 * ```text
 *   idle --press--> pressed --moved past the threshold--> dragging --release--> dropping --answered--> idle
 *                      \--release: a click                    \--release with nothing to send,
 *                      \--cancel (Escape, pointercancel)          cancel: back to idle
 * ```
 *
 * A gesture is one of drag.ts's (move, resize, schedule, create) or a rubber band that
 * selects. Only the pointer that pressed counts. While a drop waits for its answer
 * (`dropping`) its ghosts stay and no new press starts, so two drops never race.
 *
 * Pure: every transition takes the state and what the component measured (a `Frame`) and
 * returns the next state; the component owns the DOM (pointer capture, measuring, scrolling)
 * and sends what a release answers. Like drag.ts, it holds no scheduling rule.
 */
import type { Command } from "../bindings/Command";
import type { Session } from "../bindings/Session";
import {
  commandFor,
  locate,
  pastThreshold,
  propose,
  type ColumnRect,
  type Gesture,
  type Held,
  type Proposal,
} from "./drag";
import { sessionSpan, type Orientation } from "./layout";

/** A point in the viewport (clientX, clientY) or in the grid. */
export interface Point {
  x: number;
  y: number;
}

/** A box in the viewport, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The rubber band, in pixels from the grid's top-left corner (it scrolls with the grid). */
export interface Band {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** How a click changes the selection: only this one, or toggle it. */
export type SelectMode = "only" | "toggle";

/** Where the grid is at the moment of an event, as the component measures it. */
export interface Frame {
  /** The grid's top-left corner in the viewport (it moves as the grid scrolls). */
  origin: Point;
  /** The visible part of the grid (its scroller) in the viewport. */
  view: Box;
  orientation: Orientation;
  /** Where the shown time range starts along the time axis, from the grid's edge. */
  timeStartPx: number;
  /** The first minute shown. */
  rangeStart: number;
  pxPerMinute: number;
}

/** A press, as the gesture it would start. */
export interface Press {
  pointerId: number;
  /** Where it was pressed, in the viewport. */
  start: Point;
  /** Where it was pressed in the grid (the rubber band's anchor). */
  at: Point;
  /** What dragging does; "band" selects with a rubber band. */
  gesture: Gesture | "band";
  /** What a click (a press with no drag) does. */
  click: { id: string | null; mode: SelectMode } | null;
  /** Drop columns, relative to the grid's top-left corner (they do not move when it scrolls). */
  columns: ColumnRect[];
  /** The palette in the viewport: a session dropped there is unscheduled. */
  palette: Box | null;
  /** Shift, Ctrl or Cmd was held: the band adds to the selection. */
  additive: boolean;
}

/** Where the gesture would put things, and the one command its drop would send. */
export interface Shown {
  gesture: Gesture;
  proposal: Proposal;
  command: Command | null;
}

/** The state of the grid's pointer drag. */
export type DragState =
  | { phase: "idle" }
  /** Pressed, not moved past the threshold yet: releasing now is a click. */
  | { phase: "pressed"; press: Press; last: Point }
  /** Dragging: `shown` (a gesture's proposal) or `band` (a rubber band) follows the pointer. */
  | { phase: "dragging"; press: Press; last: Point; shown: Shown | null; band: Band | null }
  /** A drop sent and not answered yet: its ghosts stay, on the press's columns, until the answer is drawn. */
  | { phase: "dropping"; shown: Shown; columns: ColumnRect[] };

/** What a release asks the component to do. */
export type Release =
  | { kind: "click"; id: string | null; mode: SelectMode }
  | { kind: "band"; band: Band; additive: boolean }
  | { kind: "drop"; command: Command }
  | { kind: "none" };

export const IDLE: DragState = { phase: "idle" };

/** Whether a new press may start (not while a drop waits for its answer). */
export function canPress(state: DragState): boolean {
  return state.phase !== "dropping";
}

/** Whether a press is held (pressed or dragging): Escape cancels it. */
export function isHeld(state: DragState): state is Extract<DragState, { press: Press }> {
  return state.phase === "pressed" || state.phase === "dragging";
}

/** A press of `pointerId` at `client`; refused (the state kept) while a drop waits. */
export function press(
  state: DragState,
  p: Omit<Press, "start" | "at">,
  client: Point,
  frame: Pick<Frame, "origin">,
): DragState {
  if (!canPress(state)) return state;
  const at = { x: client.x - frame.origin.x, y: client.y - frame.origin.y };
  return { phase: "pressed", press: { ...p, start: client, at }, last: client };
}

/** The column and minute under a viewport point. */
export function pointAt(client: Point, columns: readonly ColumnRect[], frame: Frame) {
  return locate(frame.orientation, columns, client.x - frame.origin.x, client.y - frame.origin.y, {
    timeStartPx: frame.timeStartPx,
    rangeStart: frame.rangeStart,
    pxPerMinute: frame.pxPerMinute,
  });
}

function inside(b: Box, p: Point): boolean {
  return p.x >= b.left && p.x <= b.right && p.y >= b.top && p.y <= b.bottom;
}

/**
 * The pointer of the press moved to `client` (or the grid scrolled under it: then `client`
 * is the last position). Past the threshold the press becomes a drag, and the drag's
 * proposal (or band) follows the pointer; an unchanged proposal keeps its object. A session
 * drawn on the grid starts as `template` (the core's `View.newItems.session`).
 */
export function move(
  state: DragState,
  pointerId: number,
  client: Point,
  frame: Frame,
  step: number,
  template: Session,
): DragState {
  if (!isHeld(state) || pointerId !== state.press.pointerId) return state;
  const p = state.press;
  if (state.phase === "pressed" && !pastThreshold(p.start.x, p.start.y, client.x, client.y)) {
    return { ...state, last: client };
  }
  const dragging =
    state.phase === "dragging" ? state : { phase: "dragging" as const, press: p, shown: null, band: null };
  if (p.gesture === "band") {
    const x = client.x - frame.origin.x;
    const y = client.y - frame.origin.y;
    const band = {
      left: Math.min(p.at.x, x),
      top: Math.min(p.at.y, y),
      width: Math.abs(x - p.at.x),
      height: Math.abs(y - p.at.y),
    };
    return { ...dragging, last: client, band };
  }
  const at = pointAt(client, p.columns, frame);
  const pointer = {
    column: inside(frame.view, client) ? at.column : null,
    minute: at.minute,
    overPalette: p.palette !== null && inside(p.palette, client),
  };
  const next = propose(p.gesture, pointer, step);
  if (dragging.shown && sameProposal(dragging.shown.proposal, next)) return { ...dragging, last: client };
  const shown = { gesture: p.gesture, proposal: next, command: commandFor(p.gesture, next, template) };
  return { ...dragging, last: client, shown };
}

/**
 * The pointer of the press was released: a press that never dragged is a click, a band
 * selects what it covers, and a drag with a command drops it (the state waits for the
 * answer in `dropping`, see `answered`).
 */
export function release(state: DragState, pointerId: number): { state: DragState; release: Release } {
  if (!isHeld(state) || pointerId !== state.press.pointerId) return { state, release: { kind: "none" } };
  const p = state.press;
  if (state.phase === "pressed") {
    return { state: IDLE, release: p.click ? { kind: "click", ...p.click } : { kind: "none" } };
  }
  if (p.gesture === "band") {
    return {
      state: IDLE,
      release: state.band ? { kind: "band", band: state.band, additive: p.additive } : { kind: "none" },
    };
  }
  const shown = state.shown;
  if (!shown?.command) return { state: IDLE, release: { kind: "none" } };
  return {
    state: { phase: "dropping", shown, columns: p.columns },
    release: { kind: "drop", command: shown.command },
  };
}

/** Escape or a cancelled pointer: the press ends with nothing sent (a drop sent stays). */
export function cancel(state: DragState): DragState {
  return isHeld(state) ? IDLE : state;
}

/** The drop's answer is drawn: its ghosts go. */
export function answered(state: DragState): DragState {
  return state.phase === "dropping" ? IDLE : state;
}

/** Where the ghosts are drawn from: the drag's proposal, or the drop waiting for its answer. */
export function shownOf(state: DragState): Shown | null {
  return state.phase === "dragging" || state.phase === "dropping" ? state.shown : null;
}

/** The drop columns the ghosts are placed on (measured when the press began). */
export function columnsOf(state: DragState): readonly ColumnRect[] {
  return state.phase === "dropping" ? state.columns : isHeld(state) ? state.press.columns : [];
}

/** The command whose dry run colours the ghost: the dragged one's (not a drop's in flight). */
export function previewCommand(state: DragState): Command | null {
  return state.phase === "dragging" ? (state.shown?.command ?? null) : null;
}

/**
 * The command whose dry run the ghost shows: the dragged one's, and a drop's in flight, whose
 * ghost stays as it was (its colour and its words) until the answer is drawn.
 */
export function ghostCommand(state: DragState): Command | null {
  return state.phase === "dragging" || state.phase === "dropping" ? (state.shown?.command ?? null) : null;
}

/** The press being dragged (not merely pressed); the same object for the whole drag. */
export function draggedPress(state: DragState): Press | null {
  return state.phase === "dragging" ? state.press : null;
}

/** The rubber band being drawn, if any. */
export function bandOf(state: DragState): Band | null {
  return state.phase === "dragging" ? state.band : null;
}

/**
 * The gesture whose sessions are held: the dragged press's, and still its drop's while the
 * drop waits for its answer (the held sessions come back in the frame that draws them
 * moved, not at their old place a frame before). The same object for a whole drag and its
 * drop, so a change of it is a change of what is held.
 */
export function heldGesture(state: DragState): Press["gesture"] | null {
  if (state.phase === "dragging") return state.press.gesture;
  if (state.phase === "dropping") return state.shown.gesture;
  return null;
}

/** The sessions a drag holds (drawn faded while the ghost shows where they go; see `heldGesture`). */
export function heldIds(state: DragState): string[] {
  const g = heldGesture(state);
  if (!g || g === "band") return [];
  return g.kind === "move" ? g.held.map((h) => h.id) : g.kind === "resize" ? [g.held.id] : [];
}

/** Whether the drag is over the palette with a session a drop there would unschedule. */
export function overPalette(state: DragState): boolean {
  return state.phase === "dragging" && state.shown?.proposal.kind === "unschedule";
}

/** Whether two proposals put everything at the same place (then the drag redraws nothing). */
export function sameProposal(a: Proposal, b: Proposal): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "unschedule" && b.kind === "unschedule") return a.id === b.id;
  if (a.kind !== "place" || b.kind !== "place") return true;
  if (a.spans.length !== b.spans.length) return false;
  return a.spans.every((s, i) => {
    const t = b.spans[i];
    return (
      t !== undefined &&
      s.id === t.id &&
      s.date === t.date &&
      s.start === t.start &&
      s.end === t.end &&
      s.room === t.room
    );
  });
}

/** A scheduled session as a gesture holds it; null when it is not on the grid. */
export function heldOf(s: Session): Held | null {
  const span = sessionSpan(s);
  if (!span) return null;
  const held: Held = { id: s.id, date: span.date, start: span.start, end: span.end };
  if (s.room !== undefined) held.room = s.room;
  return held;
}

/**
 * The gesture a press on the block of `session` starts, at `minute`: with `edge` (a press on
 * a resize handle) resizing that edge; otherwise moving it, with the rest of the selection
 * when it is selected together with others. A click selects it (`mode`). Null when the
 * session is not on the grid.
 */
export function blockPress(
  session: Session,
  edge: string | undefined,
  mode: SelectMode,
  selected: ReadonlySet<string>,
  sessions: Readonly<Record<string, Session | undefined>>,
  minute: number,
): Pick<Press, "gesture" | "click"> | null {
  const id = session.id;
  const grabbed = heldOf(session);
  if (!grabbed) return null;
  const click = { id, mode };
  if (edge === "start" || edge === "end") return { gesture: { kind: "resize", held: grabbed, edge }, click };
  const others =
    selected.has(id) && selected.size > 1
      ? [...selected]
          .filter((x) => x !== id)
          .map((x) => sessions[x])
          .map((s) => (s ? heldOf(s) : null))
          .filter((h): h is Held => h !== null)
      : [];
  return { gesture: { kind: "move", held: [grabbed, ...others], grab: minute - grabbed.start }, click };
}

/**
 * The gesture a press on empty grid of `date` (in `room`'s strip of a room view) starts, at
 * `minute`: a rubber band with Shift, Ctrl or Cmd (`band`), else drawing a new session, and
 * a click there clears the selection.
 */
export function columnPress(
  date: string,
  room: string | undefined,
  band: boolean,
  minute: number,
): Pick<Press, "gesture" | "click"> {
  if (band) return { gesture: "band", click: null };
  const gesture: Gesture = { kind: "create", date, anchor: minute };
  if (room !== undefined && room !== "") gesture.room = room;
  return { gesture, click: { id: null, mode: "only" } };
}

/** How close to an edge of the visible grid (in pixels) a drag starts scrolling it. */
export const EDGE_SCROLL_PX = 36;

/**
 * How far to scroll the grid this frame while dragging at `pointer`: near an edge of the
 * visible grid `view` it scrolls that way, faster the closer it gets. `insets` are the
 * sticky parts (day labels or hour gutter, headers), which do not scroll: at the left and
 * top, and at the right instead of the left in a right-to-left grid, whose gutter stands
 * there; a pointer more than 20 pixels outside the view scrolls nothing.
 */
export function edgeScroll(view: Box, pointer: Point, insets: { left: number; top: number; right?: number }): Point {
  const speed = (d: number) => (d < EDGE_SCROLL_PX ? Math.ceil((EDGE_SCROLL_PX - Math.max(d, 0)) / 3) : 0);
  const near = inside(
    { left: view.left - 20, top: view.top - 20, right: view.right + 20, bottom: view.bottom + 20 },
    pointer,
  );
  if (!near) return { x: 0, y: 0 };
  return {
    x: speed(view.right - (insets.right ?? 0) - pointer.x) - speed(pointer.x - view.left - insets.left),
    y: speed(view.bottom - pointer.y) - speed(pointer.y - view.top - insets.top),
  };
}
