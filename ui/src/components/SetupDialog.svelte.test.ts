// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { MeetingSetup } from "../bindings/MeetingSetup";
import { mockBackend } from "../lib/mockBackend";
import { fixture } from "../test/fixture";
import { mountInPage, settle, unmountAll } from "../test/mount";
import SetupDialog from "./SetupDialog.svelte";

afterEach(unmountAll);

async function form(initial: MeetingSetup | null = null, cancelled: string[] = []) {
  const choices = await mockBackend(fixture()).setupChoices();
  const sent: MeetingSetup[] = [];
  const target = mountInPage(SetupDialog, {
    choices,
    initial,
    again: initial !== null,
    locale: "en-GB",
    onSubmit: async (setup: MeetingSetup) => (sent.push(setup), null),
    onCancel: () => cancelled.push("cancel"),
  });
  await settle();
  const el = <T extends HTMLElement>(testid: string) => {
    const found = target.querySelector<T>(`[data-testid="${testid}"]`);
    if (!found) throw new Error(`no ${testid}`);
    return found;
  };
  return { target, sent, el };
}

async function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await settle();
}

describe("SetupDialog", () => {
  it("keeps what was typed when Escape closes the city's list; Escape elsewhere cancels", async () => {
    const cancelled: string[] = [];
    const { el } = await form(null, cancelled);
    await type(el("setup-title-en"), "Workshop");
    const escape = (on: HTMLElement) =>
      on.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true, cancelable: true }));
    escape(el("setup-city"));
    await settle();
    expect(cancelled, "Escape in the city field closes its list, not the form").toEqual([]);
    expect(el<HTMLInputElement>("setup-title-en").value).toBe("Workshop");
    escape(el("setup-title-en"));
    await settle();
    expect(cancelled).toEqual(["cancel"]);
  });

  it("sends the SG2 set-up as one call, with the form's defaults for what was not touched", async () => {
    const { sent, el } = await form();
    expect(document.activeElement, "the main language's title has the focus").toBe(el("setup-title-en"));
    await type(el("setup-title-en"), "ITU-T Study Group 2");
    el<HTMLInputElement>("setup-lang-fr").querySelector("input")!.click();
    await settle();
    expect(document.activeElement, "ticking French moves to its title").toBe(el("setup-title-fr"));
    await type(el("setup-title-fr"), "Commission d'études 2");
    el<HTMLInputElement>("setup-lang-zh").querySelector("input")!.click();
    await settle();
    await type(el("setup-title-zh"), "第2研究组");
    await type(el("setup-city"), "Geneva");
    await type(el("setup-first-day"), "17/09/2013");
    await type(el("setup-last-day"), "26/09/2013");
    el<HTMLButtonElement>("setup-create").click();
    await settle();
    expect(sent).toEqual([
      {
        title: { en: "ITU-T Study Group 2", fr: "Commission d'études 2", zh: "第2研究组" },
        venue: "Geneva",
        place: "Geneva",
        firstDay: "2013-09-17",
        lastDay: "2013-09-26",
        daysOff: ["sat", "sun"],
        template: "ituT",
        languages: ["en", "fr", "zh"],
      },
    ]);
  });

  it("a one-day meeting needs no last day, and a main language can be changed", async () => {
    const { sent, el, target } = await form();
    await type(el("setup-title-en"), "Workshop");
    el<HTMLInputElement>("setup-lang-fr").querySelector("input")!.click();
    await settle();
    [...target.querySelectorAll("button")].find((b) => b.textContent?.trim() === "make main")!.click();
    await settle();
    await type(el("setup-first-day"), "2013-09-17");
    el<HTMLButtonElement>("setup-create").click();
    await settle();
    expect(sent[0]?.lastDay).toBe("2013-09-17");
    expect(sent[0]?.languages).toEqual(["fr", "en"]);
  });

  it("a click on a title's caption leaves the main language as it is", async () => {
    const { sent, el, target } = await form();
    await type(el("setup-title-en"), "Workshop");
    el<HTMLInputElement>("setup-lang-fr").querySelector("input")!.click();
    await settle();
    target.querySelector<HTMLLabelElement>('label[for="setup-title-fr"]')!.click();
    await settle();
    await type(el("setup-first-day"), "2013-09-17");
    el<HTMLButtonElement>("setup-create").click();
    await settle();
    expect(sent[0]?.languages).toEqual(["en", "fr"]);
  });

  it("asks for the first day when Create is pressed without one, until one is typed", async () => {
    const { sent, el, target } = await form();
    await type(el("setup-title-en"), "Workshop");
    el<HTMLButtonElement>("setup-create").click();
    await settle();
    expect(sent, "nothing is sent without a first day").toEqual([]);
    expect(target.querySelector('[data-testid="setup-problem"]')?.textContent).toMatch(/first day/);
    await type(el("setup-first-day"), "2027-05-10");
    expect(target.querySelector('[data-testid="setup-problem"]'), "once a day is typed, the message goes").toBeNull();
    el<HTMLButtonElement>("setup-create").click();
    await settle();
    expect(sent[0]?.firstDay).toBe("2027-05-10");
  });

  it("shows the core's refusal in the form and keeps what was typed", async () => {
    const choices = await mockBackend(fixture()).setupChoices();
    const target = mountInPage(SetupDialog, {
      choices,
      initial: null,
      locale: "en-GB",
      onSubmit: async () => "Set up meeting: there is no city or time zone 'Atlantis'",
      onCancel: () => {},
    });
    await settle();
    const title = target.querySelector<HTMLInputElement>('[data-testid="setup-title-en"]')!;
    await type(title, "SG2");
    await type(target.querySelector<HTMLInputElement>('[data-testid="setup-first-day"]')!, "17/09/2013");
    target.querySelector<HTMLButtonElement>('[data-testid="setup-create"]')!.click();
    await settle();
    expect(target.querySelector('[data-testid="setup-problem"]')?.textContent).toMatch(/Atlantis/);
    expect(title.value).toBe("SG2");
  });
});
