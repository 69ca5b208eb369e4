import { FluentResource } from "@fluent/bundle";
import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "../bindings/Message";
import { CORE_SOURCES, say } from "./coreMessages";
import { setUiLocale, UI_LOCALES } from "./i18n.svelte";

afterEach(() => setUiLocale("en", false));

const clash: Message = {
  id: "conflict-room-clash",
  args: {
    a: { type: "text", value: "Q1/12" },
    b: { type: "text", value: "Q2/12" },
    room: { type: "text", value: "Popov" },
    when: { type: "span", value: { start: "2017-09-20T09:00", end: "2017-09-20T12:30" } },
  },
};

const overbooked = (teams: number): Message => ({
  id: "conflict-interpreters-overbooked",
  args: {
    peak: { type: "number", value: 3 },
    teams: { type: "number", value: teams },
    when: { type: "span", value: { start: "2017-09-20T09:00", end: "2017-09-21T00:00" } },
    sessions: {
      type: "list",
      value: [
        { type: "message", value: { id: "conflict-quoted", args: { title: { type: "text", value: "A" } } } },
        { type: "message", value: { id: "conflict-quoted", args: { title: { type: "text", value: "B" } } } },
      ],
    },
  },
});

describe("the core's messages in the UI", () => {
  it("reads the core's own message files: every one parses and has English's ids", () => {
    const ids = (source: string) => new FluentResource(source).body.map((m) => m.id);
    for (const locale of UI_LOCALES) {
      expect(ids(CORE_SOURCES[locale]).sort(), locale).toEqual(ids(CORE_SOURCES.en).sort());
    }
  });

  it("writes a conflict in the UI's language, its dates by Intl", () => {
    expect(say(clash)).toMatch(/^“Q1\/12” and “Q2\/12” both use room Popov on Wed 20 Sept? 09:00–12:30$/);
    setUiLocale("fr", false);
    expect(say(clash)).toMatch(
      /^«\u00a0Q1\/12\u00a0» et «\u00a0Q2\/12\u00a0» occupent toutes deux la salle Popov le mer\. 20 sept\. 09:00–12:30$/,
    );
    setUiLocale("zh", false);
    expect(say(clash)).toContain("同时使用会议室 Popov");
  });

  it("picks plural forms, joins lists and words a stretch to midnight as the core does", () => {
    expect(say(overbooked(0))).toMatch(/there are no interpreter teams: “A”, “B”$/);
    expect(say(overbooked(1))).toContain("there is only 1 interpreter team");
    expect(say(overbooked(2))).toContain("09:00–24:00, but there are only 2 interpreter teams");
    setUiLocale("ru", false);
    expect(say(overbooked(2))).toContain("есть только 2 группы переводчиков");
    expect(say(overbooked(5))).toContain("есть только 5 групп переводчиков");
  });

  it("writes an import report's place and note in the UI's language", () => {
    setUiLocale("es", false);
    const at: Message = {
      id: "import-at-sheet-row",
      args: { sheet: { type: "text", value: "Sessions" }, row: { type: "text", value: "4" } },
    };
    expect(say(at)).toBe("hoja «Sessions», fila 4");
    expect(say({ id: "import-unknown-kind", args: { kind: { type: "text", value: "plenum" } } })).toBe(
      "el tipo «plenum» no es un tipo de Plenary; se toma como «other»",
    );
  });

  it("names a session by its title in the UI's language, else as the core named it", () => {
    const title = (titles: Partial<Record<string, string>>): Message => ({
      id: "conflict-fixed-time",
      args: {
        session: { type: "title", value: { titles, otherwise: "Opening" } },
        fixed: { type: "text", value: "09:00" },
        placed: { type: "text", value: "10:00" },
      },
    });
    const both = title({ en: "Opening", fr: "Ouverture" });
    expect(say(both)).toBe("“Opening” is fixed at 09:00 but placed at 10:00");
    setUiLocale("fr", false);
    expect(say(both)).toContain("«\u00a0Ouverture\u00a0»");
    expect(say(title({ en: "Opening", fr: "  " })), "a blank title is no title").toContain("«\u00a0Opening\u00a0»");
    setUiLocale("zh", false);
    expect(say(both), "no Chinese title: the main language's").toContain("“Opening”");
  });

  it("writes a refused change's command and a document's broken invariants in the UI's language", () => {
    setUiLocale("es", false);
    const refused: Message = {
      id: "edit-refused",
      args: {
        label: { type: "message", value: { id: "command-move-session" } },
        reason: { type: "message", value: { id: "refusal-no-sessions" } },
      },
    };
    expect(say(refused)).toBe("Mover sesión: no se indicó ninguna sesión");
    setUiLocale("ru", false);
    const problem: Message = {
      id: "problem-at",
      args: {
        path: { type: "text", value: "sessions[2].room" },
        problem: {
          type: "message",
          value: {
            id: "problem-session-unknown-room",
            args: { session: { type: "text", value: "q4" }, room: { type: "text", value: "popov" } },
          },
        },
      },
    };
    expect(say(problem)).toBe("sessions[2].room: заседание «q4» проходит в зале «popov», но такого зала нет");
  });

  it("falls back to English, then to the id, never to nothing", () => {
    setUiLocale("fr", false);
    expect(say({ id: "no-such-message" })).toBe("no-such-message");
  });
});
