import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, formatInfo, withExtension } from "./exportFormats";

describe("export formats", () => {
  it("lists the five annex formats and the five interchange formats once each", () => {
    expect(EXPORT_FORMATS.filter((f) => f.annex).map((f) => f.extension)).toEqual(["docx", "pdf", "html", "md", "txt"]);
    expect(EXPORT_FORMATS.filter((f) => !f.annex).map((f) => f.name)).toEqual([
      "frab-xml",
      "frab-json",
      "ics",
      "csv",
      "xlsx",
    ]);
    expect(formatInfo("xlsx").extension).toBe("xlsx");
  });

  it("adds the extension only when the name lacks it", () => {
    expect(withExtension("/tmp/annex", "docx")).toBe("/tmp/annex.docx");
    expect(withExtension("/tmp/annex.DOCX", "docx")).toBe("/tmp/annex.DOCX");
  });
});
