import { describe, expect, it } from "vitest";
import type { Move } from "../bindings/Move";
import { fixture } from "../test/fixture";
import { arrangeCounts, arrangedSessions, arrangeGhosts } from "./arrangeOverlay";

const at = (date: string, from: string, to: string) => ({ start: `${date}T${from}`, end: `${date}T${to}` });
const MOVES: Move[] = [
  { session: "q2", from: at("2017-09-22", "14:00", "17:30"), fromRoom: "k", to: at("2017-09-21", "09:00", "12:30") },
  { session: "tour", to: at("2017-09-25", "09:00", "10:00"), toRoom: "k" },
  { session: "mt1", from: at("2017-09-21", "14:00", "17:00"), fromRoom: "l" },
];

describe("the arrangement's overlay", () => {
  it("draws each moved session at the core's place and room, leaves the others as they are", () => {
    const sessions = Object.values(fixture().timetable.sessions);
    const drawn = new Map(arrangedSessions(sessions, MOVES).map((s) => [s.id, s]));
    expect(drawn.get("q2")?.placement).toEqual(at("2017-09-21", "09:00", "12:30"));
    expect(drawn.get("q2")?.room, "placed without a room: none").toBeUndefined();
    expect(drawn.get("tour")?.room).toBe("k");
    expect(drawn.get("mt1")?.placement, "left out: unscheduled").toBeUndefined();
    expect(drawn.get("mt1")?.room, "it keeps its room").toBe("l");
    const q1 = sessions.find((s) => s.id === "q1");
    expect(drawn.get("q1"), "the same object: its block is not drawn again").toBe(q1);
  });

  it("outlines where the moved ones are now, and counts what it does", () => {
    const ghosts = arrangeGhosts(MOVES, (id) => id.toUpperCase());
    expect(ghosts.get("2017-09-22")).toEqual([
      { id: "q2", title: "Q2", kind: "away", date: "2017-09-22", start: 840, end: 1050, room: "k" },
    ]);
    expect(ghosts.get("2017-09-21")?.map((g) => g.kind)).toEqual(["out"]);
    expect(arrangeCounts(MOVES)).toEqual({ moved: 1, placed: 1, out: 1 });
  });
});
