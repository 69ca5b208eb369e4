// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { mountInPage, settle, unmountAll } from "../test/mount";
import DateField from "./DateField.svelte";
import TimeField from "./TimeField.svelte";

afterEach(unmountAll);

/** Types `text` into the field and leaves it (the change event), as a person does. */
async function typeAndLeave(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
  await settle();
}

async function timeField(value = "09:00") {
  const committed: string[] = [];
  const target = mountInPage(TimeField, { value, label: "Start", onCommit: (t: string) => committed.push(t) });
  await settle();
  const input = target.querySelector("input");
  if (!input) throw new Error("no input");
  return { target, input, committed };
}

describe("TimeField", () => {
  it("commits 0930, 930, 9:30 and 9.30 as 09:30", async () => {
    for (const typed of ["0930", "930", "9:30", "9.30"]) {
      const { input, committed } = await timeField();
      await typeAndLeave(input, typed);
      expect(committed, typed).toEqual(["09:30"]);
      // It then shows the value it is given: the new one once the core took it, the old one
      // when the core refused it.
      expect(input.value, typed).toBe("09:00");
      unmountAll();
    }
  });

  it("refuses what is not a time, says why, keeps the text and sends nothing", async () => {
    const { target, input, committed } = await timeField();
    await typeAndLeave(input, "2575");
    expect(committed).toEqual([]);
    expect(input.value, "what was typed stays to be fixed").toBe("2575");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(target.querySelector('[role="alert"]')?.textContent).toMatch(/minutes go up to 59/);
    await typeAndLeave(input, "1730");
    expect(committed).toEqual(["17:30"]);
    expect(target.querySelector('[role="alert"]')).toBeNull();
  });

  it("sends nothing when the time read is the one it had", async () => {
    const { input, committed } = await timeField("09:30");
    await typeAndLeave(input, "930");
    expect(committed).toEqual([]);
  });

  it("Escape puts the current value back", async () => {
    const { input, committed } = await timeField("09:30");
    input.value = "99";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await settle();
    expect(input.value).toBe("09:30");
    expect(committed).toEqual([]);
  });
});

describe("DateField", () => {
  it("reads a date typed in the locale's order and shows it with its weekday and year", async () => {
    const committed: string[] = [];
    const target = mountInPage(DateField, {
      value: "",
      label: "First day",
      locale: "en-GB",
      testid: "first",
      onCommit: (d: string) => committed.push(d),
    });
    await settle();
    const input = target.querySelector("input")!;
    expect(input.placeholder).toBe("dd/mm/yyyy");
    await typeAndLeave(input, "17/09/2013");
    expect(committed).toEqual(["2013-09-17"]);
  });

  it("refuses a date that does not exist", async () => {
    const committed: string[] = [];
    const target = mountInPage(DateField, {
      value: "",
      label: "First day",
      locale: "en-US",
      onCommit: (d: string) => committed.push(d),
    });
    await settle();
    const input = target.querySelector("input")!;
    await typeAndLeave(input, "02/30/2013");
    expect(committed).toEqual([]);
    expect(target.querySelector('[role="alert"]')?.textContent).toMatch(/28 days/);
  });
});
