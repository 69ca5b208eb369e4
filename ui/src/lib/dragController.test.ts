import { describe, expect, it } from "vitest";
import type { Session } from "../bindings/Session";
import type { ColumnRect } from "./drag";
import { fixture } from "../test/fixture";
import {
  IDLE,
  answered,
  bandOf,
  blockPress,
  cancel,
  canPress,
  columnPress,
  columnsOf,
  draggedPress,
  edgeScroll,
  heldGesture,
  heldIds,
  isHeld,
  move,
  overPalette,
  press,
  previewCommand,
  ghostCommand,
  release,
  shownOf,
  type DragState,
  type Frame,
  type Press,
} from "./dragController";

/** The core's new session, as its view sends it. */
const NEW = fixture().view.newItems.session;

// Days as columns, 100 px wide from x = 50; the time axis starts 50 px down at 08:00, one
// pixel a minute. The grid's corner is at the viewport's (10, 20).
const columns: ColumnRect[] = [
  { date: "2017-09-22", from: 50, to: 150 },
  { date: "2017-09-25", from: 150, to: 250 },
];
const frame: Frame = {
  origin: { x: 10, y: 20 },
  view: { left: 10, top: 20, right: 410, bottom: 620 },
  orientation: "columns",
  timeStartPx: 50,
  rangeStart: 8 * 60,
  pxPerMinute: 1,
};
/** The viewport point over `date`'s column (the first or second) at `minute`. */
const over = (day: 0 | 1, minute: number) => ({ x: 10 + 60 + day * 100, y: 20 + 50 + minute - 8 * 60 });

const session = (id: string, start: string, end: string, room?: string): Session => ({
  id,
  title: { en: id },
  kind: "question",
  annex: "cell",
  placement: { start: `2017-09-22T${start}`, end: `2017-09-22T${end}` },
  ...(room ? { room } : {}),
});
const q4 = session("q4", "09:00", "10:00", "k");
const q5 = session("q5", "11:00", "12:00");
const sessions = { q4, q5 };

function pressOn(s: Session, at: { x: number; y: number }, extra: Partial<Press> = {}): DragState {
  const pressed = blockPress(s, undefined, "only", new Set(), sessions, 9 * 60 + 10);
  if (!pressed) throw new Error("q4 is scheduled, so a press on it starts a gesture");
  return press(IDLE, { pointerId: 1, columns, palette: null, additive: false, ...pressed, ...extra }, at, frame);
}

