// @vitest-environment jsdom
// The document store's reactive parts, observed as a component would (runes need this file
// to be compiled by Svelte; the store's other behaviour is in document.test.ts).
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import { DocumentStore } from "./document.svelte";
import { mockBackend } from "./mockBackend";
import { fixture } from "../test/fixture";

describe("the document store, observed", () => {
  it("tells what was copied to whatever reads it, when the copy comes later", async () => {
    const store = new DocumentStore(() => Promise.resolve(mockBackend(fixture())));
    await store.load();
    const seen: number[] = [];
    const stop = $effect.root(() => {
      $effect(() => void seen.push(store.copiedSessions().length));
    });
    flushSync();
    store.selectMany(["q1", "q4"], false);
    store.copySelection();
    flushSync();
    stop();
    expect(seen, "an open context menu's Paste here enables").toEqual([0, 2]);
  });
});
