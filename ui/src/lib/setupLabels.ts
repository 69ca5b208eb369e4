/**
 * The set-up form's words that the core gives in English (its `template` module): written
 * in the UI's language from its message files, so that a translator finds them there.
 */
import type { HoursTemplate } from "../bindings/HoursTemplate";
import type { TemplateChoice } from "../bindings/TemplateChoice";
import { t } from "./i18n.svelte";

/** The title the core gives a new, blank document (`template::blank`): shown in the UI's language. */
export const BLANK_TITLE = "New meeting";

/** The message of each hours template (`setup-template-<name>`), by the core's name for it. */
const TEMPLATE_MESSAGES: Record<HoursTemplate, string> = {
  ituT: "setup-template-itu-t",
  ituTEarly: "setup-template-itu-t-early",
  blank: "setup-template-blank",
  keep: "setup-template-keep",
};

/** What the form calls an hours template, in the UI's language. */
export function templateLabel(choice: TemplateChoice): string {
  return t(TEMPLATE_MESSAGES[choice.template]);
}
