/**
 * What an error the app answers says, in the UI's language.
 *
 * An `ErrorPayload` carries its English `message` and, where there are such, its `words`: a
 * message id with arguments. Ids of the core's message files (a refused change, a document
 * that does not load) are written by `coreMessages.ts`; `app-*` ids are the desktop app's
 * own errors (a file that cannot be written, a document someone else has open) and are in
 * the UI's files, their arguments (the OS's words, a path, or a core message) written as
 * they come. An error without words is shown in its English. Reactive, as `t` and `say`.
 */
import type { ErrorPayload } from "../bindings/ErrorPayload";
import type { Message } from "../bindings/Message";
import { say } from "./coreMessages";
import { t } from "./i18n.svelte";

/** The prefix of the app's own message ids, which are in the UI's files. */
const APP = "app-";

/** `message` in the UI's language, from the UI's files or the core's by its id. */
export function sayAny(message: Message): string {
  if (!message.id.startsWith(APP)) return say(message);
  const args: Record<string, string | number> = {};
  for (const [name, arg] of Object.entries(message.args ?? {})) {
    if (!arg) continue;
    if (arg.type === "message") args[name] = sayAny(arg.value);
    else if (arg.type === "number") args[name] = arg.value;
    else if (arg.type === "text") args[name] = arg.value;
    else args[name] = say({ id: "as-said", args: { text: arg } });
  }
  return t(message.id, args);
}

/** What `error` says, in the UI's language when it has words, else in its English. */
export function errorText(error: ErrorPayload): string {
  return error.words ? sayAny(error.words) : error.message;
}
