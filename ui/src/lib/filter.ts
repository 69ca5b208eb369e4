/**
 * Which sessions the grid shows: a search text and filters by room, body, kind and person.
 * Pure; only a view (hidden sessions still count for conflicts, which the core finds).
 */
import type { Session } from "../bindings/Session";
import type { Timetable } from "../bindings/Timetable";
import type { View } from "../bindings/View";
import { bodyShorts, roomName, sessionTitle } from "./labels";

/** The filters; "" means any. */
export interface Filter {
  text: string;
  room: string;
  body: string;
  kind: string;
  person: string;
}

/** The filter that shows everything. */
export const NO_FILTER: Filter = { text: "", room: "", body: "", kind: "", person: "" };

/** Whether any filter is set. */
export function isFiltering(f: Filter): boolean {
  return f.text.trim() !== "" || f.room !== "" || f.body !== "" || f.kind !== "" || f.person !== "";
}

/**
 * Whether `s` passes `f`: the search text (any case) is in its title in any language, its
 * room, bodies or persons' names; the body filter also takes the body's sub-bodies (a
 * Working Party shows its Questions), as the core's view lists them.
 */
export function matches(tt: Timetable, view: View, s: Session, f: Filter): boolean {
  if (f.room !== "" && (s.room ?? "") !== f.room) return false;
  if (f.kind !== "" && s.kind !== f.kind) return false;
  if (f.person !== "" && !(s.persons ?? []).includes(f.person)) return false;
  if (f.body !== "") {
    const under = view.bodyDescendants[f.body] ?? [f.body];
    if (!(s.bodies ?? []).some((b) => under.includes(b))) return false;
  }
  const text = f.text.trim().toLowerCase();
  if (text === "") return true;
  const haystack = [
    sessionTitle(s, view.mainLang),
    ...Object.values(s.title),
    roomName(tt, s),
    bodyShorts(tt, s),
    ...(s.persons ?? []).map((p) => tt.persons[p]?.name ?? p),
    s.id,
  ]
    .join("\n")
    .toLowerCase();
  return haystack.includes(text);
}