describe("drag controller", () => {
  it("a press that never moves past the threshold is a click that selects", () => {
    let s = pressOn(q4, over(0, 9 * 60 + 10));
    expect(s.phase).toBe("pressed");
    s = move(s, 1, { x: over(0, 0).x + 3, y: over(0, 9 * 60 + 10).y }, frame, 15, NEW);
    expect(s.phase, "3 px is under the 4 px threshold").toBe("pressed");
    const r = release(s, 1);
    expect(r.release).toEqual({ kind: "click", id: "q4", mode: "only" });
    expect(r.state).toBe(IDLE);
  });

  it("moving a session proposes its new place and drops one moveSession", () => {
    let s = pressOn(q4, over(0, 9 * 60 + 10));
    s = move(s, 1, over(1, 14 * 60 + 10), frame, 15, NEW);
    expect(s.phase).toBe("dragging");
    expect(heldIds(s), "the dragged session is drawn faded").toEqual(["q4"]);
    const shown = shownOf(s);
    expect(shown?.proposal).toEqual({
      kind: "place",
      spans: [{ id: "q4", date: "2017-09-25", start: 14 * 60, end: 15 * 60, room: "k" }],
    });
    expect(previewCommand(s), "the hovered cell's command is what the dry run asks about").toEqual({
      type: "moveSession",
      id: "q4",
      start: "2017-09-25T14:00",
    });

    const r = release(s, 1);
    expect(r.release).toEqual({ kind: "drop", command: { type: "moveSession", id: "q4", start: "2017-09-25T14:00" } });
    expect(r.state.phase, "the ghost stays until the answer is drawn").toBe("dropping");
    expect(shownOf(r.state)).toBe(shown);
    expect(columnsOf(r.state), "the ghosts stay on the columns measured at the press").toBe(columns);
    expect(previewCommand(r.state), "no dry run for a drop in flight").toBeNull();
    expect(ghostCommand(r.state), "the ghost keeps the dry run it showed").toEqual(previewCommand(s));
    expect(ghostCommand(answered(r.state))).toBeNull();
    expect(heldIds(r.state), "the session stays faded until the answer draws it moved").toEqual(["q4"]);
    expect(heldGesture(r.state), "held by the same gesture as while dragged").toBe(heldGesture(s));
    expect(heldIds(answered(r.state))).toEqual([]);
    expect(canPress(r.state), "no new press while a drop waits for its answer").toBe(false);
    expect(
      press(
        r.state,
        { pointerId: 2, columns, palette: null, additive: false, gesture: "band", click: null },
        over(0, 0),
        frame,
      ),
    ).toBe(r.state);
    expect(answered(r.state)).toBe(IDLE);
  });

  it("a move within the same cell keeps the proposal object, so nothing is redrawn", () => {
    let s = pressOn(q4, over(0, 9 * 60 + 10));
    s = move(s, 1, over(1, 14 * 60 + 10), frame, 15, NEW);
    const before = shownOf(s);
    s = move(s, 1, over(1, 14 * 60 + 12), frame, 15, NEW);
    expect(shownOf(s)).toBe(before);
    expect(draggedPress(s), "the press is the same object for the whole drag").not.toBeNull();
  });

  it("a drag back to where it started sends nothing", () => {
    let s = pressOn(q4, over(0, 9 * 60 + 10));
    s = move(s, 1, over(1, 14 * 60 + 10), frame, 15, NEW);
    s = move(s, 1, over(0, 9 * 60 + 10), frame, 15, NEW);
    expect(release(s, 1)).toEqual({ state: IDLE, release: { kind: "none" } });
  });

  it("ignores other pointers", () => {
    const s = pressOn(q4, over(0, 9 * 60 + 10));
    expect(move(s, 7, over(1, 14 * 60), frame, 15, NEW)).toBe(s);
    expect(release(s, 7)).toEqual({ state: s, release: { kind: "none" } });
  });

  it("outside the visible grid there is no target, over the palette a single session is unscheduled", () => {
    let s = pressOn(q4, over(0, 9 * 60 + 10), { palette: { left: 500, top: 0, right: 700, bottom: 600 } });
    s = move(s, 1, { x: 450, y: 200 }, frame, 15, NEW);
    expect(shownOf(s)?.proposal).toEqual({ kind: "none" });
    s = move(s, 1, { x: 600, y: 200 }, frame, 15, NEW);
    expect(overPalette(s), "the palette lights up as a drop target").toBe(true);
    expect(previewCommand(s)).toEqual({ type: "unscheduleSession", id: "q4" });
    expect(release(s, 1).release).toEqual({ kind: "drop", command: { type: "unscheduleSession", id: "q4" } });
  });

  it("Escape or a cancelled pointer ends the press with nothing sent, but not a drop in flight", () => {
    let s = pressOn(q4, over(0, 9 * 60 + 10));
    s = move(s, 1, over(1, 14 * 60 + 10), frame, 15, NEW);
    expect(isHeld(s)).toBe(true);
    expect(cancel(s)).toBe(IDLE);
    const dropping = release(s, 1).state;
    expect(cancel(dropping)).toBe(dropping);
  });

  it("a press on a selected session moves the whole selection with it", () => {
    const pressed = blockPress(q4, undefined, "only", new Set(["q5", "q4"]), sessions, 9 * 60 + 30);
    expect(pressed?.gesture).toEqual({
      kind: "move",
      held: [
        { id: "q4", date: "2017-09-22", start: 540, end: 600, room: "k" },
        { id: "q5", date: "2017-09-22", start: 660, end: 720 },
      ],
      grab: 30,
    });
    const alone = blockPress(q4, undefined, "toggle", new Set(["q5"]), sessions, 9 * 60);
    expect(alone?.gesture, "an unselected session moves alone").toMatchObject({ kind: "move", held: [{ id: "q4" }] });
    expect(alone?.click).toEqual({ id: "q4", mode: "toggle" });
  });

  it("a press on an edge resizes; an unscheduled session starts nothing", () => {
    expect(blockPress(q4, "end", "only", new Set(), sessions, 0)?.gesture).toEqual({
      kind: "resize",
      held: { id: "q4", date: "2017-09-22", start: 540, end: 600, room: "k" },
      edge: "end",
    });
    const { placement: _, ...unscheduled } = q4;
    expect(blockPress(unscheduled, undefined, "only", new Set(), sessions, 0)).toBeNull();
  });

  it("a press on empty grid draws a new session, or with a modifier a rubber band that selects", () => {
    expect(columnPress("2017-09-22", "k", false, 600)).toEqual({
      gesture: { kind: "create", date: "2017-09-22", anchor: 600, room: "k" },
      click: { id: null, mode: "only" },
    });
    expect(columnPress("2017-09-22", "", false, 600).gesture, "the no-room strip gives no room").toEqual({
      kind: "create",
      date: "2017-09-22",
      anchor: 600,
    });

    let s = press(
      IDLE,
      { pointerId: 1, columns, palette: null, additive: true, ...columnPress("2017-09-22", undefined, true, 0) },
      { x: 100, y: 100 },
      frame,
    );
    s = move(s, 1, { x: 60, y: 180 }, frame, 15, NEW);
    expect(bandOf(s), "the band spans press to pointer, in grid coordinates").toEqual({
      left: 50,
      top: 80,
      width: 40,
      height: 80,
    });
    expect(heldIds(s), "a band holds no session").toEqual([]);
    expect(release(s, 1).release).toEqual({
      kind: "band",
      band: { left: 50, top: 80, width: 40, height: 80 },
      additive: true,
    });
  });
});

describe("edge scrolling", () => {
  const view = { left: 0, top: 0, right: 400, bottom: 300 };
  const insets = { left: 50, top: 30 };

  it("scrolls toward an edge the pointer is near, faster the closer", () => {
    expect(edgeScroll(view, { x: 200, y: 150 }, insets)).toEqual({ x: 0, y: 0 });
    expect(edgeScroll(view, { x: 390, y: 150 }, insets)).toEqual({ x: 9, y: 0 });
    expect(edgeScroll(view, { x: 399, y: 299 }, insets)).toEqual({ x: 12, y: 12 });
    expect(edgeScroll(view, { x: 55, y: 35 }, insets), "the sticky gutter and headers count as the edge").toEqual({
      x: -11,
      y: -11,
    });
  });

  it("counts the sticky gutter at the right as the edge in a right-to-left grid", () => {
    const rtl = { left: 0, top: 30, right: 50 };
    expect(edgeScroll(view, { x: 345, y: 150 }, rtl), "over the gutter's edge").toEqual({ x: 11, y: 0 });
    expect(edgeScroll(view, { x: 5, y: 150 }, rtl), "at the far left").toEqual({ x: -11, y: 0 });
    expect(edgeScroll(view, { x: 200, y: 150 }, rtl)).toEqual({ x: 0, y: 0 });
  });

  it("does not scroll for a pointer far outside the grid", () => {
    expect(edgeScroll(view, { x: 450, y: 150 }, insets)).toEqual({ x: 0, y: 0 });
  });
});
