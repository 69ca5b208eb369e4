// @vitest-environment jsdom
import { flushSync, mount, unmount } from "svelte";
import { afterEach, describe, expect, it } from "vitest";
import type { ErrorPayload } from "../bindings/ErrorPayload";
import { setUiLocale } from "../lib/i18n.svelte";
import { mockBackend } from "../lib/mockBackend";
import { fixture } from "../test/fixture";
import ErrorBanner from "./ErrorBanner.svelte";

let banner: ReturnType<typeof mount> | null = null;

afterEach(() => {
  if (banner) void unmount(banner);
  banner = null;
  document.body.innerHTML = "";
  setUiLocale("en", false);
});

function show(error: ErrorPayload): HTMLElement {
  const target = document.createElement("div");
  document.body.appendChild(target);
  banner = mount(ErrorBanner, { target, props: { error, onDismiss: () => {}, onRetry: null } });
  flushSync();
  return target;
}

/** The banner's message, with French's narrow and no-break spaces as plain ones. */
function text(target: HTMLElement): string {
  return (target.querySelector(".message")?.textContent ?? "").replace(/[\u00a0\u202f]/g, " ");
}

/** The core's refusal of a move of a session the document does not have. */
const REFUSED: ErrorPayload = {
  code: "commandRefused",
  message: "Move session: there is no session 'ghost'",
  words: {
    id: "edit-refused",
    args: {
      label: { type: "text", value: "Move session" },
      reason: {
        type: "message",
        value: {
          id: "refusal-not-found",
          args: { what: { type: "message", value: { id: "item-session" } }, id: { type: "text", value: "ghost" } },
        },
      },
    },
  },
};

describe("the error banner", () => {
  it("writes a refusal of the core in the UI's language", () => {
    setUiLocale("fr", false);
    const target = show(REFUSED);
    expect(text(target)).toBe("Move session : il n’y a pas de séance « ghost »");
    expect(target.textContent).toContain("Cette modification a été refusée");
  });

  it("writes the app's own errors from the UI's files, with the OS's words as they are", () => {
    setUiLocale("fr", false);
    const target = show({
      code: "io",
      message: "Could not save /m/sg12.plenary.json: the disk is full (No space left on device). …",
      words: {
        id: "app-save-failed",
        args: {
          path: { type: "text", value: "/m/sg12.plenary.json" },
          reason: {
            type: "message",
            value: { id: "app-save-disk-full", args: { error: { type: "text", value: "No space left on device" } } },
          },
        },
      },
    });
    expect(text(target)).toMatch(/^Impossible d’enregistrer \/m\/sg12\.plenary\.json : le disque est plein \(No space/);
  });

  it("follows a change of language without being shown again", () => {
    const target = show(REFUSED);
    expect(text(target)).toBe(REFUSED.message);
    setUiLocale("es", false);
    flushSync();
    expect(text(target)).not.toBe(REFUSED.message);
    expect(text(target)).toContain("ghost");
  });

  it("shows an error without words in its English", () => {
    setUiLocale("fr", false);
    const target = show({ code: "internal", message: "Plenary hit an internal error" });
    expect(text(target)).toBe("Plenary hit an internal error");
  });

  it("shows the mock backend's refusals in the UI's language too, as the app's", async () => {
    setUiLocale("fr", false);
    const backend = mockBackend(fixture());
    const error = await backend.apply({ type: "moveSession", id: "ghost", start: "2017-09-19T09:00" }, "no").then(
      () => null,
      (e: unknown) => e as ErrorPayload,
    );
    expect(error?.words?.id).toBe("edit-refused");
    expect(text(show(error!)), "the command named in French too").toBe(
      "Déplacer la séance : il n’y a pas de séance « ghost »",
    );
  });
});
