// @vitest-environment jsdom
// The properties panel's session: a new state of the shown session at once, another
// session once the frame that moved it is painted.
import { flushSync } from "svelte";
import { describe, expect, it } from "vitest";
import { paintedAfter } from "./paintedAfter.svelte";

type Shown = { id: string; title: string } | null;
const sameId = (a: Shown, b: Shown) => a?.id === b?.id;
const painted = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));

describe("paintedAfter", () => {
  it("takes a new state of the same thing at once, another thing after the next paint", async () => {
    let source = $state<Shown>({ id: "a", title: "A" });
    let follower: { readonly value: Shown } | undefined;
    const stop = $effect.root(() => {
      follower = paintedAfter(() => source, sameId);
    });
    flushSync();
    expect(follower?.value?.title).toBe("A");

    source = { id: "a", title: "A renamed" };
    flushSync();
    expect(follower?.value?.title, "an edit of the shown session is not late").toBe("A renamed");

    source = { id: "b", title: "B" };
    flushSync();
    expect(follower?.value?.id, "another session waits for the frame").toBe("a");
    await painted();
    flushSync();
    expect(follower?.value?.id).toBe("b");

    source = { id: "c", title: "C" };
    flushSync();
    source = null;
    flushSync();
    await painted();
    flushSync();
    expect(follower?.value, "only the last of quick changes is taken").toBeNull();
    stop();
  });
});
