// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Command } from "../bindings/Command";
import type { Place } from "../bindings/Place";
import type { Session } from "../bindings/Session";
import { fixture } from "../test/fixture";
import { mountInPage, painted, settle, unmountAll } from "../test/mount";
import PropertiesPanel from "./PropertiesPanel.svelte";

afterEach(unmountAll);

/** The panel on `session` (null: none selected); every command it sends is recorded. */
async function open(session: Session | null, change: (f: ReturnType<typeof fixture>) => void = () => {}) {
  const f = fixture();
  change(f);
  const sent: Command[] = [];
  const target = mountInPage(PropertiesPanel, {
    timetable: f.timetable,
    view: f.view,
    today: "2017-09-05",
    session,
    selectedCount: session ? 1 : 0,
    onCommand: async (command: Command) => sent.push(command),
  });
  await settle();
  return { target, sent };
}

function field<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

function change(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll("button")].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button ${text}`);
  return found;
}

describe("PropertiesPanel sends edits for the core to judge", () => {
  const q4 = () => structuredClone(fixture().timetable.sessions["q4"]!);

  it("switches a session to a point in time with one command, and a point's start moves it", async () => {
    const { target, sent } = await open(q4());
    const timing = field<HTMLSelectElement>(target, '[data-testid="prop-timing"]');
    timing.value = "point";
    timing.dispatchEvent(new Event("change", { bubbles: true }));
    expect(sent).toEqual([{ type: "setSessionTiming", id: "q4", timing: "point" }]);

    unmountAll();
    const point = { ...q4(), timing: "point" as const };
    point.placement = { start: point.placement!.start, end: point.placement!.start };
    const again = await open(point);
    expect(again.target.querySelector('[data-testid="prop-end"]')).toBeNull();
    change(field(again.target, '[data-testid="prop-start"]'), "17:30");
    expect(again.sent).toEqual([{ type: "moveSession", id: "q4", start: "2017-09-22T17:30" }]);
  });

  it("pins a session and gives it a preferred room, one command each", async () => {
    const { target, sent } = await open(q4());
    const pinned = field<HTMLInputElement>(target, '[data-testid="prop-pinned"]');
    pinned.checked = true;
    pinned.dispatchEvent(new Event("change", { bubbles: true }));
    const room = field<HTMLSelectElement>(target, '[data-testid="prop-preferred-room"]');
    const first = Object.keys(fixture().timetable.rooms)[0]!;
    room.value = first;
    room.dispatchEvent(new Event("change", { bubbles: true }));
    expect(sent).toEqual([
      { type: "setPinned", ids: ["q4"], pinned: true },
      { type: "setPreferredRoom", id: "q4", room: first },
    ]);
  });

  it("sends an end before the start: the core refuses it with its message", async () => {
    const { target, sent } = await open(q4());
    change(field(target, '[data-testid="prop-end"]'), "14:00");
    expect(sent).toEqual([{ type: "resizeSession", id: "q4", start: "2017-09-22T15:00", end: "2017-09-22T14:00" }]);
  });

  it("shows the core's refusal beside the times, and the fields keep the session's times", async () => {
    const f = fixture();
    const target = mountInPage(PropertiesPanel, {
      timetable: f.timetable,
      view: f.view,
      today: "2017-09-05",
      session: q4(),
      selectedCount: 1,
      onCommand: async () => null,
      onTry: async () => "Resize session: the end 14:00 is before the start 15:00",
    });
    await settle();
    const end = field<HTMLInputElement>(target, '[data-testid="prop-end"]');
    end.value = "14:00";
    end.dispatchEvent(new Event("input", { bubbles: true })); // typed, as a person does
    change(end, "14:00");
    await settle();
    expect(field(target, '[data-testid="times-refused"]').textContent).toContain("before the start");
    expect(end.value, "the old end stays").toBe("16:30");
  });

  it("sends a session without a title: the core refuses it with its message", async () => {
    const { target, sent } = await open(q4());
    change(field(target, '[data-testid="prop-title"] input'), "  ");
    expect(sent).toHaveLength(1);
    const command = sent[0];
    expect(command?.type === "editSession" && command.session.title).toEqual({});
  });

  it("still sends nothing for a field that holds no time", async () => {
    const { target, sent } = await open(q4());
    change(field(target, '[data-testid="prop-end"]'), "");
    expect(sent, "an empty time field is not an edit").toEqual([]);
  });
});

describe("MeetingPanel adds the core's new items", () => {
  async function meeting(changeFixture?: (f: ReturnType<typeof fixture>) => void) {
    const opened = await open(null, changeFixture);
    field<HTMLButtonElement>(opened.target, '[data-testid="tab-meeting"]').click();
    await settle();
    return opened;
  }

  it("adds a room, a slot, a break, a body and a person as the view offers them, with an empty id", async () => {
    const { target, sent } = await meeting();
    for (const label of ["Add room", "Add slot", "Add break", "Add body", "Add person"]) button(target, label).click();
    const items = fixture().view.newItems;
    expect(sent).toEqual([
      { type: "addRoom", room: items.room },
      { type: "addSlot", slot: items.slot },
      { type: "addBreak", break: items.break },
      { type: "addBody", body: items.body },
      { type: "addPerson", person: items.person },
    ]);
    expect(items.room.id, "the core picks the id").toBe("");
  });

  it("adds a day on the core's next date, or today when the meeting has no days", async () => {
    const { target, sent } = await meeting();
    button(target, "Add day").click();
    expect(sent.at(-1)).toEqual({ type: "addDay", day: { date: "2017-09-26", kind: "working" } });
    unmountAll();
    const empty = await meeting((f) => {
      f.timetable.days = [];
      delete f.view.newDay;
    });
    button(empty.target, "Add day").click();
    expect(empty.sent.at(-1)).toEqual({ type: "addDay", day: { date: "2017-09-05", kind: "working" } });
  });

  it("gives a slot other times on a day picked from the working days, one command per time", async () => {
    const { target, sent } = await meeting();
    const pick = field<HTMLSelectElement>(target, 'select[aria-label="Other times on a day"]');
    pick.value = "2017-09-22";
    pick.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    const start = field<HTMLInputElement>(target, '[data-testid="slot-day-am-2017-09-22"] input');
    expect(start.value, "shown with the standard times until one is changed").toBe("09:00");
    change(start, "09:30");
    await settle();
    expect(sent.at(-1)).toEqual({
      type: "setSlotDayTimes",
      slot: "am",
      date: "2017-09-22",
      times: { start: "09:30", end: "12:30" },
    });
  });

  it("gives a slot its usual times again on a day that had its own", async () => {
    const { target, sent } = await meeting((f) => {
      const am = f.timetable.slots.am;
      if (am) am.days = { "2017-09-22": { start: "09:00", end: "12:00" } };
    });
    field<HTMLButtonElement>(target, 'button[aria-label="Usual times on 2017-09-22"]').click();
    expect(sent.at(-1)).toEqual({ type: "setSlotDayTimes", slot: "am", date: "2017-09-22" });
  });

  it("offers the core's best places and takes one with its own command", async () => {
    const f = fixture();
    const session = Object.values(f.timetable.sessions)[0] as Session;
    const place: Place = {
      placement: { start: "2017-09-26T09:30", end: "2017-09-26T12:30" },
      fit: "clean",
      kinds: [],
      score: 0,
      command: {
        type: "scheduleSession",
        id: session.id,
        placement: { start: "2017-09-26T09:30", end: "2017-09-26T12:30" },
      },
    };
    const sent: Command[] = [];
    const asked: string[] = [];
    const target = mountInPage(PropertiesPanel, {
      timetable: f.timetable,
      view: f.view,
      today: "2017-09-05",
      session,
      selectedCount: 1,
      onCommand: async (command: Command) => sent.push(command),
      onSuggest: async (id: string) => (asked.push(id), [place]),
    });
    await settle();
    expect(asked, "the core is asked once the panel's frame is painted").toEqual([]);
    await painted();
    expect(asked).toEqual([session.id]);
    const offered = target.querySelectorAll<HTMLButtonElement>('[data-testid="best-place"]');
    expect(offered).toHaveLength(1);
    expect(offered[0]?.textContent).toContain("09:30–12:30");
    offered[0]?.click();
    expect(sent).toEqual([place.command]);
  });
});
