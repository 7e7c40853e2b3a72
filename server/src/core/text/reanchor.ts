/**
 * Re-anchoring a quote the article no longer holds word for word, the way web annotators
 * (Hypothesis, the W3C Web Annotation `TextQuoteSelector`: exact text, prefix, suffix) find a
 * highlight again after the page changed: the closest matches by edit distance (Myers'
 * bit-parallel search, from `approx-string-match`, Hypothesis's own library), of the quote alone
 * and of the quote with the text that stood around it, ranked by how well the text around each
 * one matches that text, by nearness to where it stood, and by a caller's own measure (for a
 * claim: does the passage state its value?).
 * All of it on folded text, so that diacritics, digits and spacing cost nothing; the result is an
 * exact range of the article, widened to whole words.
 */
import approxSearch from "approx-string-match";
import { fold, originalRange, PARAGRAPH_BREAK, type FoldedText } from "./fold";
import { quoteParts } from "./quoteMatch";

/** What stood around the quote when it was last found (Web Annotation's prefix and suffix). */
export interface AnchorContext {
  readonly prefix?: string;
  readonly suffix?: string;
  /** Offset in the article where the quote stood. */
  readonly hint?: number;
}

export interface Anchor {
  /** Range in the article, from the first part's start to the last part's end. */
  readonly start: number;
  readonly end: number;
  /** The passage to quote: the article's words, on one line, parts joined with ` … `. */
  readonly text: string;
  /** Characters that differ from the quote (insertions, deletions, substitutions), after folding. */
  readonly errors: number;
  /** 0..1, 1 for a perfect match of the quote and its context. */
  readonly score: number;
}

/** Characters of context kept on each side, as Hypothesis keeps them. */
export const CONTEXT_LENGTH = 32;

/** At most this share of a quote's characters may differ: the edit changes the user's file, so it is stricter than a highlighter's half. */
const MAX_ERROR_RATE = 1 / 3;

/** At most this many candidate places are scored. */
const MAX_CANDIDATES = 50;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, bonus: 20, position: 2 };

interface FoldedMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/**
 * The best place for `quote` in the article `text` (`folded` is its folded form), or undefined
 * when no place is close enough. `bonus` rates a candidate range of the article from 0 to 1.
 */
export function reanchor(text: string, folded: FoldedText, quote: string, context: AnchorContext = {}, bonus?: (start: number, end: number, passage: string) => number): Anchor | undefined {
  const parts = quoteParts(quote);
  const first = parts[0];
  if (first === undefined) return undefined;
  const haystack = folded.folded;
  const quoteLength = parts.reduce((n, p) => n + p.length, 0);
  const prefix = context.prefix ? fold(context.prefix).folded : "";
  const suffix = context.suffix ? fold(context.suffix).folded : "";
  let best: Anchor | undefined;
  const seen = new Set<string>();
  // The places closest to the quote, and those closest to the quote with its old surroundings:
  // the edit may have changed the quote more than a look-alike elsewhere, which only the
  // surroundings tell apart.
  const around = `${prefix}${first}${parts.length === 1 ? suffix : ""}`;
  const heads = [...closest(haystack, first, 0, haystack.length).slice(0, MAX_CANDIDATES)];
  if (around.length > first.length) {
    for (const region of closest(haystack, around, 0, haystack.length).slice(0, MAX_CANDIDATES)) heads.push(...closest(haystack, first, region.start, region.end).slice(0, 1));
  }
  for (const head of heads) {
    // Each further part of a `…` quote is looked for after the one before it.
    const matched: FoldedMatch[] = [head];
    for (const part of parts.slice(1)) {
      const previous = matched[matched.length - 1] as FoldedMatch;
      const next = closest(haystack, part, previous.end, haystack.length)[0];
      if (!next) break;
      matched.push(next);
    }
    if (matched.length !== parts.length || matched.some((m) => haystack.slice(m.start, m.end).includes(PARAGRAPH_BREAK))) continue;
    const ranges = matched.map((m) => wholeWords(text, originalRange(folded, m.start, m.end)));
    const start = ranges[0]?.start ?? 0;
    const end = ranges[ranges.length - 1]?.end ?? start;
    const key = ranges.map((r) => `${r.start}-${r.end}`).join(",");
    if (seen.has(key) || end <= start) continue;
    seen.add(key);
    const passage = ranges.map((r) => text.slice(r.start, r.end).replace(/\s+/gu, " ")).join(" … ");
    const errors = matched.reduce((n, m) => n + m.errors, 0);
    const last = matched[matched.length - 1] as FoldedMatch;
    let raw = WEIGHTS.quote * (1 - errors / quoteLength);
    let max = WEIGHTS.quote;
    if (prefix) {
      raw += WEIGHTS.prefix * similarity(haystack.slice(Math.max(0, head.start - prefix.length), head.start), prefix);
      max += WEIGHTS.prefix;
    }
    if (suffix) {
      raw += WEIGHTS.suffix * similarity(haystack.slice(last.end, last.end + suffix.length), suffix);
      max += WEIGHTS.suffix;
    }
    if (bonus) {
      raw += WEIGHTS.bonus * bonus(start, end, passage);
      max += WEIGHTS.bonus;
    }
    if (context.hint !== undefined) {
      raw += WEIGHTS.position * (1 - Math.abs(start - context.hint) / Math.max(1, text.length));
      max += WEIGHTS.position;
    }
    const score = raw / max;
    if (!best || score > best.score) best = { start, end, text: passage, errors, score };
  }
  return best;
}

/** The prefix, suffix and place of a quote found at `[start, end)` of `text`, to re-anchor it later. */
export function contextAround(text: string, start: number, end: number): AnchorContext {
  return { prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start), suffix: text.slice(end, end + CONTEXT_LENGTH), hint: start };
}

/** The closest matches of `part` in `haystack[from, to)`: exact ones if any, else those with fewest errors. */
function closest(haystack: string, part: string, from: number, to: number): FoldedMatch[] {
  const exact: FoldedMatch[] = [];
  for (let at = haystack.indexOf(part, from); at >= 0 && at + part.length <= to && exact.length < MAX_CANDIDATES; at = haystack.indexOf(part, at + 1)) exact.push({ start: at, end: at + part.length, errors: 0 });
  if (exact.length > 0) return exact;
  const maxErrors = Math.floor(part.length * MAX_ERROR_RATE);
  if (maxErrors === 0) return [];
  return approxSearch(haystack.slice(from, to), part, maxErrors).map((m) => ({ start: m.start + from, end: m.end + from, errors: m.errors }));
}

/** 0..1: how close `text` is to `expected` (1 - edit distance of the best match / length). */
function similarity(text: string, expected: string): number {
  if (!text || !expected) return 0;
  const [match] = approxSearch(text, expected, expected.length);
  return match ? 1 - match.errors / expected.length : 0;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** A range trimmed of white space and widened to whole words, so that a quote never cuts a word or a number. */
export function wholeWords(text: string, range: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = range;
  while (start < end && /\s/u.test(text[start] ?? "")) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? "")) end--;
  while (start > 0 && WORD.test(text[start - 1] ?? "") && WORD.test(text[start] ?? "")) start--;
  while (end < text.length && WORD.test(text[end] ?? "") && WORD.test(text[end - 1] ?? "")) end++;
  return { start, end };
}
