import { describe, expect, it } from "vitest";
import { datePattern, dateOrder, numericDate, readDate, readTime } from "./typed";

const time = (text: string) => {
  const r = readTime(text);
  return r.ok ? r.value : null;
};
const why = (text: string) => {
  const r = readTime(text);
  return r.ok ? null : r.message;
};

describe("readTime", () => {
  it("reads 0930, 930, 9:30, 9.30 and 09:30 as 09:30", () => {
    for (const typed of ["0930", "930", "9:30", "9.30", "09:30", " 9h30 ", "9 : 30"]) {
      expect(time(typed), typed).toBe("09:30");
    }
  });

  it("reads an hour alone as that hour, and am/pm as a person means them", () => {
    expect(time("9")).toBe("09:00");
    expect(time("14")).toBe("14:00");
    expect(time("2:30 pm")).toBe("14:30");
    expect(time("12:15am")).toBe("00:15");
    expect(time("12 pm")).toBe("12:00");
    expect(time("1730")).toBe("17:30");
    expect(time("0000")).toBe("00:00");
    expect(time("24:00")).toBe("24:00");
  });

  it("never turns a typed time into a different one: out of range is refused, not clamped", () => {
    expect(why("2575")).toMatch(/minutes go up to 59/);
    expect(why("25:00")).toMatch(/the day ends at 24:00/);
    expect(why("24:30")).toMatch(/the day ends at 24:00/);
    expect(why("12:5")).toMatch(/two digits/);
    expect(why("13:00 pm")).toMatch(/1 to 12/);
    expect(why("09:30:00")).toMatch(/is not a time/);
    expect(why("half nine")).toMatch(/is not a time/);
    expect(why("")).toMatch(/Type a time/);
    expect(why("12345")).toMatch(/is not a time/);
  });

  it("gives back what it reads: every HH:MM of the day reads as itself", () => {
    for (let m = 0; m <= 1440; m += 7) {
      const hhmm = `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
      expect(time(hhmm)).toBe(hhmm);
      expect(time(hhmm.replace(":", ""))).toBe(hhmm);
    }
  });
});

describe("readDate", () => {
  it("reads dates in the order of the locale", () => {
    expect(dateOrder("en-GB")).toBe("dmy");
    expect(dateOrder("en-US")).toBe("mdy");
    expect(dateOrder("zh-CN")).toBe("ymd");
    expect(readDate("17/09/2013", "en-GB")).toEqual({ ok: true, value: "2013-09-17" });
    expect(readDate("9/17/2013", "en-US")).toEqual({ ok: true, value: "2013-09-17" });
    expect(readDate("17.9.13", "de-CH")).toEqual({ ok: true, value: "2013-09-17" });
    expect(readDate("2013/9/17", "zh-CN")).toEqual({ ok: true, value: "2013-09-17" });
  });

  it("reads eight digits typed without separators in the order of the locale", () => {
    expect(readDate("17092013", "en-GB")).toEqual({ ok: true, value: "2013-09-17" });
    expect(readDate("09172013", "en-US")).toEqual({ ok: true, value: "2013-09-17" });
    expect(readDate("20130917", "zh-CN")).toEqual({ ok: true, value: "2013-09-17" });
    expect(readDate("13092013", "en-US").ok, "there is no month 13").toBe(false);
  });

  it("reads ISO dates and month names in any locale", () => {
    expect(readDate("2013-09-17", "en-US")).toEqual({ ok: true, value: "2013-09-17" });
    expect(readDate("17 September 2013", "en-US")).toEqual({ ok: true, value: "2013-09-17" });
    expect(readDate("17 sept. 2013", "fr-FR")).toEqual({ ok: true, value: "2013-09-17" });
    expect(readDate("Sep 26, 2013", "en-US")).toEqual({ ok: true, value: "2013-09-26" });
  });

  it("refuses a date that does not exist instead of moving it", () => {
    const april = readDate("31/04/2013", "en-GB");
    expect(april.ok).toBe(false);
    expect(!april.ok && april.message).toMatch(/30 days/);
    const month = readDate("17/13/2013", "en-GB");
    expect(!month.ok && month.message).toMatch(/no month 13/);
    const us = readDate("17/09/2013", "en-US");
    expect(us.ok, "17 is no month in the US order").toBe(false);
  });

  it("writes a date back the way it reads it, with the placeholder to match", () => {
    expect(numericDate("2013-09-17", "en-GB")).toBe("17/09/2013");
    expect(numericDate("2013-09-17", "en-US")).toBe("09/17/2013");
    expect(datePattern("en-GB")).toBe("dd/mm/yyyy");
    expect(datePattern("en-US")).toBe("mm/dd/yyyy");
    expect(datePattern("fr-FR", { d: "jj", m: "mm", y: "aaaa" }), "in the UI's words").toBe("jj/mm/aaaa");
    for (const locale of ["en-GB", "en-US", "fr-FR", "de-CH", "zh-CN", "ar-EG", "ru-RU"]) {
      const shown = numericDate("2013-09-26", locale);
      expect(readDate(shown, locale), `${locale}: ${shown}`).toEqual({ ok: true, value: "2013-09-26" });
    }
  });
});
