import { describe, expect, it } from "vitest";
import { withExtension } from "./exportFormats";
import { mockBackend } from "./mockBackend";
import { fixture } from "../test/fixture";

describe("export formats", () => {
  it("come from the core: five annex formats, then five interchange formats, each once", async () => {
    const backend = mockBackend(fixture());
    const { formats, layouts } = await backend.exportChoices();
    expect(formats.filter((f) => f.annex).map((f) => f.extension)).toEqual(["docx", "pdf", "html", "md", "txt"]);
    expect(formats.filter((f) => !f.annex).map((f) => f.name)).toEqual(["frab-xml", "frab-json", "ics", "csv", "xlsx"]);
    expect(formats.find((f) => f.name === "xlsx")?.extension).toBe("xlsx");
    expect(layouts.map((l) => l.name)).toEqual(["days", "bodies", "plan", "agenda"]);
    expect(backend.calls).toEqual([{ method: "exportChoices" }]);
  });

  it("adds the extension only when the name lacks it", () => {
    expect(withExtension("/tmp/annex", "docx")).toBe("/tmp/annex.docx");
    expect(withExtension("/tmp/annex.DOCX", "docx")).toBe("/tmp/annex.DOCX");
  });
});
