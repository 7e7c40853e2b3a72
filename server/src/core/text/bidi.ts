/** Mixing Arabic and Latin in one message: isolate each right-to-left piece so it keeps its place. */

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const FSI = "\u2068";
const PDI = "\u2069";

/** `text` wrapped in first-strong isolate marks when it holds right-to-left letters; unchanged otherwise. */
export function isolate(text: string): string {
  return RTL.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** Whether `text` holds right-to-left letters. */
export function hasRtl(text: string): boolean {
  return RTL.test(text);
}
