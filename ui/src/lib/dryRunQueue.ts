/**
 * The dry runs that colour a drag's ghost: the grid asks the core once per hovered cell
 * what dropping there would cause. At most one dry run is in flight: a fast drag crosses
 * many cells, and a queue of dry runs would delay the drop's own command behind them (the
 * shell runs them one after another). While one runs, only the latest cell waits, and an
 * answer for a cell the pointer has left is dropped.
 *
 * Pure of the DOM and of the backend: the component hands in the dry run to call.
 */
import type { Command } from "../bindings/Command";

/** The key of a command's dry run: equal commands share an answer. */
export function dryRunKey(command: Command): string {
  return JSON.stringify(command);
}

export class DryRunQueue<T> {
  #asking = false;
  #waiting: { key: string; command: Command } | null = null;
  /** The key of the cell asked last (the one the pointer is over). */
  #key = "";
  readonly #dryRun: (command: Command) => Promise<T | null>;
  readonly #answer: (key: string, result: T) => void;
  readonly #dragging: () => boolean;

  /**
   * `dryRun` asks the core (null: it failed, and the drop will report why); `answer` receives
   * the answer for the cell still hovered; `dragging` says whether a waiting cell is still
   * worth asking for (not once the press has ended).
   */
  constructor(
    dryRun: (command: Command) => Promise<T | null>,
    answer: (key: string, result: T) => void,
    dragging: () => boolean,
  ) {
    this.#dryRun = dryRun;
    this.#answer = answer;
    this.#dragging = dragging;
  }

  /**
   * The drag's command for the hovered cell: asks for its dry run unless it is the cell
   * asked last. Nothing to ask for without a command, or to unschedule (the palette).
   */
  want(command: Command | null): void {
    if (!command || command.type === "unscheduleSession") return;
    const key = dryRunKey(command);
    if (key === this.#key) return;
    this.#key = key;
    this.#ask(key, command);
  }

  #ask(key: string, command: Command): void {
    if (this.#asking) {
      this.#waiting = { key, command };
      return;
    }
    this.#asking = true;
    void this.#dryRun(command)
      .then((result) => {
        if (result !== null && this.#key === key) this.#answer(key, result);
      })
      .finally(() => {
        this.#asking = false;
        const next = this.#waiting;
        this.#waiting = null;
        if (next && next.key === this.#key && this.#dragging()) this.#ask(next.key, next.command);
      });
  }
}
