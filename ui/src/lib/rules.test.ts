import { describe, expect, it } from "vitest";

/**
 * No scheduling fact is computed in the UI (docs/architecture.md, "What the UI may
 * compute"): the UI draws geometry, does drag arithmetic and formats for display; every
 * rule (a day's hours and breaks, the main language, the next revision label, fresh ids
 * and new items, the wording of a diff, the export formats, today's date, what a session's
 * length is once unscheduled, which edits are valid) is the core's, and reaches the UI in
 * its `View`, in an answer or through a read. This test fails when app code under `src/`
 * (outside the generated bindings, the tests and the test backend) brings one back.
 */
const sources = import.meta.glob<string>(
  ["../**/*.ts", "../**/*.svelte", "!../**/*.test.ts", "!../bindings/**", "!../test/**", "!./mockBackend.ts"],
  { query: "?raw", import: "default", eager: true },
);

/** A pattern that means a rule is computed here, and why that is the core's. */
interface Rule {
  pattern: RegExp;
  why: string;
  /** Files where the pattern is the UI's own business (drag arithmetic, formatting). */
  allowedIn?: RegExp;
}

const RULES: Rule[] = [
  {
    pattern: /\b(mainLang|hoursOn|breaksOn|bodyUnder|nextRevisionLabel|freshId|diffLines|aspectText|formatInfo)\s*\(/,
    why: "a removed mirror of a core function: ask the core (View, a read) instead",
  },
  {
    pattern: /\b(EXPORT_FORMATS|ANNEX_LAYOUTS|AnnexLayout|LANG_NAMES|ExportFormatName)\b/,
    why: "a copy of the core's lists: use backend.exportChoices() and View.languages",
  },
  {
    pattern: /languages\s*\[\s*0\s*\]/,
    why: "the main language is the core's (View.mainLang)",
  },
  {
    pattern: /["'](?:annex-(?:docx|pdf|html|md|txt)|frab-(?:xml|json))["']|["']days["']\s*\|\s*["']bodies["']/,
    why: "export format and layout names are the core's list (backend.exportChoices())",
  },
  {
    pattern: /\[\s*["'](?:ar|zh|en|fr|ru|es)["']\s*,\s*["'](?:ar|zh|en|fr|ru|es)["']/,
    why: "the list of languages is the core's (View.languages)",
  },
  {
    pattern:
      /\b(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
    why: "calendar names come from Intl (display) or the core's ICU4X (documents)",
  },
  {
    pattern: /`Rev\.\$\{|["']Rev\.["']\s*\+/,
    why: "the next revision label is the core's (View.nextRevisionLabel)",
  },
  {
    pattern: /new Date\(\s*\)|Date\.now\(\)\s*\)\s*\.toISOString|getFullYear\(/,
    why: "today is read once, by the shell (backend.today())",
  },
  {
    pattern: /\b(?:addDays|daysBetween)\s*\(/,
    why: "date arithmetic belongs to drag arithmetic only; dates of items are the core's",
    allowedIn: /(?:^\.|\/lib)\/(?:drag|time)\.ts$/,
  },
  {
    pattern: /\bend\s*<=?\s*start\b|\bstart\s*>=?\s*end\b/,
    why: "whether an edit is valid is the core's: send the command and show its refusal",
    // coreMessages.ts writes a span argument of a core message as the core does (a point
    // in time, whose end is not after its start, is its start only): display formatting.
    allowedIn: /(?:^\.|\/lib)\/(?:drag|layout|coreMessages)\.ts$|\/components\/Grid\.svelte$/,
  },
  {
    pattern: /\blengths\s*\.\s*set\s*\(/,
    why: "an unscheduled session's length is in the model (Session.minutes)",
  },
];

/** The code of a source, without comments (which may quote dates and names freely). */
function code(source: string): string {
  return source
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** The rules `source` (at `path`) breaks. */
function broken(path: string, source: string): Rule[] {
  const text = code(source);
  return RULES.filter((r) => r.pattern.test(text) && !(r.allowedIn?.test(path) ?? false));
}

describe("scheduling facts stay in the core", () => {
  it("covers the app's modules and components", () => {
    expect(Object.keys(sources)).toEqual(
      expect.arrayContaining([
        "./layout.ts",
        "./filter.ts",
        "./labels.ts",
        "./time.ts",
        "../components/PropertiesPanel.svelte",
        "../App.svelte",
      ]),
    );
  });

  it("catches each kind of rule (the checker itself works)", () => {
    const samples: [string, string][] = [
      ["../components/X.svelte", "const lang = tt.meeting.languages[0] ?? 'en';"],
      ["../components/X.svelte", "const label = `Rev.${n + 1}`;"],
      ["../components/X.svelte", "if (end <= start) return;"],
      ["../components/X.svelte", "const today = new Date().toISOString().slice(0, 10);"],
      ["../components/X.svelte", "const d = addDays(last.date, 1);"],
      ["../lib/x.ts", "const WEEKDAYS = ['Sunday', 'Monday'];"],
      ["../lib/x.ts", "const formats = ['annex-docx', 'ics'];"],
      ["../lib/x.ts", "const langs = ['ar', 'zh', 'en'];"],
      ["../lib/x.ts", "lengths.set(id, 60);"],
    ];
    for (const [path, sample] of samples) expect(broken(path, sample), sample).not.toEqual([]);
    expect(broken("./drag.ts", "addDays(h.date, byDays); if (end <= start) {}"), "drag arithmetic may").toEqual([]);
    expect(broken("../lib/x.ts", "// Tuesday 19 September, as the core writes it"), "comments may").toEqual([]);
  });

  for (const [path, source] of Object.entries(sources)) {
    it(`${path} computes no scheduling fact`, () => {
      expect(broken(path, source).map((r) => r.why)).toEqual([]);
    });
  }
});
