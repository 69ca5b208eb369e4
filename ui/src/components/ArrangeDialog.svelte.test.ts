// @vitest-environment jsdom
import { flushSync, mount, tick, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { ArrangePreview } from "../bindings/ArrangePreview";
import type { Message } from "../bindings/Message";
import type { Progress } from "../bindings/Progress";
import { fixture } from "../test/fixture";
import ArrangeDialog from "./ArrangeDialog.svelte";
import { setUiLocale } from "../lib/i18n.svelte";

let dialog: ReturnType<typeof mount> | null = null;

afterEach(() => {
  setUiLocale("en", false);
  if (dialog) void unmount(dialog);
  dialog = null;
  document.body.innerHTML = "";
});

const PREVIEW: ArrangePreview = {
  report: {
    inScope: 2,
    placed: 1,
    moved: ["q1"],
    left: [
      {
        session: "q2",
        unplaced: true,
        reason: "Q2/12 has no free place at all: …",
        rules: [],
        words: { id: "arrange-no-place", args: { session: { type: "text", value: "Q2/12" } } },
        ruleWords: [],
      },
    ],
    hardConflicts: 0,
    outOfReach: [],
    outOfReachWords: [],
    softConflicts: 0,
    score: 100000,
    greedyScore: 100000,
    evaluated: 12,
    stopped: true,
  },
  moves: [{ session: "q1", to: { start: "2017-09-25T09:30", end: "2017-09-25T11:00" }, toRoom: "k" }],
};

const PROGRESS: Progress = {
  phase: "search",
  evaluated: 40,
  budget: 50000,
  bestScore: 100000,
  hardConflicts: 0,
  unplaced: 1,
  inScope: 2,
};

/** The dialog with a fake run the test finishes by hand. */
function show(
  applyOk = true,
  selected: string[] = [],
  initial: "unscheduled" | "all" | "selection" | "day" | null = null,
) {
  if (dialog) void unmount(dialog);
  document.body.innerHTML = "";
  const calls: string[] = [];
  let finish: (p: ArrangePreview | null) => void = () => {};
  let tell: (p: Progress) => void = () => {};
  let closed = 0;
  const shown: string[] = [];
  const target = document.createElement("div");
  document.body.appendChild(target);
  dialog = mount(ArrangeDialog, {
    target,
    props: {
      timetable: fixture().timetable,
      selected,
      onRun: (scope, mode, onProgress, seconds) => {
        const detail =
          scope.type === "selection" ? ` ${scope.ids.join(",")}` : scope.type === "day" ? ` ${scope.date}` : "";
        calls.push(`run ${scope.type}${detail} ${mode.type}${seconds === null ? "" : ` ${seconds}s`}`);
        tell = onProgress;
        return new Promise((resolve) => (finish = resolve));
      },
      onStop: async () => {
        calls.push("stop");
      },
      onApply: async () => {
        calls.push("apply");
        return applyOk;
      },
      onDiscard: async () => {
        calls.push("discard");
      },
      onClose: () => closed++,
      onShow: (id) => shown.push(id),
      initial,
    },
  });
  flushSync();
  const click = (id: string) => {
    target.querySelector<HTMLButtonElement>(`[data-testid='${id}']`)!.click();
    flushSync();
  };
  return {
    target,
    calls,
    click,
    finish: async (p: ArrangePreview | null) => {
      finish(p);
      await tick();
      await tick();
      flushSync();
    },
    tell: (p: Progress) => {
      tell(p);
      flushSync();
    },
    closed: () => closed,
    shown: () => shown,
  };
}

describe("the Arrange dialog", () => {
  it("arranges the selection when several sessions are selected, for at most the seconds typed", () => {
    const d = show(true, ["q1", "q2"]);
    const limit = d.target.querySelector<HTMLInputElement>("[data-testid='arrange-limit']")!;
    limit.value = "5";
    limit.dispatchEvent(new Event("input", { bubbles: true }));
    flushSync();
    d.click("arrange-run");
    expect(d.calls).toEqual(["run selection q1,q2 repair 5s"]);
  });

  it("arranges one day's sessions within that day, and offers no selection when nothing is selected", () => {
    const d = show();
    expect(d.target.querySelector<HTMLInputElement>("[data-testid='arrange-selection']")!.disabled).toBe(true);
    const select = d.target.querySelector<HTMLSelectElement>("[data-testid='arrange-day-date']")!;
    const second = select.options[1]!.value;
    select.value = second;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    flushSync();
    d.click("arrange-run");
    expect(d.calls).toEqual([`run day ${second} repair`]);
  });

  it("opens on the scope the Arrange menu asked for, the selection only when there is one", () => {
    const all = show(true, [], "all");
    all.click("arrange-run");
    expect(all.calls).toEqual(["run all repair"]);
    const none = show(true, [], "selection");
    expect(none.target.querySelector<HTMLInputElement>("[data-testid='arrange-selection']")!.checked).toBe(false);
    const one = show(true, ["q1"], "selection");
    one.click("arrange-run");
    expect(one.calls).toEqual(["run selection q1 repair"]);
  });

  it("shows the progress the core sends, with Stop, while it runs", () => {
    const d = show();
    d.click("arrange-run");
    expect(d.calls).toEqual(["run unscheduled repair"]);
    d.tell(PROGRESS);
    expect(d.target.querySelector("[data-testid='arrange-best']")?.textContent).toBe("100,000");
    expect(d.target.querySelector("[data-testid='arrange-progress']")?.textContent).toContain("1 of 2");
    expect(d.target.querySelector("[data-testid='arrange-apply']")).toBeNull();
    d.click("arrange-stop");
    expect(d.calls).toContain("stop");
    expect(d.target.querySelector("[data-testid='arrange-progress']")?.textContent).toContain("Stopping");
  });

  it("previews each move from where to where and what was left out, then applies and closes", async () => {
    const d = show();
    d.click("arrange-run");
    await d.finish(PREVIEW);
    const report = d.target.querySelector("[data-testid='arrange-report']")?.textContent ?? "";
    expect(report).toContain("Stopped early");
    expect(report).toContain("Q2/12 has no place at all: its allowed windows");
    const rows = [...d.target.querySelectorAll("[data-testid='arrange-move']")];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain("unscheduled");
    expect(rows[0]!.textContent).toContain("09:30–11:00, Room K");
    expect(d.target.querySelector("[data-testid='arrange-apply']")?.textContent).toBe("Apply: arrange 1 session");
    d.click("arrange-apply");
    await tick();
    await tick();
    expect(d.calls).toEqual(["run unscheduled repair", "apply"]);
    expect(d.closed()).toBe(1);
  });

  it("offers nothing to apply when the arrangement moves nothing, and names the conflicts out of its reach", async () => {
    const d = show();
    d.click("arrange-run");
    const message = "“SG12 management team meeting” is on Mon 18 Sep, which is not a day of the meeting";
    const words: Message = {
      id: "conflict-outside-meeting-dates",
      args: {
        session: { type: "text", value: "SG12 management team meeting" },
        when: { type: "span", value: { start: "2017-09-18T09:00", end: "2017-09-18T10:00" } },
        day: { type: "date", value: "2017-09-18" },
      },
    };
    await d.finish({
      report: {
        ...PREVIEW.report,
        moved: [],
        left: [],
        stopped: false,
        hardConflicts: 1,
        outOfReach: [message],
        outOfReachWords: [words],
      },
      moves: [],
    });
    const apply = d.target.querySelector<HTMLButtonElement>("[data-testid='arrange-apply']")!;
    expect(apply.disabled).toBe(true);
    expect(apply.textContent).toBe("Nothing to apply");
    const report = d.target.querySelector("[data-testid='arrange-report']")?.textContent ?? "";
    expect(report).toContain("Nothing would move.");
    expect(report).toContain("1 conflict that must not remain would be left.");
    expect(d.target.querySelector("[data-testid='arrange-out-of-reach']")?.textContent).toContain(
      "only pinned sessions or sessions outside the scope",
    );
    expect(report).toContain("“SG12 management team meeting” (");
    expect(report).toContain(") is on ");
    expect(report).toContain(", which is not a day of the meeting");
    expect(d.target.querySelector("[data-testid='arrange-legend']"), "nothing on the grid to explain").toBeNull();
  });

  it("docks at the window's foot while previewing, with a legend of what the grid shows", async () => {
    const d = show();
    d.click("arrange-run");
    await d.finish(PREVIEW);
    const dialog = d.target.querySelector<HTMLElement>("[data-testid='arrange-dialog']")!;
    expect(dialog.getAttribute("aria-modal")).toBe("false");
    expect(dialog.parentElement?.classList.contains("docked")).toBe(true);
    expect(d.target.querySelector("[data-testid='arrange-legend']")?.textContent).toContain(
      "1 unscheduled session placed",
    );
    d.click("arrange-show");
    expect(d.shown()).toEqual(["q1"]);
  });

  it("speaks the UI's language", async () => {
    setUiLocale("fr", false);
    const d = show();
    expect(d.target.querySelector("#arrange-title")?.textContent).toBe("Disposer les séances");
    d.click("arrange-run");
    await d.finish(PREVIEW);
    expect(d.target.querySelector("[data-testid='arrange-apply']")?.textContent).toBe("Appliquer : disposer 1 séance");
    expect(d.target.querySelector("[data-testid='arrange-cancel']")?.textContent).toBe("Abandonner");
    expect(d.target.querySelector("[data-testid='arrange-left']")?.textContent).toContain(
      "Q2/12 n’a aucune place possible : ses plages autorisées",
    );
  });

  it("discards the preview on Cancel and changes nothing", async () => {
    const d = show();
    d.click("arrange-all");
    d.click("arrange-from-scratch");
    d.click("arrange-run");
    await d.finish(PREVIEW);
    d.click("arrange-cancel");
    await tick();
    expect(d.calls).toEqual(["run all fromScratch", "discard"]);
    expect(d.closed()).toBe(1);
  });

  it("goes back to the choice when the run is refused", async () => {
    const d = show();
    d.click("arrange-run");
    await d.finish(null);
    expect(d.target.querySelector("[data-testid='arrange-run']")).not.toBeNull();
    expect(d.closed()).toBe(0);
  });
});
