/**
 * What the ranking of citable passages (passages.ts) knows beyond the passage itself: the words
 * the workspace uses for a metric, the kind of figure a claim can cite, and which lines of an
 * article are page chrome rather than its body. Pure functions and bounded memos.
 */
import type { ClaimFacts } from "../model/facts";
import type { ValueLiteral } from "../syntax/ast";
import { foldedName } from "../model/facts";
import type { Figure } from "../text/figures";
import { foldKey, type FoldedText } from "../text/fold";
import { findQuote } from "../text/quoteMatch";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";

/** How many claims of one metric the words are learned from, and how many metrics are remembered. */
const MAX_CLAIMS_READ = 200;
const MAX_METRICS_KEPT = 256;

/** Words too common to tell one metric from another (folded, prefixes stripped). */
const STOP_WORDS = new Set(
  "في من على الى عن مع التي الذي الذين هذا هذه ذلك تلك ان او ما كان كانت قد تم بين حيث بعد قبل منذ خلال حتى عند كل بعض نحو حوالي اكثر اقل سنه عام les des une dans pour par avec sur qui que est sont été the and for with from that this were was has have into over".split(" "),
);

/** Folded words of `text`, with the clitics (و ف ب ل ك and the article ال) stripped and stop words left out. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of foldKey(text).toLowerCase().split(/[^\p{L}]+/u)) {
    const word = stem(raw);
    if (word.length >= 3 && !STOP_WORDS.has(word)) out.push(word);
  }
  return out;
}

function stem(word: string): string {
  let w = word.replace(/^[وف]?(?:[بلك])?(?:ال)?/u, "");
  if (w.length < 3) w = word;
  // Plural and dual endings, so that «أشخاص»/«شخصا» and «خلايا»/«خلية» stay apart but «موقوفين»/«موقوفون» meet.
  return w.replace(/(?:ين|ون|ان|ات|ا)$/u, "").replace(/(?:s|es)$/u, "") || w;
}

interface Learned {
  readonly generation: number;
  readonly words: Map<string, Set<string>>;
  readonly ordinal: Map<string, boolean>;
}

const memos = new WeakMap<WorkspaceIndex, Learned>();

function memoOf(workspace: WorkspaceIndex): Learned {
  let memo = memos.get(workspace);
  if (!memo || memo.generation !== workspace.generation) memos.set(workspace, (memo = { generation: workspace.generation, words: new Map(), ordinal: new Map() }));
  return memo;
}

/**
 * The words of a metric: its name's own words, its declared labels and aliases, and the words of
 * the quotes of the workspace's claims about it (every `arrested` quote says توقيف, أشخاص…).
 * Learned once per metric and generation of the index, from at most {@link MAX_CLAIMS_READ} claims.
 */
export function metricWords(workspace: WorkspaceIndex | undefined, claim: ClaimFacts): ReadonlySet<string> {
  const written = claim.metric.text;
  const own = new Set(contentWords(written.replace(/_/g, " ")));
  if (!workspace || !written) return own;
  const folded = foldedName(written);
  const memo = memoOf(workspace);
  let words = memo.words.get(folded);
  if (words) return words;
  words = own;
  const declaration = workspace.metricDeclaration(folded);
  if (declaration) {
    for (const name of [declaration.name, ...declaration.aliases]) for (const w of contentWords(name.replace(/_/g, " "))) words.add(w);
    for (const label of Object.values(declaration.labels)) if (label) for (const w of contentWords(label)) words.add(w);
  }
  let ordinals = 0;
  let read = 0;
  const seenIn = new Map<string, number>();
  for (const uri of workspace.vocabulary.filesUsing(folded)) {
    for (const other of workspace.entry(uri)?.facts.claims ?? []) {
      if (read >= MAX_CLAIMS_READ) break;
      // Every quote of the metric, the asking claim's too: what is learned must not depend on which claim asked first.
      if (!other.quote || foldedName(other.metric.text) !== folded) continue;
      read++;
      for (const w of new Set(contentWords(other.quote.value))) seenIn.set(w, (seenIn.get(w) ?? 0) + 1);
      if (ORDINAL_WORDS.test(other.quote.value)) ordinals++;
    }
  }
  // A word tells the metric when it recurs across its quotes (a third of them, and two at least when
  // there are three): with many quotes, one quote's own words are noise («year» is quoted everywhere).
  const needed = read >= 3 ? Math.max(2, Math.ceil(read / 3)) : 1;
  for (const [w, n] of seenIn) if (n >= needed) words.add(w);
  if (memo.words.size >= MAX_METRICS_KEPT) {
    memo.words.clear();
    memo.ordinal.clear();
  }
  memo.words.set(folded, words);
  // A metric counts ranks when most of its quotes say an ordinal (one «الأول» among counts does not make it one).
  memo.ordinal.set(folded, read >= 2 && ordinals * 2 > read);
  return words;
}

