import { describe, expect, it } from "vitest";
import type { Session } from "../bindings/Session";
import { fixture } from "../test/fixture";
import { blockCache, blocksByDate } from "./blocks";
import { horizontalBox, roomColumns, type Block } from "./layout";

const h = (hh: number, mm = 0) => hh * 60 + mm;

describe("blocksByDate", () => {
  it("places scheduled sessions in their day with lanes", () => {
    const blocks = blocksByDate(Object.values(fixture().timetable.sessions));
    const friday = blocks.get("2017-09-22") ?? [];
    expect(friday.map((b) => b.session.id).sort()).toEqual(["open", "q1", "q2", "q4"]);
    const q4 = friday.find((b) => b.session.id === "q4");
    expect(q4).toMatchObject({ start: h(15), end: h(16, 30), lanes: 3 });
    expect(friday.find((b) => b.session.id === "open")).toMatchObject({ lane: 0, lanes: 1 });
    expect(blocks.get("2017-09-21")?.map((b) => b.session.id)).toEqual(["mt1"]);
  });

  it("in a room view, puts each session in its room's sub-column with lanes per room", () => {
    const tt = fixture().timetable;
    const sessions = Object.values(tt.sessions);
    const rooms = roomColumns(tt, sessions);
    expect(rooms.slice(0, 3)).toEqual(["popov", "k", "l"]);
    const friday = blocksByDate(sessions, rooms).get("2017-09-22") ?? [];
    const q4 = friday.find((b) => b.session.id === "q4");
    expect(q4, "q4 is alone in room L: full width of its sub-column").toMatchObject({
      col: 2,
      cols: rooms.length,
      lane: 0,
      lanes: 1,
    });
    const clash = friday.filter((b) => b.session.room === "k");
    expect(
      clash.map((b) => b.lanes),
      "q1 and q2 share room K side by side",
    ).toEqual([2, 2]);
    expect(horizontalBox({ lane: 1, lanes: 2, col: 1, cols: 4 })).toEqual({ left: 37.5, width: 12.5 });
  });

  it("gives a point in time at the start of a session a lane of its own, so its label shows", () => {
    const sessions = Object.values(fixture().timetable.sessions);
    const q4 = sessions.find((s) => s.id === "q4") as Session;
    const point: Session = {
      ...q4,
      id: "sc",
      timing: "point",
      placement: { start: "2017-09-22T15:00", end: "2017-09-22T15:00" },
    };
    const friday = blocksByDate([q4, point]).get("2017-09-22") ?? [];
    const marker = friday.find((b) => b.session.id === "sc");
    expect(marker, "no length of its own").toMatchObject({ start: h(15), end: h(15), lanes: 2 });
    expect(friday.find((b) => b.session.id === "q4")?.lane).not.toBe(marker?.lane);
  });

  it("re-lays only the days an edit changed, and keeps the blocks whose lane and place it left", () => {
    const sessions = Object.values(fixture().timetable.sessions);
    const cache = blockCache();
    const before = blocksByDate(sessions, undefined, cache);
    const q1 = sessions.find((s) => s.id === "q1") as Session;
    // q1 moves later on its day, away from q2 and q4: its day is re-laid, the other day is not.
    const moved: Session = { ...q1, placement: { start: "2017-09-22T17:00", end: "2017-09-22T17:30" } };
    const after = blocksByDate(
      sessions.map((s) => (s === q1 ? moved : s)),
      undefined,
      cache,
    );
    expect(after.get("2017-09-21"), "the untouched day keeps its very array").toBe(before.get("2017-09-21"));
    const friday = after.get("2017-09-22") ?? [];
    const old = before.get("2017-09-22") ?? [];
    expect(friday).not.toBe(old);
    const open = (list: Block[]) => list.find((b) => b.session.id === "open");
    expect(open(friday), "a block whose lane did not change is the same object").toBe(open(old));
    expect(friday.find((b) => b.session.id === "q1")).toMatchObject({ start: h(17), end: h(17, 30) });
  });

  it("redraws only the block an edit moved: its neighbours keep their lanes and their very objects", () => {
    const q4 = fixture().timetable.sessions["q4"] as Session;
    const at = (id: string, start: string, end: string): Session => ({
      ...q4,
      id,
      placement: { start: `2017-09-22T${start}`, end: `2017-09-22T${end}` },
    });
    const day = [at("a", "09:00", "10:00"), at("b", "09:00", "10:00"), at("c", "09:00", "10:00")];
    const cache = blockCache();
    const before = blocksByDate(day, undefined, cache).get("2017-09-22") ?? [];
    // a moves a quarter of an hour later: a fresh layout sorts it last and shifts b and c.
    const edited = day.map((s) => (s.id === "a" ? at("a", "09:15", "10:15") : s));
    const lane = (list: Block[], id: string) => list.find((x) => x.session.id === id)?.lane;
    const fresh = blocksByDate(edited).get("2017-09-22") ?? [];
    expect(["a", "b", "c"].map((id) => lane(fresh, id))).toEqual([2, 0, 1]);
    const after = blocksByDate(edited, undefined, cache).get("2017-09-22") ?? [];
    expect(
      ["a", "b", "c"].map((id) => lane(after, id)),
      "a moves down its own lane",
    ).toEqual([0, 1, 2]);
    const redrawn = (now: Block[] | undefined, was: Block[]) =>
      (now ?? []).filter((block) => !was.includes(block)).map((block) => block.session.id);
    expect(redrawn(after, before)).toEqual(["a"]);
    const renamed = edited.map((s) => (s.id === "c" ? { ...s, title: { en: "Renamed" } } : s));
    expect(redrawn(blocksByDate(renamed, undefined, cache).get("2017-09-22"), after)).toEqual(["c"]);
  });

  it("redraws only the moved block on both days when a session moves to another day", () => {
    const q4 = fixture().timetable.sessions["q4"] as Session;
    const at = (id: string, day: string, start: string, end: string): Session => ({
      ...q4,
      id,
      placement: { start: `2017-09-${day}T${start}`, end: `2017-09-${day}T${end}` },
    });
    const sessions = [
      at("a", "21", "09:00", "10:00"),
      at("b", "21", "09:00", "10:00"),
      at("m", "21", "09:00", "09:30"),
      at("c", "21", "09:00", "10:00"),
      at("d", "21", "09:30", "10:00"),
      at("x", "22", "09:00", "10:00"),
      at("y", "22", "09:00", "10:00"),
      at("z", "22", "09:30", "10:30"),
    ];
    const cache = blockCache();
    const before = blocksByDate(sessions, undefined, cache);
    // m moves from the 21st to the 22nd, after the others there: the 21st still needs four
    // lanes (d's half hour), the 22nd's three sessions still three.
    const after = blocksByDate(
      sessions.map((s) => (s.id === "m" ? at("m", "22", "10:30", "11:30") : s)),
      undefined,
      cache,
    );
    const redrawn = (date: string) =>
      (after.get(date) ?? []).filter((b) => !(before.get(date) ?? []).includes(b)).map((b) => b.session.id);
    expect(redrawn("2017-09-21"), "the day it left").toEqual([]);
    expect(redrawn("2017-09-22"), "the day it joined").toEqual(["m"]);
    const lane = (date: string, id: string) => after.get(date)?.find((b) => b.session.id === id)?.lane;
    expect(
      ["a", "b", "c", "d"].map((id) => lane("2017-09-21", id)),
      "its neighbours keep their lanes",
    ).toEqual([0, 1, 2, 3]);
    expect(after.get("2017-09-22")?.find((b) => b.session.id === "m")).toMatchObject({ start: h(10, 30), lanes: 1 });
  });

  it("clips a session that runs past midnight to its start day", () => {
    const s = fixture().timetable.sessions["open"] as Session;
    s.placement = { start: "2017-09-22T23:00", end: "2017-09-23T01:00" };
    expect(blocksByDate([s]).get("2017-09-22")?.[0]).toMatchObject({ start: h(23), end: 1440 });
  });
});
