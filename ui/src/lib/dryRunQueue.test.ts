import { describe, expect, it } from "vitest";
import type { Command } from "../bindings/Command";
import { DryRunQueue, dryRunKey } from "./dryRunQueue";

const moveTo = (start: string): Command => ({ type: "moveSession", id: "q4", start: `2017-09-22T${start}` });

/** A dry run whose answers the test releases one by one. */
function controlled() {
  const asked: Command[] = [];
  const pending: ((answer: string | null) => void)[] = [];
  const dryRun = (command: Command) => {
    asked.push(command);
    return new Promise<string | null>((resolve) => pending.push(resolve));
  };
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { asked, pending, dryRun, settle };
}

describe("dry runs of a drag", () => {
  it("asks once per hovered cell and keeps at most one in flight; only the latest cell waits", async () => {
    const { asked, pending, dryRun, settle } = controlled();
    const answers: [string, string][] = [];
    const queue = new DryRunQueue<string>(
      dryRun,
      (key, r) => answers.push([key, r]),
      () => true,
    );

    queue.want(moveTo("10:00"));
    queue.want(moveTo("10:00"));
    expect(asked, "the same cell is asked once").toEqual([moveTo("10:00")]);
    queue.want(moveTo("10:15"));
    queue.want(moveTo("10:30"));
    expect(asked.length, "nothing more while one runs").toBe(1);

    pending[0]?.("clear");
    await settle();
    expect(answers, "the answer for a cell the pointer left is dropped").toEqual([]);
    expect(asked, "then the latest cell is asked, the one in between never").toEqual([
      moveTo("10:00"),
      moveTo("10:30"),
    ]);
    pending[1]?.("error");
    await settle();
    expect(answers).toEqual([[dryRunKey(moveTo("10:30")), "error"]]);
  });

  it("does not ask for the palette or for nothing, and drops the waiting cell once the press ended", async () => {
    const { asked, pending, dryRun, settle } = controlled();
    let dragging = true;
    const queue = new DryRunQueue<string>(
      dryRun,
      () => {},
      () => dragging,
    );
    queue.want(null);
    queue.want({ type: "unscheduleSession", id: "q4" });
    expect(asked).toEqual([]);

    queue.want(moveTo("10:00"));
    queue.want(moveTo("11:00"));
    dragging = false;
    pending[0]?.(null);
    await settle();
    expect(asked, "no dry run after the drop").toEqual([moveTo("10:00")]);
  });
});