/** Words that say a metric counts a rank or a position (a round, an act, a quarter), not things. */
const ORDINAL_NAME = /(?:^|_)(?:rank|ordinal|order|tier|act|acte|round|quarter|grade|edition|position|place|level|stage|phase|session|number|trimestre|rang|ترتيب|مرتبة|المرتبة|دورة|الدورة|فصل|الفصل|نسخة|النسخة|مستوى|جولة|الجولة)(?:_|$)/iu;

/** Ordinal words in a quote (الرابعة, quatrième, 5e, fourth): a metric whose quotes say them counts ranks. */
const ORDINAL_WORDS = /(?:ال)?(?:أول|اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)(?:ة|ى)?(?=\s|$|[،,.])|\b\d+(?:e|ème|er|ère|th|st|nd|rd)\b|\b(?:premi|deuxi|troisi|quatri|cinqui|sixi|septi|huiti|neuvi|dixi)\w*|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/iu;

/** Words that say a metric is a year or a date. */
const YEAR_NAME = /(?:^|_)(?:year|years|date|day|annee|année|an|سنة|السنة|عام|العام|تاريخ)(?:_|$)/iu;

export type ClaimNeed = "count" | "rank" | "year" | "date" | "other";

/**
 * What kind of figure a claim can cite: a count never cites an ordinal or a date, a rank cites an
 * ordinal, a year cites a year (not a count), a date a date.
 */
export function claimNeed(workspace: WorkspaceIndex | undefined, claim: ClaimFacts): ClaimNeed {
  const literal = claim.node.value?.literal;
  if (!literal) return "other";
  if (literal.kind === "date") return "date";
  const name = claim.metric.text;
  const value = literal.kind === "number" ? literal.value : undefined;
  if (YEAR_NAME.test(name) && value !== undefined && Number.isInteger(value) && value >= 1000 && value <= 2200) return "year";
  if (ORDINAL_NAME.test(name)) return "rank";
  if (workspace && name) {
    metricWords(workspace, claim);
    if (memoOf(workspace).ordinal.get(foldedName(name))) return "rank";
  }
  return literal.kind === "number" || literal.kind === "range" || literal.kind === "bound" ? "count" : "other";
}

/** How well a figure's kind fits what the claim needs (a vague amount fits a count loosely): 0 fits, a negative number does not (never cited when -Infinity). */
export function kindFit(need: ClaimNeed, figure: Figure, literal: ValueLiteral): number {
  switch (need) {
    case "count":
      if (figure.kind === "ordinal") return -Infinity;
      // «عشرات», «des centaines» only say the order of a count: a stated number comes first.
      if (figure.kind === "vague") return -3;
      // A count that looks like a year (2011 migrants) may be read as one: it loses, but stays offered.
      if (figure.kind === "date") return literal.kind === "number" && literal.value >= 1000 && literal.value <= 2200 ? -3 : -Infinity;
      return 0;
    case "rank":
      return figure.kind === "ordinal" ? 1 : figure.kind === "date" ? -Infinity : 0;
    case "year":
      if (figure.kind === "date") return 0;
      if (figure.kind === "ordinal") return -Infinity;
      // A number with a counted noun («2019 زائرا») is a count; a bare one may be a year the reader did not take for one.
      return figure.unit !== undefined ? -4 : 0;
    default:
      return 0;
  }
}

