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
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { chromeOf, claimNeed, inChrome, kindFit, metricFit, metricWords, quotedElsewhere } from "./passageRanking";

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
  /** Where the article stands: what the workspace's other claims quote of it is read from there. */
  readonly uri?: string;
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
 * The passages of `article` that state `claim`'s value, best first. A passage scores for: its
 * figure being the written value itself; the claim's qualifier values it names (the year of
 * `{year: 2017}`, a place, an event); standing once in the article; the words beside its figure
 * naming the metric (the counted noun most: words learned from the workspace's other quotes of the
 * metric, its declared labels and aliases, its name's own words); and the figure's kind fitting
 * the claim (a count never cites an ordinal or a date, a year cites a year rather than a count).
 * A figure in the page chrome (ticker and navigation lines, the lines above the headline) loses
 * to one of the body, and one another claim already quotes to one no claim quotes. Ties keep the order of the article. `workspace` gives what it knows of the
 * metric; without it only the metric's own name is read.
 */
export function statingPassages(article: ArticleText, claim: ClaimFacts, limit = MAX_PASSAGES, workspace?: WorkspaceIndex): Passage[] {
  const literal = claim.node.value?.literal;
  const set = claim.set;
  if (!literal || !set || set.kind === "text") return [];
  const figures = figuresOf(article, claim.source?.fields.published?.value);
  const need = claimNeed(workspace, claim);
  const words = metricWords(workspace, claim);
  const chrome = chromeOf(article.text, article.folded());
  const quoted = quotedElsewhere(workspace, article.uri, article.folded(), claim);
  const scored: { passage: Passage; score: number }[] = [];
  const seen = new Set<string>();
  for (const figure of figures) {
    // An implicit one («مدة سنة», «un mort») tells that a quote states a figure; it is not offered to cite.
    if (figure.implicit || !figureStates(figure, set, literal) || !statesWritten(figure, literal)) continue;
    const fit = kindFit(need, figure, literal);
    if (fit === -Infinity) continue;
    const passage = passageAround(article, figures, figure, claim);
    const key = `${passage.start}:${passage.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The quote must not bring a `figure-not-in-quote` of its own once it is read alone.
    if (quoteStatesValue(passage.text, set, literal).states === false) continue;
    const exact = isWrittenValue(figure, formatLiteral(literal), literal.kind);
    const score =
      (exact ? 4 : 0) +
      2 * namedQualifiers(figures, passage, claim) +
      (passage.unique ? 3 : 0) +
      fit +
      metricFit(words, article.text, figure) +
      (inChrome(chrome, figure) ? -CHROME_PENALTY : 0) +
      (inChrome(quoted, figure) ? -QUOTED_PENALTY : 0);
    scored.push({ passage, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.passage.start - b.passage.start)
    .slice(0, limit)
    .map((s) => s.passage);
}

/** What a figure another claim already quotes loses: as much as a passage that stands twice. */
const QUOTED_PENALTY = 3;

/** What a figure in the page chrome loses: more than any passage of the body can gain over another. */
const CHROME_PENALTY = 20;

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
  // A bound is written as a bound: «المئات» reaches from 100 but does not write «>100».
  if (kind === "bound") return figure.kind === "bound" && (figure.min !== undefined ? written.endsWith(String(figure.min)) : written.endsWith(String(figure.max)));
  // A year is written as itself whether the reader took it for a year or a count.
  return String(figure.value) === written.replace(/^~/, "") || figure.date === written;
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
