// The grid's props over the test fixture, as the app passes them with nothing selected or
// highlighted: the grid's component tests start from these and change what they test.
import type { Command } from "../bindings/Command";
import type { Orientation } from "../lib/layout";
import { fixture } from "./fixture";

export function gridProps(orientation: Orientation = "columns", roomView = false) {
  const { timetable, view } = fixture();
  return {
    timetable,
    view,
    sessions: Object.values(timetable.sessions),
    marks: new Map(),
    highlighted: new Set<string>(),
    selected: new Set<string>(),
    dimOthers: false,
    step: 15,
    roomView,
    condensed: false,
    orientation,
    lengthOf: () => 60,
    onSelect: () => {},
    onSelectMany: (_ids: string[]) => {},
    onCommand: async (_c: Command) => {},
    onPreview: async () => null,
    onPaletteHover: () => {},
  };
}
