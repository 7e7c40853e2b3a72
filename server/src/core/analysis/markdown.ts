/** User text in hovers: Markdown escaped, and isolated when it holds Arabic. */
import { isolate } from "../text/bidi";
import { visibleControls } from "../text/tricks";

/**
 * User text (names, titles, values) as Markdown: escaped, and isolated when it holds Arabic, so
 * that a line of mixed Arabic and Latin keeps its pieces in reading order.
 */
export function md(text: string): string {
  return isolate(escape(text));
}

/** Escapes Markdown so that user text (quotes, names) shows as written, hidden bidi controls spelt out (`⟨U+202E⟩`). */
export function escape(text: string): string {
  return visibleControls(text.replace(/[\\`*_{}[\]()#+\-!|<>~]/g, (ch) => `\\${ch}`).replace(/\n/g, " "));
}
