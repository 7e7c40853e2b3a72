/**
 * User-facing messages as data: an English template, which is also its key in the translation
 * bundles (`l10n/bundle.l10n.<locale>.json`), and its arguments. The core says what to tell the
 * user; the host (server, command line) picks the language. English is what the core falls back
 * to, so tests and `isnad check` read the same text as before.
 */

/** A message in any language: `{0}`, `{1}`… in the template stand for the arguments. */
export interface Message {
  readonly template: string;
  readonly args: readonly MessageArg[];
}

/** An argument is plain text (a value, a source id) or a message of its own, translated too. */
export type MessageArg = string | number | Message;

/** Turns a message into text in the host's language. */
export type Translate = (message: Message) => string;

export function msg(template: string, ...args: MessageArg[]): Message {
  return { template, args };
}

/** Fills a template's `{n}` with already rendered arguments. */
export function fill(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => args[Number(n)] ?? whole);
}

/** The message in English: its own template, arguments rendered recursively. */
export const english: Translate = (message) => fill(message.template, message.args.map((a) => renderArg(a, english)));

/** An argument as text, nested messages translated with `translate`. */
export function renderArg(arg: MessageArg, translate: Translate): string {
  return typeof arg === "object" ? translate(arg) : String(arg);
}

/** Both forms a problem carries: its English text and the message to translate it from. */
export function said(template: string, ...args: MessageArg[]): { message: string; l10n: Message } {
  const l10n = msg(template, ...args);
  return { message: english(l10n), l10n };
}
