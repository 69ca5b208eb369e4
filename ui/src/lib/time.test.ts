import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  formatStamp,
  formatTime,
  longDate,
  parseStamp,
  parseTime,
  shortDate,
  weekdayName,
} from "./time";

describe("dates for display", () => {
  it("writes a date the way the letter does, with the platform's names", () => {
    expect(longDate("2017-09-22")).toBe("Friday 22 September");
    expect(longDate("2017-09-23")).toBe("Saturday 23 September");
    expect(longDate("2024-02-29"), "a leap day").toBe("Thursday 29 February");
    expect(shortDate("2017-09-23")).toBe("Sat 23");
    expect(weekdayName("2017-09-19")).toBe("Tuesday");
  });

  it("names the same day whatever the machine's zone (dates are calendar dates)", () => {
    expect(longDate("2017-01-01")).toBe("Sunday 1 January");
    expect(longDate("2017-12-31")).toBe("Sunday 31 December");
  });
});

describe("times and stamps (drag arithmetic)", () => {
  it("parses and formats times of day and stamps", () => {
    expect(parseTime("09:30")).toBe(570);
    expect(formatTime(570)).toBe("09:30");
    expect(parseStamp("2017-09-22T15:00")).toEqual({ date: "2017-09-22", minutes: 900 });
    expect(formatStamp("2017-09-22", 900)).toBe("2017-09-22T15:00");
  });

  it("counts days across months", () => {
    expect(addDays("2017-09-30", 1)).toBe("2017-10-01");
    expect(daysBetween("2017-09-22", "2017-10-02")).toBe(10);
  });
});
