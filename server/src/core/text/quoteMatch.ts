/**
 * Finds a quoted passage in an article: both are folded, `…` stands for an omitted stretch of
 * the same paragraph, and each match maps back to an exact range of the article.
 */
import { foldKey, originalRange, PARAGRAPH_BREAK, type FoldedText } from "./fold";
import { exact } from "../memory/exact";

export interface QuoteMatch {
  /** Original range of the whole match, from its first part to its last. */
  readonly start: number;
  readonly end: number;
  /** Original ranges of the parts between ellipses. */
  readonly parts: readonly { start: number; end: number }[];
}

/** At most this many matches are listed: past it, a quote is ambiguous anyway. */
const MAX_MATCHES = 20;

/** The folded parts of a quote, split at `…`/`...`; empty when the quote holds nothing to search. */
export function quoteParts(quote: string): string[] {
  const folded = foldKey(quote);
  // Most quotes omit nothing: one part, as folded (folding already trims white space).
  if (!folded.includes("...")) return folded.length > 0 ? [folded] : [];
  return folded
    .split(/\s*\.\.\.+\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Every place `quote` stands in the folded article, in order. */
export function findQuote(article: FoldedText, quote: string): QuoteMatch[] {
  const parts = quoteParts(quote);
  const first = parts[0];
  if (first === undefined) return [];
  const text = article.folded;
  const matches: QuoteMatch[] = [];
  for (let at = text.indexOf(first); at >= 0 && matches.length < MAX_MATCHES; at = text.indexOf(first, at + 1)) {
    if (!onBoundary(text, at, first)) continue;
    const folded: { from: number; to: number }[] = [{ from: at, to: at + first.length }];
    let pos = at + first.length;
    for (const part of parts.slice(1)) {
      const next = findInParagraph(text, part, pos);
      if (next < 0) break;
      folded.push({ from: next, to: next + part.length });
      pos = next + part.length;
    }
    if (folded.length !== parts.length) continue;
    const ranges = folded.map(({ from, to }) => originalRange(article, from, to));
    const last = ranges[ranges.length - 1] ?? ranges[0];
    matches.push({ start: ranges[0]?.start ?? 0, end: last?.end ?? 0, parts: ranges });
  }
  return exact(matches);
}

function findInParagraph(text: string, part: string, from: number): number {
  const paragraphEnd = text.indexOf(PARAGRAPH_BREAK, from);
  const limit = paragraphEnd < 0 ? text.length : paragraphEnd;
  for (let at = text.indexOf(part, from); at >= 0 && at + part.length <= limit; at = text.indexOf(part, at + 1)) {
    if (onBoundary(text, at, part)) return at;
  }
  return -1;
}

const DIGIT = /[0-9]/;

/** A quote that starts or ends with a digit must not cut a number: "13 خلية" is not in "113 خلية". */
function onBoundary(text: string, at: number, part: string): boolean {
  if (DIGIT.test(part[0] ?? "") && DIGIT.test(text[at - 1] ?? "")) return false;
  if (DIGIT.test(part[part.length - 1] ?? "") && DIGIT.test(text[at + part.length] ?? "")) return false;
  return true;
}
