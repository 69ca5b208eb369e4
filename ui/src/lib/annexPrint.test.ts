// @vitest-environment jsdom
// The annex put in the page for printing: the core's styles scoped to it, nothing that runs.
import { describe, expect, it } from "vitest";
import { annexFragment, annexPrint, scopedStyle } from "./annexPrint";

describe("annex on paper", () => {
  it("applies the annex's body rules to its own box", () => {
    expect(scopedStyle("body { margin: 2em; }\n@media print { body { margin: 0; } }\ntbody th { x: y }")).toBe(
      ".annex-body { margin: 2em; }\n@media print { .annex-body { margin: 0; } }\ntbody th { x: y }",
    );
  });

  it("keeps the annex's text, styles and language, and drops scripts and handlers", () => {
    const html = `<!doctype html><html lang="fr" dir="ltr"><head><style>body { color: red }</style>
      <script>window.ran = true</script></head><body><h1 onclick="x()">Annexe</h1>
      <img src="x" onerror="window.ran = true"><a href="javascript:alert(1)">lien</a><table><tr><td>Lundi</td></tr></table></body></html>`;
    const host = document.createElement("div");
    host.append(annexFragment(html));
    expect(host.querySelector("style")?.textContent).toBe(".annex-body { color: red }");
    const body = host.querySelector(".annex-body") as HTMLElement;
    expect(body.lang).toBe("fr");
    expect(body.textContent).toContain("Annexe");
    expect(body.textContent).toContain("Lundi");
    expect(host.querySelector("script")).toBeNull();
    expect(host.querySelector("[onclick], [onerror]")).toBeNull();
    expect(host.querySelector("a")?.hasAttribute("href")).toBe(false);
  });

  it("shows the annex in a shadow root of its own, replaced as it changes", () => {
    const el = document.createElement("div");
    const action = annexPrint(el, "<html><body><p>one</p></body></html>");
    expect(el.shadowRoot?.textContent).toContain("one");
    action.update("<html><body><p>two</p></body></html>");
    expect(el.shadowRoot?.textContent).toContain("two");
    expect(el.shadowRoot?.textContent).not.toContain("one");
  });
});
