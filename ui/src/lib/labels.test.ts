import { describe, expect, it } from "vitest";
import { fixture } from "../test/fixture";
import { labelCache, langName, sessionTitle } from "./labels";
import { useTextFallback } from "./layout";

const { timetable: tt, view } = fixture();
useTextFallback(view.textFallback);

describe("session labels", () => {
  it("titles a session in the core's main language, else English, else its id", () => {
    const open = tt.sessions["open"]!;
    expect(sessionTitle(open, view.mainLang)).toBe("SG12 opening plenary");
    expect(sessionTitle(open, "fr")).toBe("Plénière d'ouverture de la CE 12");
    expect(sessionTitle({ ...open, title: {} }, "fr")).toBe("open");
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
