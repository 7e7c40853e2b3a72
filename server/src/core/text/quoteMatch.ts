/**
 * Finds a quoted passage in an article: both are folded, `…` stands for an omitted stretch of
 * the same paragraph, and each match maps back to an exact range of the article.
 */
import { foldKey, originalRange, PARAGRAPH_BREAK, type FoldedText } from "./fold";
import { exact } from "../memory/exact";
import { costs } from "../costs";

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
  // Each later part is looked for from where the previous one ended, and those places only grow
  // as the first part is found further on: each part keeps its last answer and searches again
  // only past it, so the article is scanned once per part, not once per place of the first.
  const later = parts.slice(1).map((part) => new Seeker(text, part));
  const paragraphs = new Seeker(text, PARAGRAPH_BREAK);
  for (let at = text.indexOf(first); at >= 0 && matches.length < MAX_MATCHES; at = text.indexOf(first, at + 1)) {
    costs.quoteSearches++;
    if (!onBoundary(text, at, first)) continue;
    const folded: { from: number; to: number }[] = [{ from: at, to: at + first.length }];
    let pos = at + first.length;
    for (const seeker of later) {
      const paragraphEnd = paragraphs.from(pos);
      const next = seeker.from(pos);
      if (next < 0 || next + seeker.part.length > (paragraphEnd < 0 ? text.length : paragraphEnd)) break;
      folded.push({ from: next, to: next + seeker.part.length });
      pos = next + seeker.part.length;
    }
    if (folded.length !== parts.length) continue;
    const ranges = folded.map(({ from, to }) => originalRange(article, from, to));
    const last = ranges[ranges.length - 1] ?? ranges[0];
    matches.push({ start: ranges[0]?.start ?? 0, end: last?.end ?? 0, parts: ranges });
  }
  return exact(matches);
}

/** The first place of `part` at or after a position, on a number's boundary; positions asked for never go back. */
class Seeker {
  /** The last position asked for and its answer (-1: none after it). */
  private asked = -1;
  private found = -1;

  constructor(
    private readonly text: string,
    readonly part: string,
  ) {}

  from(pos: number): number {
    // The answer for an earlier position holds for every position up to it.
    if (this.asked >= 0 && pos >= this.asked && (this.found < 0 || pos <= this.found)) return this.found;
    this.asked = pos;
    let at = this.text.indexOf(this.part, pos);
    while (at >= 0 && !onBoundary(this.text, at, this.part)) {
      costs.quoteSearches++;
      at = this.text.indexOf(this.part, at + 1);
    }
    costs.quoteSearches++;
    this.found = at;
    return at;
  }
}

const DIGIT = /[0-9]/;

/** A quote that starts or ends with a digit must not cut a number: "13 خلية" is not in "113 خلية". */
function onBoundary(text: string, at: number, part: string): boolean {
  if (DIGIT.test(part[0] ?? "") && DIGIT.test(text[at - 1] ?? "")) return false;
  if (DIGIT.test(part[part.length - 1] ?? "") && DIGIT.test(text[at + part.length] ?? "")) return false;
  return true;
}
