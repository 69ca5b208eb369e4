import { describe, expect, it } from "vitest";

// STYLE.md: geometry, drag and state code may not import the IPC layer, so they stay pure
// and testable without Tauri. Only backend.ts talks to Tauri; only the mock and the
// document store (which sends the open document's calls) import it.
const IPC_CLIENTS = ["./mockBackend.ts", "./document.svelte.ts"];
const sources = import.meta.glob<string>(["./*.ts", "!./*.test.ts", "!./backend.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("import boundary", () => {
  it("covers the pure modules", () => {
    expect(Object.keys(sources)).toEqual(
      expect.arrayContaining([
        "./layout.ts",
        "./lanes.ts",
        "./drag.ts",
        "./state.ts",
        "./time.ts",
        "./dragController.ts",
        "./dryRunQueue.ts",
        "./gridLayout.svelte.ts",
        "./visibleDays.svelte.ts",
      ]),
    );
  });

  for (const [path, source] of Object.entries(sources)) {
    const client = IPC_CLIENTS.includes(path);
    it(`${path} does not import ${client ? "" : "the backend or "}Tauri`, () => {
      if (!client) expect(source).not.toMatch(/from\s+["'][^"']*backend["']/);
      expect(source).not.toMatch(/@tauri-apps\//);
    });
  }
});
