// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Command } from "../bindings/Command";
import type { Lang } from "../bindings/Lang";
import type { Timetable } from "../bindings/Timetable";
import { mockBackend } from "../lib/mockBackend";
import { applyChange } from "../lib/state";
import { fixture } from "../test/fixture";
import { mountInPage, settle, unmountAll } from "../test/mount";
import RevisionsPanel from "./RevisionsPanel.svelte";

afterEach(unmountAll);

const q = <T extends Element = HTMLElement>(root: ParentNode, testid: string) => {
  const el = root.querySelector<T & Element>(`[data-testid="${testid}"]`);
  if (!el) throw new Error(`no ${testid}`);
  return el as unknown as T;
};

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

function choose(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

/** The panel over a mock backend, re-rendered with each answer folded in as App does. */
async function open(timetable: Timetable = fixture().timetable) {
  const backend = mockBackend({ ...fixture(), timetable });
  const sent: Command[] = [];
  const siteOffers: string[] = [];
  const props = $state({
    timetable: structuredClone(timetable),
    view: structuredClone(fixture().view),
    today: "2017-09-05",
    changesSince: null as string | null,
    onCommand: async (command: Command) => {
      sent.push(command);
      const applied = await backend.apply(command, "no");
      if (applied.view) props.view = applied.view;
      const base = applied.changes ? applyChange(props.timetable, applied.changes) : props.timetable;
      const sessions = { ...base.sessions };
      for (const s of applied.sessions) sessions[s.id] = s;
      props.timetable = { ...base, sessions };
      return applied;
    },
    onCompare: (from: string, to: string | null) => backend.revisionDiff(from, to),
    onSummary: (from: string, to: string | null, lang: Lang, plain: boolean) =>
      backend.revisionSummary(from, to, lang, plain),
    onPublishSite: () => {
      siteOffers.push("publish");
    },
  });
  const target = mountInPage(RevisionsPanel, props);
  await settle();
  return { target, backend, sent, props, siteOffers };
}

describe("RevisionsPanel", () => {
  it("is a landmark named Revisions that suggests Rev.1 and today's date", async () => {
    const { target } = await open();
    const aside = q(target, "revisions");
    expect(aside.tagName).toBe("ASIDE");
    expect(document.getElementById(aside.getAttribute("aria-labelledby") ?? "")?.textContent).toMatch(/^Revisions/);
    expect(q<HTMLInputElement>(target, "revision-label").value).toBe("Rev.1");
    expect(q<HTMLInputElement>(target, "revision-date").value).toBe("2017-09-05");
    expect(target.querySelectorAll('[data-testid="revision"]')).toHaveLength(0);
  });

  it("publishes one command with the label, date and comment, then suggests the next label", async () => {
    const { target, sent } = await open();
    type(q(target, "revision-comment"), "  after the WP2 request ");
    q<HTMLFormElement>(target, "revision-publish").click();
    await settle();
    expect(sent).toEqual([
      { type: "publishRevision", label: "Rev.1", date: "2017-09-05", comment: "after the WP2 request" },
    ]);
    const listed = [...target.querySelectorAll('[data-testid="revision"]')];
    expect(listed.map((li) => li.getAttribute("data-label"))).toEqual(["Rev.1"]);
    expect(listed[0]?.textContent).toContain("after the WP2 request");
    expect(q<HTMLInputElement>(target, "revision-label").value).toBe("Rev.2");
    expect(q<HTMLInputElement>(target, "revision-comment").value).toBe("");
  });

  it("offers to publish the website once a revision is published, and only then", async () => {
    const { target, siteOffers } = await open();
    expect(target.querySelector('[data-testid="revision-offer-site"]')).toBeNull();
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    expect(q(target, "revision-offer-site").textContent).toContain("Rev.1 is published");
    q<HTMLButtonElement>(target, "revision-publish-site").click();
    await settle();
    expect(siteOffers).toEqual(["publish"]);
    expect(target.querySelector('[data-testid="revision-offer-site"]')).toBeNull();
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    q<HTMLButtonElement>(target, "revision-offer-dismiss").click();
    await settle();
    expect(target.querySelector('[data-testid="revision-offer-site"]')).toBeNull();
    expect(siteOffers, "Not now publishes nothing").toEqual(["publish"]);
  });

  it("sends an edited label as typed, and lists revisions newest first", async () => {
    const { target, sent } = await open();
    type(q(target, "revision-label"), "Draft A");
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    expect(sent.map((c) => (c.type === "publishRevision" ? c.label : null))).toEqual(["Draft A", "Rev.1"]);
    const labels = [...target.querySelectorAll('[data-testid="revision"]')].map((li) => li.getAttribute("data-label"));
    expect(labels).toEqual(["Rev.1", "Draft A"]);
  });

  it("compares a revision with the current state and lists a moved session with its old and new times", async () => {
    const { target, props } = await open();
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    await props.onCommand({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" });
    await settle();
    expect(q<HTMLSelectElement>(target, "compare-from").value).toBe("Rev.1");
    q<HTMLButtonElement>(target, "compare-run").click();
    await settle();
    const items = [...target.querySelectorAll('[data-testid="diff-item"]')];
    expect(items).toHaveLength(1);
    expect(items[0]?.getAttribute("data-session-id")).toBe("q4");
    expect(items[0]?.getAttribute("data-kind")).toBe("changed");
    expect(items[0]?.textContent).toContain(
      "moved from Friday 22 September 15:00–16:30 to Monday 25 September 10:00–11:30",
    );
    expect(q(target, "diff").textContent).toContain("Changes from Rev.1 to the current state");
  });

  it("compares two revisions and says when nothing changed", async () => {
    const { target } = await open();
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    choose(q(target, "compare-from"), "Rev.1");
    choose(q(target, "compare-to"), "Rev.2");
    q<HTMLButtonElement>(target, "compare-run").click();
    await settle();
    expect(q(target, "diff-empty").textContent).toBe("No changes.");
  });

  it("turns the changes-since overlay on for the chosen revision and off again", async () => {
    const { target, props } = await open();
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    const toggle = q<HTMLInputElement>(target, "changes-since-toggle");
    toggle.click();
    await settle();
    expect(props.changesSince).toBe("Rev.1");
    toggle.click();
    await settle();
    expect(props.changesSince).toBeNull();
  });
});

describe("RevisionsPanel, showing a change", () => {
  it("offers to show a changed session that still exists in the grid", async () => {
    const shown: string[] = [];
    const { target, props } = await open();
    (props as { onShow?: (id: string) => void }).onShow = (id) => shown.push(id);
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    await props.onCommand({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" });
    await settle();
    q<HTMLButtonElement>(target, "compare-run").click();
    await settle();
    q<HTMLButtonElement>(target, "diff-show").click();
    expect(shown).toEqual(["q4"]);
  });
});

describe("RevisionsPanel, comparing with the current state", () => {
  it("follows the edits made after the comparison", async () => {
    const { target, props } = await open();
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    q<HTMLButtonElement>(target, "compare-run").click();
    await settle();
    expect(q(target, "diff-empty").textContent).toBe("No changes.");
    await props.onCommand({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" });
    await settle();
    const items = [...target.querySelectorAll('[data-testid="diff-item"]')];
    expect(items.map((li) => li.getAttribute("data-session-id"))).toEqual(["q4"]);
  });
});

describe("RevisionsPanel, the e-mail summary", () => {
  it("asks the core for the summary of the comparison in the language and form chosen", async () => {
    const { target, backend, props } = await open();
    q<HTMLButtonElement>(target, "revision-publish").click();
    await settle();
    await props.onCommand({ type: "moveSession", id: "q4", start: "2017-09-25T10:00" });
    q<HTMLButtonElement>(target, "compare-run").click();
    await settle();
    const asked = () => backend.calls.filter((c) => c.method === "revisionSummary");
    expect(asked().at(-1)).toEqual({ method: "revisionSummary", from: "Rev.1", to: null, lang: "en", plain: false });
    expect(q<HTMLTextAreaElement>(target, "summary-text").value).toBe(
      "# Changes since Rev.1\n\n- **Question 4/12**: changed\n",
    );
    choose(q(target, "summary-lang"), "fr");
    await settle();
    const form = q<HTMLSelectElement>(target, "summary-format");
    form.selectedIndex = 1;
    form.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    expect(asked().at(-1)).toEqual({ method: "revisionSummary", from: "Rev.1", to: null, lang: "fr", plain: true });
    expect(q<HTMLTextAreaElement>(target, "summary-text").value).toBe(
      "Changes since Rev.1\n\n- Question 4/12: changed\n",
    );
  });
});
