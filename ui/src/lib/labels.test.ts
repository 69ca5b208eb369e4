import { describe, expect, it } from "vitest";
import { fixture } from "../test/fixture";
import { setUiLocale } from "./i18n.svelte";
import { labelCache, langName, readingLang, sessionTitle, summaryParts } from "./labels";
import { useTextFallback } from "./layout";

const { timetable: tt, view } = fixture();
useTextFallback(view.textFallback);

describe("session labels", () => {
  it("titles a session in the core's main language, else English, else as untitled with its times, never its id", () => {
    const open = tt.sessions["open"]!;
    expect(sessionTitle(open, view.mainLang)).toBe("SG12 opening plenary");
    expect(sessionTitle(open, "fr")).toBe("Plénière d'ouverture de la CE 12");
    const untitled = { ...open, title: {}, placement: { start: "2017-09-19T10:30", end: "2017-09-19T12:00" } };
    expect(sessionTitle(untitled, "fr")).toBe("Untitled session, Tue 19 10:30–12:00");
    const { placement: _, ...waiting } = untitled;
    expect(sessionTitle(waiting, "fr")).toBe("Untitled session");
  });

  it("shows the document's texts in the UI's language when the meeting is held in it, else in the main language", () => {
    expect(tt.meeting.languages).toEqual(["en", "fr"]);
    try {
      setUiLocale("fr", false);
      expect(readingLang(tt, view)).toBe("fr");
      setUiLocale("ru", false);
      expect(readingLang(tt, view), "Russian is not a language of this meeting").toBe(view.mainLang);
      setUiLocale("en", false);
      expect(readingLang(tt, view)).toBe("en");
    } finally {
      setUiLocale("en", false);
    }
  });

  it("words the conflict summary as a person would, leaving out what there is none of", () => {
    expect(summaryParts({ errors: 1, warnings: 0, infos: 2, acknowledged: 0 }).map((p) => p.text)).toEqual([
      "1 error",
      "2 notes",
    ]);
    expect(summaryParts({ errors: 0, warnings: 0, infos: 0, acknowledged: 0 }).map((p) => p.text)).toEqual([
      "No conflicts",
    ]);
  });

  it("caches a session's title, room and bodies per session object", () => {
    const labels = labelCache(tt, view.mainLang);
    const q4 = tt.sessions["q4"]!;
    expect(labels(q4)).toEqual({ title: "Question 4/12", room: "Room L", bodies: "Q4/12" });
    expect(labels(q4), "the same object answers the same labels").toBe(labels(q4));
  });
});

describe("language names", () => {
  it("names each of the core's languages in English, from the platform's CLDR data", () => {
    expect(view.languages.map(langName)).toEqual(["Arabic", "Chinese", "English", "French", "Russian", "Spanish"]);
  });
});
