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

// A digit run keeps inner separators that have a digit on both sides: 1.200, 2,5, ٣٫٥, 12٬500.
// The scanner below splits text exactly as this expression would (tokens.test.ts checks it); it
// reads code units instead, which spares a match object and its groups for every token.
//   /([0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*)|([\p{L}\p{M}\u0640\u200c\u200d]+)|(\s+)|([^\s])/gu

const enum Char {
  Unknown = 0,
  Digit = 1,
  Letter = 2,
  Space = 3,
  Other = 4,
}

/** The class of each BMP code unit, filled in the first time it is seen. */
const classes = new Uint8Array(0x10000);
const LETTER = /^[\p{L}\p{M}\u0640\u200c\u200d]$/u;
const SPACE = /^\s$/u;

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9);
}

function classify(codePoint: number): Char {
  if (isDigit(codePoint)) return Char.Digit;
  const ch = String.fromCodePoint(codePoint);
  return LETTER.test(ch) ? Char.Letter : SPACE.test(ch) ? Char.Space : Char.Other;
}

function classOf(codePoint: number): Char {
  if (codePoint > 0xffff) return classify(codePoint);
  let c = classes[codePoint] as Char;
  if (c === Char.Unknown) classes[codePoint] = c = classify(codePoint);
  return c;
}

/** The end of the run of code points of class `cls` that goes on at `i`. */
function runEnd(text: string, i: number, cls: Char): number {
  while (i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    if (classOf(code) !== cls) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

/** The end of the digit run that goes on at `i`, with its inner separators. */
function digitRunEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  while (isSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

function isSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c;
}

/** Splits `text` into tokens; white space is kept only as each token's `gap`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let gap = "";
  let start = 0;
  while (start < text.length) {
    const code = text.codePointAt(start) ?? 0;
    const cls = classOf(code);
    const next = start + (code > 0xffff ? 2 : 1);
    const end = cls === Char.Digit ? digitRunEnd(text, next) : cls === Char.Letter || cls === Char.Space ? runEnd(text, next, cls) : next;
    const raw = text.slice(start, end);
    if (cls === Char.Space) gap = raw;
    else {
      const kind: TokenKind = cls === Char.Digit ? "num" : cls === Char.Letter ? "word" : "punct";
      const key = kind === "num" ? foldDigits(raw) : foldKey(raw);
      tokens.push({ kind, start, end, text: raw, key, gap, sentence: 0 });
      gap = "";
    }
    start = end;
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
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a) {
      pushTrimmed(text, start, i, out);
      start = i + 1;
    } else if (ch === 0x2e || ch === 0x21 || ch === 0x3f || ch === 0x061f || ch === 0x2026) {
      if (i + 1 === text.length || isSpace(text.charCodeAt(i + 1))) {
        pushTrimmed(text, start, i + 1, out);
        start = i + 1;
      }
    }
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

/** Adds `[start, end)` without its white space at either end, unless nothing is left. */
function pushTrimmed(text: string, start: number, end: number, out: { start: number; end: number }[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/** `/\s/` on one code unit (white space is never outside the BMP). */
function isSpace(code: number): boolean {
  return classOf(code) === Char.Space;
}
