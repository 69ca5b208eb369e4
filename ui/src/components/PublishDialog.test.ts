// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "../bindings/Message";
import type { PublishPlan } from "../bindings/PublishPlan";
import { setUiLocale } from "../lib/i18n.svelte";
import { mountInPage, settle, unmountAll } from "../test/mount";
import PublishDialog from "./PublishDialog.svelte";

afterEach(unmountAll);

const q = (root: ParentNode, testid: string) => root.querySelector<HTMLElement>(`[data-testid="${testid}"]`);

const plan = (over: Partial<PublishPlan> = {}): PublishPlan => ({
  dir: "/srv/sg12",
  revision: "Rev.2",
  files: 253,
  bytes: 4_200_000,
  exists: true,
  added: ["en/session-q9.html"],
  changed: ["schedule.xml", "en/day-2017-09-19.html"],
  unchanged: 249,
  removed: ["en/session-q4.html"],
  warnings: [],
  ...over,
});

function show(plans: (PublishPlan | Error)[]) {
  const calls: string[] = [];
  let next = 0;
  const target = mountInPage(PublishDialog, {
    onPlan: async () => {
      calls.push("plan");
      const answer = plans[Math.min(next++, plans.length - 1)]!;
      if (answer instanceof Error) throw { code: "io", message: answer.message };
      return answer;
    },
    onPublish: async () => {
      calls.push("publish");
      return { dir: "/srv/sg12", files: 253 };
    },
    onOpenSite: async () => {
      calls.push("open");
    },
    onChooseFolder: async () => {
      calls.push("choose");
      return "/srv/other";
    },
    onClose: () => calls.push("close"),
  });
  return { target, calls };
}

describe("the Publish dialog", () => {
  it("says which revision goes where and what will change before anything is written", async () => {
    const { target, calls } = show([plan()]);
    await settle();
    expect(q(target, "publish-folder")?.textContent).toBe("/srv/sg12");
    expect(q(target, "publish-what")?.textContent).toContain("revision Rev.2");
    expect(q(target, "publish-what")?.textContent).toContain("253 files, 4.2 MB");
    expect(q(target, "publish-summary")?.textContent).toMatch(/1 new, 2 changed, 1 removed;\s+249 stay/);
    expect(q(target, "publish-removed")?.textContent).toContain("en/session-q4.html");
    expect(calls).toEqual(["plan"]);
  });

  it("lists what the annex does not say, by language, in the UI's language", async () => {
    const warning: Message = {
      id: "publish-annex-warning",
      args: {
        lang: { type: "text", value: "en" },
        warning: { type: "message", value: { id: "export-no-fonts", args: {} } },
      },
    };
    const { target } = show([plan({ warnings: [warning] })]);
    await settle();
    expect(q(target, "publish-warnings")?.textContent).toContain("annex (en): no fonts found");
    expect(q(target, "publish-warnings")?.textContent).toContain("(1 point)");
    setUiLocale("fr", false);
    try {
      await settle();
      expect(q(target, "publish-warnings")?.textContent).toContain("annexe (en) : aucune police trouvée");
    } finally {
      setUiLocale("en", false);
    }
  });

  it("names a draft when no revision is published, and a new folder as all new", async () => {
    const { target } = show([plan({ revision: null, exists: false, added: ["index.html"], changed: [], removed: [] })]);
    await settle();
    expect(q(target, "publish-what")?.textContent).toContain("No revision is published yet");
    expect(q(target, "publish-summary")?.textContent).toContain("every file is new");
    expect(q(target, "publish-added")).toBeNull();
  });

  it("publishes on Publish, then offers the site in the browser", async () => {
    const { target, calls } = show([plan()]);
    await settle();
    q(target, "publish-run")?.click();
    await settle();
    expect(q(target, "publish-done")?.textContent).toContain("Published 253 files into /srv/sg12");
    q(target, "publish-open")?.click();
    await settle();
    expect(calls).toEqual(["plan", "publish", "open"]);
  });

  it("shows a refused folder in the dialog and plans again in another one", async () => {
    const { target, calls } = show([new Error("/home/ada is a folder that was not published by Plenary"), plan()]);
    await settle();
    expect(q(target, "publish-failure")?.textContent).toContain("not published by Plenary");
    expect((q(target, "publish-run") as HTMLButtonElement).disabled).toBe(true);
    q(target, "publish-choose")?.click();
    await settle();
    expect(calls).toEqual(["plan", "choose", "plan"]);
    expect((q(target, "publish-run") as HTMLButtonElement).disabled).toBe(false);
  });
});
