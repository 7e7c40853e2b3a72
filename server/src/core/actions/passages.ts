/**
 * The passages of an article that state a claim's value: what the quick fixes offer to quote,
 * best first. A passage is the clause around a figure that states the value (between commas of
 * either script, semicolons, colons or dashes), grown clause by clause while it is too short or
 * stands more than once in the article, or its whole sentence when that names more of the
 * claim's qualifiers.
 */
import { figureStates, quoteStatesValue } from "../checks/figureInQuote";
import type { ClaimFacts } from "../model/facts";
import type { ValueLiteral } from "../syntax/ast";
import { formatLiteral, readIsoDate, readValue } from "../syntax/values";
import { figureNumbers, spotFigures, type Figure } from "../text/figures";
import { foldKey, type FoldedText } from "../text/fold";
import { findQuote } from "../text/quoteMatch";

export interface Passage {
  /** The passage's range in the article. */
  readonly start: number;
  readonly end: number;
  /** The passage on one line, as it would be quoted. */
  readonly text: string;
  /** The figure in it that states the claimed value. */
  readonly figure: Figure;
  /** Whether the passage stands once in the article (else quoting it is `ambiguous-quote`). */
  readonly unique: boolean;
}

export interface ArticleText {
  readonly text: string;
  readonly folded: () => FoldedText;
}

/** How many passages the fixes offer at most. */
export const MAX_PASSAGES = 5;

/** Clause boundaries: Arabic comma and semicolon, `;`, and a comma, colon or dash before white space (not the comma of 1,200). */
function isClauseBreak(text: string, i: number): boolean {
  const ch = text[i] ?? "";
  return ch === "،" || ch === "؛" || ch === ";" || ((ch === "," || ch === ":" || ch === "—") && /\s/u.test(text[i + 1] ?? ""));
}

/**
 * The passages of `article` that state `claim`'s value, best first: those whose figure is the
 * written value itself, that name the claim's qualifier values (the year of `{year: 2017}`) and
 * that stand once in the article come first; then the order of the article.
 */
