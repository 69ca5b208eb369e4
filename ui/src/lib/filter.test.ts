import { describe, expect, it } from "vitest";
import { fixture } from "../test/fixture";
import { NO_FILTER, isFiltering, matches } from "./filter";

const { timetable: tt, view } = fixture();
const shown = (f: Partial<typeof NO_FILTER>) =>
  Object.values(tt.sessions)
    .filter((s) => matches(tt, view, s, { ...NO_FILTER, ...f }))
    .map((s) => s.id)
    .sort();

describe("filters", () => {
  it("shows everything with no filter", () => {
    expect(shown({})).toHaveLength(Object.keys(tt.sessions).length);
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it("searches titles in any language, any case", () => {
    expect(shown({ text: "PLÉNIÈRE" })).toContain("open");
    expect(shown({ text: "opening" })).toContain("open");
  });

  it("takes a body's sub-bodies, as the core's view lists them", () => {
    const underWp1 = shown({ body: "wp1" });
    expect(underWp1).toContain("q4");
    expect(underWp1).not.toContain("open");
    expect(shown({ body: "sg12" }), "the study group takes every body under it").toContain("mt1");
  });

  it("filters by room, kind and person", () => {
    expect(shown({ room: "l" })).toContain("mt1");
    expect(shown({ kind: "management" })).toEqual(["mt1"]);
    expect(shown({ person: "chair" })).toContain("mt1");
  });
});
