// @vitest-environment jsdom
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { Conflict } from "../bindings/Conflict";
import type { ConflictKind } from "../bindings/ConflictKind";
import type { Severity } from "../bindings/Severity";
import { setUiLocale } from "../lib/i18n.svelte";
import { fixture } from "../test/fixture";
import ConflictPanel from "./ConflictPanel.svelte";

let panel: ReturnType<typeof mount> | null = null;

afterEach(() => {
  setUiLocale("en", false);
  if (panel) void unmount(panel);
  panel = null;
  document.body.innerHTML = "";
});

function conflict(n: number, kind: ConflictKind = "personClash", severity: Severity = "warning"): Conflict {
  return {
    key: `${kind}:s${n}+t${n}@p`,
    kind,
    severity,
    sessions: [`s${n}`, `t${n}`],
    message: `Conflict ${n}`,
    words: { id: "conflict-quoted", args: { title: { type: "text", value: `Conflict ${n}` } } },
    acknowledged: false,
  };
}

/** The panel with `conflicts`; its props can be changed afterwards, as App does after an edit. */
function open(conflicts: Conflict[]) {
  const toggled: string[] = [];
  const acknowledged: [string, string][] = [];
  const props = $state({
    conflicts,
    active: null as string | null,
    arisen: new Set<string>() as ReadonlySet<string>,
    fresh: new Set<string>() as ReadonlySet<string>,
    selected: new Set<string>() as ReadonlySet<string>,
    limit: 50,
    onToggle: (key: string) => {
      toggled.push(key);
      props.active = props.active === key ? null : key;
    },
    onAcknowledge: (key: string, reason: string) => acknowledged.push([key, reason]),
    onUnacknowledge: () => {},
  });
  const target = document.createElement("div");
  document.body.appendChild(target);
  panel = mount(ConflictPanel, { target, props });
  flushSync();
  return { target, props, toggled, acknowledged };
}

const listed = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('[data-testid="conflict"]')].map((b) => b.dataset.key);
const showAll = (root: ParentNode) => root.querySelector<HTMLButtonElement>('[data-testid="conflicts-show-all"]');
const people = (count: number) => Array.from({ length: count }, (_, i) => conflict(i));

describe("ConflictPanel", () => {
  it("writes each conflict in the UI's language from the core's message files, and again when it changes", () => {
    const clash = fixture().conflicts.find((c) => c.kind === "roomClash")!;
    setUiLocale("fr", false);
    const { target } = open([clash]);
    const text = () => target.querySelector('[data-testid="conflict"] .message')?.textContent ?? "";
    expect(text()).toContain(
      "«\u00a0Question 1/12\u00a0» et «\u00a0Question 2/12\u00a0» occupent toutes deux la salle Room K le",
    );
    expect(text()).toContain("14:30–17:30");
    setUiLocale("en", false);
    flushSync();
    expect(text()).toContain("“Question 1/12” and “Question 2/12” both use room Room K on Wed 20 Sep");
  });

  it("shows each conflict in words, never its internal key, and acknowledged ones under their own heading", () => {
    const acknowledged = { ...conflict(2, "breakOverlap", "error"), acknowledged: true, reason: "Chair agreed" };
    const { target } = open([conflict(1, "roomClash", "error"), acknowledged]);
    expect(target.textContent).not.toContain(":s1+t1@p");
    expect(target.textContent).not.toContain("breakOverlap:");
    const groups = [...target.querySelectorAll<HTMLElement>('[data-testid="conflict-group"]')];
    expect(groups.map((g) => [g.dataset.severity, g.textContent?.replace(/\s+/g, " ").trim()])).toEqual([
      ["error", "Errors 1"],
      ["acknowledged", "Acknowledged 1"],
    ]);
  });

  it("lists a small set whole, grouped by severity and kind with their counts", () => {
    const { target } = open([conflict(1, "roomClash", "error"), conflict(2), conflict(3, "breakOverlap"), conflict(4)]);
    expect(listed(target)).toEqual([
      "roomClash:s1+t1@p",
      "personClash:s2+t2@p",
      "personClash:s4+t4@p",
      "breakOverlap:s3+t3@p",
    ]);
    const groups = [...target.querySelectorAll("h3")].map((h) => h.textContent?.replace(/\s+/g, " ").trim());
    expect(groups).toEqual(["Errors 1", "Warnings 3"]);
    const kinds = [...target.querySelectorAll<HTMLElement>('[data-testid="conflict-kind"]')].map((h) => [
      h.dataset.kind,
      h.dataset.count,
    ]);
    expect(kinds).toEqual([
      ["roomClash", "1"],
      ["personClash", "2"],
      ["breakOverlap", "1"],
    ]);
    expect(showAll(target)).toBeNull();
  });

  it("draws the first 50 of a big kind, counts all, and shows the rest on Show all", () => {
    const { target } = open(people(1041));
    expect(listed(target)).toHaveLength(50);
    expect(target.querySelector("#conflicts-heading")?.textContent).toContain("1041");
    expect(target.querySelector('[data-testid="conflict-kind"]')?.getAttribute("data-count")).toBe("1041");
    const more = showAll(target);
    expect(more?.textContent?.trim()).toBe("Show all (1,041)");
    more?.click();
    flushSync();
    expect(listed(target)).toHaveLength(1041);
    target.querySelector<HTMLButtonElement>('[data-testid="conflicts-show-fewer"]')?.click();
    flushSync();
    expect(listed(target)).toHaveLength(50);
    // Drawing a thousand rows in jsdom takes seconds on a loaded machine; this checks what is
    // drawn, not how fast.
  }, 60_000);

  it("lists what the last edit brought at the top of its kind, marked New, even from beyond the cap", () => {
    const { target, props } = open(people(300));
    const clash = conflict(999);
    props.conflicts = [...props.conflicts, clash];
    props.arisen = new Set([clash.key]);
    props.fresh = new Set([clash.key]);
    flushSync();
    expect(listed(target)[0]).toBe(clash.key);
    expect(listed(target)).toHaveLength(50);
    const first = target.querySelector<HTMLElement>('[data-testid="conflict"]');
    expect(first?.dataset.new).toBe("true");
    expect(first?.textContent).toContain("New");
  });

  it("keeps the highlighted conflict and the selected sessions' conflicts listed", () => {
    const { target, props } = open(people(300));
    props.active = conflict(280).key;
    props.selected = new Set(["t290"]);
    flushSync();
    expect(listed(target)).toContain(conflict(280).key);
    expect(listed(target)).toContain(conflict(290).key);
    expect(target.querySelector(`[data-key="${conflict(280).key}"]`)?.getAttribute("aria-pressed")).toBe("true");
  });

  it("selects a conflict on click, and acknowledges one with a reason beside it", () => {
    const { target, toggled, acknowledged } = open(people(3));
    const key = conflict(1).key;
    target.querySelector<HTMLButtonElement>(`[data-testid="conflict"][data-key="${key}"]`)?.click();
    target
      .querySelector<HTMLButtonElement>(`[data-testid="conflict"][data-key="${key}"] ~ [data-testid="acknowledge"]`)
      ?.click();
    flushSync();
    const input = target.querySelector<HTMLInputElement>('[data-testid="acknowledge-reason"]');
    if (!input) throw new Error("no reason field");
    input.value = "Chair agreed";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
    target.querySelector<HTMLButtonElement>('[data-testid="acknowledge-confirm"]')?.click();
    flushSync();
    expect(toggled).toEqual([key]);
    expect(acknowledged).toEqual([[key, "Chair agreed"]]);
  });
});