export function statingPassages(article: ArticleText, claim: ClaimFacts, limit = MAX_PASSAGES): Passage[] {
  const literal = claim.node.value?.literal;
  const set = claim.set;
  if (!literal || !set || set.kind === "text") return [];
  const figures = figuresOf(article, claim.source?.fields.published?.value);
  const scored: { passage: Passage; score: number }[] = [];
  const seen = new Set<string>();
  for (const figure of figures) {
    // An implicit one («مدة سنة», «un mort») tells that a quote states a figure; it is not offered to cite.
    if (figure.implicit || !figureStates(figure, set, literal) || !statesWritten(figure, literal)) continue;
    const passage = passageAround(article, figures, figure, claim);
    const key = `${passage.start}:${passage.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The quote must not bring a `figure-not-in-quote` of its own once it is read alone.
    if (quoteStatesValue(passage.text, set, literal).states === false) continue;
    const exact = isWrittenValue(figure, formatLiteral(literal), literal.kind);
    const score = (exact ? 4 : 0) + 2 * namedQualifiers(figures, passage, claim) + (passage.unique ? 3 : 0);
    scored.push({ passage, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.passage.start - b.passage.start)
    .slice(0, limit)
    .map((s) => s.passage);
}

/**
 * The clause around `figure`, grown by the clauses after it (then before it) until it holds three
 * words and stands once in the article; or its whole sentence when that names more of the claim's
 * qualifiers.
 */
export function passageAround(article: ArticleText, figures: readonly Figure[], figure: Figure, claim?: ClaimFacts): Passage {
  const { text } = article;
  const sentence = figure.sentence;
  let start = clauseStart(text, figure.start, sentence.start);
  let end = clauseEnd(text, figure.end, sentence.end);
  let passage = passageOf(article, figure, start, end);
  while ((passage.text.split(" ").length < MIN_WORDS || !passage.unique) && (start > sentence.start || end < sentence.end)) {
    if (end < sentence.end) end = clauseEnd(text, end + 1, sentence.end);
    else start = clauseStart(text, start - 1, sentence.start);
    passage = passageOf(article, figure, start, end);
  }
  const whole = passageOf(article, figure, sentence.start, sentence.end);
  return whole.unique && namedQualifiers(figures, whole, claim) > namedQualifiers(figures, passage, claim) ? whole : passage;
}

/** A passage shorter than this many words says too little to be found again. */
const MIN_WORDS = 3;

function clauseStart(text: string, from: number, min: number): number {
  let at = from;
  while (at > min && !isClauseBreak(text, at - 1)) at--;
  return at;
}

function clauseEnd(text: string, from: number, max: number): number {
  let at = from;
  while (at < max && !isClauseBreak(text, at)) at++;
  return at;
}

/** The passage `[from, to)` of the article, trimmed of white space and of a sentence's closing mark. */
export function passageOf(article: ArticleText, figure: Figure, from: number, to: number): Passage {
  const { text } = article;
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start] ?? "")) start++;
  // A sentence's closing mark is not part of what it states.
  while (end > start && /[\s.!?؟…]/u.test(text[end - 1] ?? "") && end > figure.end) end--;
  const oneLine = text.slice(start, end).replace(/\s+/gu, " ");
  return { start, end, text: oneLine, figure, unique: findQuote(article.folded(), oneLine).length === 1 };
}

/** How many of the claim's qualifier values the passage names (`2017` of `{year: 2017}`, as a figure or a date in that year). */
function namedQualifiers(figures: readonly Figure[], passage: Passage, claim: ClaimFacts | undefined): number {
  if (!claim) return 0;
  const inside = figures.filter((f) => f.start >= passage.start && f.end <= passage.end);
  const folded = foldKey(passage.text);
  let named = 0;
  for (const q of claim.node.qualifiers) {
    const written = q.value.text;
    const reading = q.quoted ? undefined : readValue(written, { scale: false });
    const date = q.quoted ? undefined : readIsoDate(written);
    if (reading?.ok && reading.literal.kind === "number") {
      const n = reading.literal.value;
      if (inside.some((f) => figureNumbers(f).includes(n) || f.date?.startsWith(String(n)))) named++;
    } else if (date) {
      const iso = written.trim();
      if (inside.some((f) => f.date?.startsWith(iso))) named++;
    } else if (folded.includes(foldKey(written))) named++;
  }
  return named;
}

/**
 * Whether the figure states the value as written, not merely a value the claim allows: in a
 * whole article, a bound `>210` is met by every year, and `2019-10-30` by a bare «2019».
 */
function statesWritten(figure: Figure, literal: ValueLiteral): boolean {
  const numbers = figureNumbers(figure);
  const year = figure.date !== undefined ? Number(figure.date.slice(0, 4)) : undefined;
  switch (literal.kind) {
    case "number":
      return numbers.includes(literal.value) || year === literal.value;
    case "bound":
      return numbers.includes(literal.value);
    case "range":
      return numbers.includes(literal.min) || numbers.includes(literal.max);
    case "date":
      return figure.date !== undefined && figure.date.startsWith(formatLiteral(literal));
    default:
      return true;
  }
}

function isWrittenValue(figure: Figure, written: string, kind: string): boolean {
  if (kind === "date") return figure.date === written;
  if (kind === "range") return `${figure.min}..${figure.max}` === written;
  if (kind === "bound") return figure.min !== undefined ? written.endsWith(String(figure.min)) : written.endsWith(String(figure.max));
  return String(figure.value) === written.replace(/^~/, "");
}

/** The figures of an article, read once per version of its text and publication date. */
const figureCache = new WeakMap<FoldedText, Map<string, Figure[]>>();

/** The figures of an article (relative dates read against `published`), cached per version of its text. */
export function figuresOf(article: ArticleText, published: string | undefined): Figure[] {
  const folded = article.folded();
  let byDate = figureCache.get(folded);
  if (!byDate) figureCache.set(folded, (byDate = new Map()));
  const key = published ?? "";
  let figures = byDate.get(key);
  if (!figures) byDate.set(key, (figures = spotFigures(article.text, published ? { published } : {})));
  return figures;
}

/** A figure's words for a title: the figure and the noun it counts («13 خلية», «four men»). */
export function figureWords(figure: Figure): string {
  const unit = figure.unit;
  const words = unit && unit !== "%" && !figure.text.includes(unit) ? `${figure.text} ${unit}` : figure.text;
  return words.replace(/\s+/gu, " ");
}
