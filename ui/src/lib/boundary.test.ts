import { describe, expect, it } from "vitest";

// STYLE.md: geometry, drag and state code may not import the IPC layer, so they stay pure
// and testable without Tauri. Only backend.ts talks to Tauri; only the mock imports it.
const sources = import.meta.glob<string>(["./*.ts", "!./*.test.ts", "!./backend.ts", "!./mockBackend.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("import boundary", () => {
  it("covers the pure modules", () => {
    expect(Object.keys(sources)).toEqual(
      expect.arrayContaining(["./layout.ts", "./drag.ts", "./state.ts", "./time.ts"]),
    );
  });

  for (const [path, source] of Object.entries(sources)) {
    it(`${path} does not import the backend or Tauri`, () => {
      expect(source).not.toMatch(/from\s+["'][^"']*backend["']/);
      expect(source).not.toMatch(/@tauri-apps\//);
    });
  }
});
