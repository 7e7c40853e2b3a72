/**
 * The core wraps right-to-left values of its messages in first-strong isolates (core/text/bidi.ts)
 * for editors that render them; a terminal, a CI log or a code-scanning page shows them as
 * `<2068>…<2069>`, so the command line's text, JSON and SARIF output drops them.
 */

const ISOLATES = /[\u2066-\u2069]/g;

/** `text` without the bidi isolate marks (U+2066–U+2069). */
export function withoutIsolates(text: string): string {
  return text.replace(ISOLATES, "");
}
