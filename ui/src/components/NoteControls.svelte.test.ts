// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Command } from "../bindings/Command";
import type { NoteView } from "../bindings/NoteView";
import type { Timetable } from "../bindings/Timetable";
import { fixture } from "../test/fixture";
import { mountInPage, settle, unmountAll } from "../test/mount";
import NoteControls from "./NoteControls.svelte";

afterEach(unmountAll);

const hours: NoteView = {
  key: "hours",
  number: 1,
  text: "All other sessions: 09:00-12:30.",
  derived: "All other sessions: 09:00-12:30.",
  overridden: false,
  ordered: false,
  sessions: [],
};

function setUp(change: (t: Timetable) => void = () => {}) {
  const timetable = structuredClone(fixture().timetable) as Timetable;
  change(timetable);
  const sent: Command[] = [];
  const target = mountInPage(NoteControls, {
    timetable,
    lang: "en" as const,
    notes: [hours],
    onCommand: async (c: Command) => {
      sent.push(c);
      return null;
    },
  });
  const get = <T extends Element>(id: string) => {
    const el = target.querySelector<T>(`[data-testid="${id}"]`);
    if (!el) throw new Error(`no ${id}`);
    return el;
  };
  return { timetable, sent, target, get };
}

function change(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
  el.dispatchEvent(new Event("change", { bubbles: true }));
}

describe("NoteControls", () => {
  it("sends one command per gesture: markers, hidden markers, heading", async () => {
    const { sent, get } = setUp();
    await settle();
    change(get<HTMLSelectElement>("note-markers"), "parenLetters");
    await settle();
    const box = get<HTMLInputElement>("note-markers-hidden");
    box.checked = true;
    box.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    change(get<HTMLInputElement>("note-heading"), "Notes by TSB:");
    await settle();
    expect(sent).toEqual([
      { type: "setNoteMarkers", markers: "parenLetters", hidden: false },
      { type: "setNoteMarkers", markers: "numbers", hidden: true },
      { type: "setNotesHeading", lang: "en", text: "Notes by TSB:" },
    ]);
  });

  it("adds, edits and removes a free note in the language shown", async () => {
    const { sent, get } = setUp((t) => {
      t.annexNotes = [{ key: "free:dinner", text: { en: "Dinner." } }];
    });
    await settle();
    expect(get<HTMLTextAreaElement>("free-note-text").value).toBe("Dinner.");
    change(get<HTMLTextAreaElement>("free-note-text"), "Dinner at 19:00.");
    await settle();
    get<HTMLButtonElement>("free-note-remove").click();
    await settle();
    change(get<HTMLTextAreaElement>("free-note-new"), "Badges at the entrance.");
    await settle();
    get<HTMLButtonElement>("free-note-add").click();
    await settle();
    expect(sent).toEqual([
      { type: "setAnnexNoteText", key: "free:dinner", lang: "en", text: "Dinner at 19:00." },
      { type: "removeFreeNote", key: "free:dinner" },
      { type: "addFreeNote", id: "", text: { en: "Badges at the entrance." } },
    ]);
  });

  it("marks a session with an existing note, or takes its marker off", async () => {
    const { sent, get, timetable } = setUp();
    await settle();
    const session = Object.values(timetable.sessions).find((s) => s.placement && s.annex !== "hidden");
    if (!session) throw new Error("the fixture has a placed session");
    change(get<HTMLSelectElement>("mark-session"), session.id);
    await settle();
    expect(get<HTMLButtonElement>("mark-apply").disabled, "no change yet").toBe(true);
    change(get<HTMLSelectElement>("mark-note"), "hours");
    await settle();
    get<HTMLButtonElement>("mark-apply").click();
    await settle();
    expect(sent).toEqual([{ type: "markSession", id: session.id, key: "hours" }]);
  });
});