/** The words next to a figure: its counted noun and up to four words either side, in its sentence. */
export function wordsNear(text: string, figure: Figure): { unit: string[]; near: string[] } {
  const before = text.slice(Math.max(figure.sentence.start, figure.start - 60), figure.start).split(/\s+/u).slice(-4).join(" ");
  const after = text.slice(figure.end, Math.min(figure.sentence.end, figure.end + 60)).split(/\s+/u).slice(0, 5).join(" ");
  return { unit: figure.unit && figure.unit !== "%" ? contentWords(figure.unit) : [], near: [...contentWords(before), ...contentWords(after)] };
}

/** How well the words next to a figure name the metric: its counted noun most, the words around it less. */
export function metricFit(words: ReadonlySet<string>, text: string, figure: Figure): number {
  if (words.size === 0) return 0;
  const { unit, near } = wordsNear(text, figure);
  const score = unit.some((w) => words.has(w)) ? 3 : 0;
  let around = 0;
  for (const w of near) if (words.has(w)) around++;
  return score + Math.min(around, 3);
}

/** The ranges of an article's page chrome, computed once per version of its text. */
const chromeCache = new WeakMap<FoldedText, readonly { start: number; end: number }[]>();

/**
 * The article's page chrome: navigation and ticker lines (many short headlines on one line, split
 * by `|`, `•`, `·` or dashes), and the lines above the headline when the article opens with a run
 * of short lines (a ticker of headlines) or a date line.
 */
export function chromeOf(text: string, folded: FoldedText): readonly { start: number; end: number }[] {
  const known = chromeCache.get(folded);
  if (known) return known;
  const lines: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() !== "") lines.push({ start: at, end: at + line.length, text: line.trim() });
    at += line.length + 1;
  }
  const out: { start: number; end: number }[] = [];
  for (const line of lines) if (isTickerLine(line.text)) out.push(line);
  // The opening run of short lines: everything above its last line (the headline) is chrome.
  let run = 0;
  while (run < lines.length && isShortLine(lines[run]!.text)) run++;
  const dateLine = lines.slice(0, Math.min(run + 1, lines.length)).findIndex((l) => isDateLine(l.text));
  const headline = dateLine > 0 ? dateLine - 1 : run >= 3 ? run - 1 : 0;
  for (let i = 0; i < headline; i++) out.push(lines[i]!);
  chromeCache.set(folded, out);
  return out;
}

function words(line: string): number {
  return line.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isShortLine(line: string): boolean {
  return words(line) <= 10 && !/[.!?؟]$/u.test(line);
}

function isTickerLine(line: string): boolean {
  const parts = line.split(/\s*(?:\||•|·|▪|►|■|\s[-–—]\s)\s*/u).filter((p) => p.trim() !== "");
  return parts.length >= 3 && parts.every((p) => words(p) <= 10);
}

/** A line that is a date and little else («الأحد 8 يونيو 2024», «08/06/2024 - 10:30», «Publié le 8 juin 2024»). */
function isDateLine(line: string): boolean {
  if (words(line) > 8) return false;
  return /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/u.test(line) || /\d{1,2}\s+\S+\s+\d{4}/u.test(line);
}

/**
 * The places of `articleUri` that the workspace's other claims already quote (at most
 * {@link MAX_CLAIMS_READ} of them): a figure another claim cites is seldom the one a new claim wants.
 */
export function quotedElsewhere(workspace: WorkspaceIndex | undefined, articleUri: string | undefined, folded: FoldedText, claim: ClaimFacts): { start: number; end: number }[] {
  if (!workspace || !articleUri) return [];
  const out: { start: number; end: number }[] = [];
  let read = 0;
  for (const uri of workspace.claimsNaming(articleUri)) {
    const entry = workspace.entry(uri);
    if (!entry) continue;
    for (const other of entry.facts.claims) {
      if (read >= MAX_CLAIMS_READ) return out;
      if (other === claim || other.start === claim.start || !other.quote || !other.source) continue;
      const link = entry.links.get(other.source.index);
      if (link?.kind !== "inside" || link.uri !== articleUri) continue;
      read++;
      for (const m of findQuote(folded, other.quote.value)) out.push(m);
    }
  }
  return out;
}

/** Whether `figure` stands in the article's chrome. */
export function inChrome(chrome: readonly { start: number; end: number }[], figure: Figure): boolean {
  return chrome.some((c) => figure.start >= c.start && figure.end <= c.end);
}
