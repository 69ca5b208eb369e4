import { describe, expect, it } from "vitest";
import type { Feasibility } from "../bindings/Feasibility";
import { fitAt, fitBands, fitTarget } from "./fits";

// Three starts (09:00, 09:30, 10:00) by three places ("", room a, room b) on one day.
const map: Feasibility = {
  session: "s",
  minutes: 60,
  from: 540,
  step: 30,
  starts: 3,
  rooms: ["", "a", "b"],
  days: [{ date: "2027-03-01", fits: "cce" + "cwe" + "ccc" }],
};

describe("fitBands", () => {
  it("merges the starts of one room with the same fit into one band", () => {
    expect(fitBands(map, "2027-03-01", null, "")).toEqual([{ start: 540, end: 630, fit: "clean" }]);
    expect(fitBands(map, "2027-03-01", null, "a")).toEqual([
      { start: 540, end: 570, fit: "clean" },
      { start: 570, end: 600, fit: "warning" },
      { start: 600, end: 630, fit: "clean" },
    ]);
  });

  it("gives each room strip of a room view its own bands", () => {
    const bands = fitBands(map, "2027-03-01", ["b", "a"], "");
    expect(bands.filter((b) => b.room === "b")).toEqual([
      { start: 540, end: 600, fit: "error", room: "b" },
      { start: 600, end: 630, fit: "clean", room: "b" },
    ]);
    expect(bands.filter((b) => b.room === "a")).toHaveLength(3);
  });

  it("gives nothing for a day or a room the answer does not have", () => {
    expect(fitBands(map, "2027-03-02", null, "")).toEqual([]);
    expect(fitBands(map, "2027-03-01", null, "zz")).toEqual([]);
  });
});

describe("fitTarget", () => {
  const held = { id: "s", date: "2027-03-01", start: 540, end: 600 };
  it("asks about one moved session or a palette session with its length", () => {
    expect(fitTarget({ kind: "move", held: [held], grab: 0 })).toEqual({ id: "s" });
    expect(fitTarget({ kind: "schedule", id: "p", minutes: 90 })).toEqual({ id: "p", minutes: 90 });
  });
  it("asks about nothing for several sessions, a resize, a new session or a band", () => {
    expect(fitTarget({ kind: "move", held: [held, { ...held, id: "t" }], grab: 0 })).toBeNull();
    expect(fitTarget({ kind: "resize", held, edge: "end" })).toBeNull();
    expect(fitTarget({ kind: "create", date: "2027-03-01", anchor: 540 })).toBeNull();
    expect(fitTarget("band")).toBeNull();
    expect(fitTarget(null)).toBeNull();
  });
});

describe("fitAt", () => {
  it("reads the fit of one start and room", () => {
    expect(fitAt(map, "2027-03-01", 570, "a")).toBe("warning");
    expect(fitAt(map, "2027-03-01", 540, "b")).toBe("error");
    expect(fitAt(map, "2027-03-01", 600, "")).toBe("clean");
  });
  it("knows nothing of another day, a start between steps or outside the answer, or an unknown room", () => {
    expect(fitAt(map, "2027-03-02", 540, "")).toBeNull();
    expect(fitAt(map, "2027-03-01", 555, "")).toBeNull();
    expect(fitAt(map, "2027-03-01", 630, "")).toBeNull();
    expect(fitAt(map, "2027-03-01", 510, "")).toBeNull();
    expect(fitAt(map, "2027-03-01", 540, "zz")).toBeNull();
  });
});
