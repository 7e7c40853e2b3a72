/**
 * Tokens for reading figures: digit runs (with their inner separators), words and punctuation,
 * each with its exact range in the original text and a folded key for lexicon look-ups.
 */
import { foldedStart, foldKey } from "./fold";

export type TokenKind = "num" | "word" | "punct";

export interface Token {
  readonly kind: TokenKind;
  /** Range in the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The original text of the token. */
  readonly text: string;
  /** Folded form: Western digits, unified Arabic letters, lower case, no diacritics or tatweel. */
  readonly key: string;
  /** The white space just before the token ("" when glued to the previous one). */
  readonly gap: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

const DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9";
// A digit run keeps inner separators that have a digit on both sides: 1.200, 2,5, ٣٫٥, 12٬500.
const TOKEN = new RegExp(
  `([${DIGIT}]+(?:[.,\u066b\u066c][${DIGIT}]+)*)|([\\p{L}\\p{M}\u0640\u200c\u200d]+)|(\\s+)|([^\\s])`,
  "gu",
);

/** Splits `text` into tokens; white space is kept only as each token's `gap`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let gap = "";
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    if (m[3] !== undefined) {
      gap += raw;
      continue;
    }
    const kind: TokenKind = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct";
    const key = kind === "num" ? foldDigits(raw) : foldKey(raw);
    tokens.push({ kind, start, end: start + raw.length, text: raw, key, gap, sentence: 0 });
    gap = "";
  }
  return tokens;
}

/** Western digits with `.` and `,` for the Arabic decimal and thousands separators. */
function foldDigits(raw: string): string {
  let out = "";
  for (const ch of raw) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) out += String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String(c - 0x06f0);
    else if (c === 0x066b) out += "٫";
    else if (c === 0x066c) out += "٬";
    else out += ch;
  }
  return out;
}

/** Original offset of the `index`-th folded code unit of a word token (to cut off a prefix). */
export function offsetInToken(token: Token, index: number): number {
  return token.start + foldedStart(token.text, index);
}

/** Sentence ranges: a sentence ends at . ! ? ؟ … followed by white space, or at a line break. */
export function sentenceRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      start = i + 1;
    } else if (ch === "." || ch === "!" || ch === "?" || ch === "؟" || ch === "…") {
      const next = text[i + 1];
      if (next === undefined || /\s/.test(next)) {
        push(i + 1);
        start = i + 1;
      }
    }
  }
  push(text.length);
  return out;
}
