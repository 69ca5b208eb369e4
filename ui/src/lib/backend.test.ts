import { describe, expect, it } from "vitest";
import { anyCase } from "./backend";

describe("anyCase", () => {
  it("lets GTK's file chooser list a document whatever the case of its extension", () => {
    expect(anyCase("json", true)).toBe("[jJ][sS][oO][nN]");
    expect(anyCase("xlsx", true)).toBe("[xX][lL][sS][xX]");
    expect(anyCase("plenary.json", true)).toBe("[pP][lL][eE][nN][aA][rR][yY].[jJ][sS][oO][nN]");
  });

  it("leaves the extension as it is where the dialogs ignore case", () => {
    expect(anyCase("json", false)).toBe("json");
  });
});
