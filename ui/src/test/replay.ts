/**
 * For timing the UI only (`ui/scripts/perf-drag.mjs --replay=DIR`): a backend that opens the
 * `Snapshot` the core wrote (`cargo run --example answer_size -- DOC DIR`) and answers every
 * applied command with one of the core's recorded answers, as text parsed on arrival (the
 * way the real shell's JSON reaches the page), so a measured edit costs the UI exactly what
 * the real answer costs: parsing, the fold and the redraw. `window.__replay.next` names the
 * answer the next apply gets (a file of DIR without `.json`); `answeredAt` is when it was
 * handed back. Everything else is the mock backend's.
 */
import type { Applied } from "../bindings/Applied";
import type { Snapshot } from "../bindings/Snapshot";
import type { Backend } from "../lib/backend";
import { mockBackend } from "../lib/mockBackend";

/** What the page exposes to the timing script. */
export interface Replay {
  answers: Record<string, string>;
  next: string;
  answeredAt: number;
}

const NAMES = ["rename-room", "rename-room-undo", "move-session", "move-session-undo"] as const;

/** The replay backend over the recorded answers under `dir` (a URL). */
export async function replayBackend(dir: string): Promise<Backend> {
  const text = async (name: string) => {
    const response = await fetch(`${dir}/${name}.json`);
    if (!response.ok) throw { code: "io", message: `cannot fetch ${dir}/${name}.json: ${response.status}` };
    return response.text();
  };
  const snapshot = JSON.parse(await text("snapshot")) as Snapshot;
  const answers: Record<string, string> = {};
  for (const name of NAMES) answers[name] = await text(name);
  const replay: Replay = { answers, next: "rename-room", answeredAt: 0 };
  (window as unknown as { __replay: Replay }).__replay = replay;
  const mock = mockBackend(snapshot);
  return {
    ...mock,
    snapshot: async () => snapshot,
    async apply(command, dryRun) {
      if (dryRun === "yes") return mock.apply(command, dryRun);
      const text = replay.answers[replay.next];
      if (text === undefined) throw { code: "commandRefused", message: `no recorded answer ${replay.next}` };
      const applied = JSON.parse(text) as Applied;
      replay.answeredAt = performance.now();
      return applied;
    },
  };
}
