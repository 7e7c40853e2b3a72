/**
 * "Draft claims for this article": every figure of the article that no claim (or draft) quotes
 * yet becomes a claim marked `status: draft`, under the source whose `text:` names the article;
 * else in `<article>.claims` beside it, with a source block filled from what the article states
 * (its heading: title and date, as the `undated-source` fix reads them). A draft carries the value
 * read, the qualifiers found in its sentence (a year or a date, a qualifier value the workspace
 * already uses), a metric guessed from the workspace's quotes that share the counted noun, and the
 * passage that states it (as "Claim this figure" and the quote fixes pick it). Drafts are left
 * out of every check until confirmed (model/facts.ts), so a draft is never noise.
 *
 * Lines already in the file are never changed: the drafts are inserted after the source's last
 * claim, or the source block goes at the end of the file.
 */
import { Utils, URI } from "vscode-uri";
import type { ClaimFacts } from "../model/facts";
import { said, type Message } from "../messages";
import { TIME_KEYS } from "../model/timeWindow";
import type { Figure } from "../text/figures";
import { fold, foldKey } from "../text/fold";
import { findQuote } from "../text/quoteMatch";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import { articleHeading } from "./articleHeading";
import { fieldIndent, lineEnd, lineEnding, quoteValue } from "./claimsText";
import { metricFor, namingSource } from "./claimFigure";
import type { TextEdit, WorkspaceEdit } from "./edit";
import { claimValueOf } from "./figureValues";
import { figuresOf, passageAround, type ArticleText } from "./passages";
import { idFromName, sourceBlockLines } from "./sourceBlock";

/** The field that marks a draft, and its one value. */
export const DRAFT_FIELD = "status: draft";

export interface DraftRequest {
  /** The source to draft under: one of that id among those naming the article, or the id of a new block. */
  readonly sourceId?: string;
  /** Whether the host may create `<article>.claims` (LSP `resourceOperations: ["create"]`; the CLI may). */
  readonly canCreateFiles: boolean;
}

/** One drafted claim: its header, and where its figure stands in the article. */
export interface Draft {
  readonly header: string;
  /** The value as written in the header (`7`, `21..41`, `2024-06-06`). */
  readonly value: string;
  readonly quote: string;
  /** Where the quoted passage stands in the article. */
  readonly passage: { readonly start: number; readonly end: number };
  readonly figure: Figure;
}

export type DraftOutcome =
  | {
      readonly ok: true;
      readonly title: string;
      readonly l10n: Message;
      /** The claims file the drafts go to, and whether it is created. */
      readonly uri: string;
      readonly creates: boolean;
      readonly drafts: readonly Draft[];
      /** Empty when there is nothing left to draft. */
      readonly edit: WorkspaceEdit;
    }
  | { readonly ok: false; readonly message: string; readonly l10n: Message };

/** Drafts the claims of every figure of the article not quoted yet. */
export function draftClaims(workspace: WorkspaceIndex, articleUri: string, articleText: string, request: DraftRequest): DraftOutcome {
  const known = workspace.article(articleUri);
  const article: ArticleText = known?.text === articleText ? known : { text: articleText, folded: memo(() => fold(articleText)) };
  const named = namingSource(workspace, articleUri, request.sourceId);
  const articleName = Utils.basename(URI.parse(articleUri));
  const base = articleName.replace(/\.[^.]*$/u, "");
  const fileUri = named?.entry.uri ?? Utils.joinPath(Utils.dirname(URI.parse(articleUri)), `${base}.claims`).toString();
  const existing = named?.entry ?? workspace.entry(fileUri);
  if (!existing && !request.canCreateFiles) return { ok: false, ...said("no claims file names this article, and the editor cannot create {0}", `${base}.claims`) };

  const heading = articleHeading(articleText);
  const sourceId = named?.source.id ?? request.sourceId ?? idFromName(base);
  const published = named ? named.source.published : (/(\d{4}-\d{2}-\d{2})(?!\d)/.exec(sourceId)?.[1] ?? heading.date?.iso);
  const figures = figuresOf(article, published);
  const quoted = quotedPlaces(workspace, articleUri, article, existing);
  const context = workspaceWords(workspace);
  const drafts: Draft[] = [];
  for (const figure of figures) {
    if (!draftable(figure)) continue;
    // The date line of the heading dates the article: it is the source's `published:`, not a claim.
    if (heading.date && figure.start < heading.date.end && heading.date.start < figure.end) continue;
    if (quoted.some((p) => figure.start >= p.start && figure.end <= p.end)) continue;
    const value = claimValueOf(figure);
    if (value === undefined) continue;
    const passage = passageAround(article, figures, figure);
    // «شرطيان اثنان» reads as two figures of one count: one draft of it is enough.
    if (drafts.some((d) => d.value === value && d.passage.start === passage.start && d.passage.end === passage.end)) continue;
    const qualifiers = qualifiersNear(figure, figures, articleText, context);
    const metric = metricOf(figure, context);
    const written = qualifiers.length > 0 ? ` {${qualifiers.map(([k, v]) => `${k}: ${v}`).join(", ")}}` : "";
    drafts.push({ header: `claim ${metric}${written} = ${value}`, value, quote: passage.text, passage: { start: passage.start, end: passage.end }, figure });
  }
  const title = said("Draft claims for this article: {0}", drafts.length);
  const outcome = { ok: true as const, title: title.message, l10n: title.l10n, uri: fileUri, drafts };
  if (drafts.length === 0) return { ...outcome, creates: false, edit: { creates: [], edits: [] } };

  if (named) {
    const { entry, source } = named;
    const text = entry.text;
    const eol = lineEnding(text);
    const own = [...entry.facts.claims, ...entry.facts.drafts].filter((c) => c.source?.index === source.index);
    const last = own.reduce<ClaimFacts | undefined>((a, c) => (!a || c.node.end > a.node.end ? c : a), undefined);
    const at = lineEnd(text, Math.max(source.node.end, last?.node.end ?? 0));
    const indent = fieldIndent(text, last?.node ?? source.node, entry.facts.file);
    const lines = drafts.flatMap((d) => draftLines(d, indent));
    const edit: TextEdit = { uri: entry.uri, start: at, end: at, newText: lines.map((l) => `${eol}${l}`).join("") };
    return { ...outcome, creates: false, edit: { creates: [], edits: [edit] } };
  }
  const text = existing?.text ?? "";
  const eol = existing ? lineEnding(text) : "\n";
  const indent = "  ";
  const block = [...sourceBlockLines(sourceId, { path: articleName, text: articleText }, indent, published), ...drafts.flatMap((d) => ["", ...draftLines(d, indent)])];
  const gap = text.length === 0 ? "" : text.endsWith("\n") ? eol : `${eol}${eol}`;
  const edit: TextEdit = { uri: fileUri, start: text.length, end: text.length, newText: `${gap}${block.join(eol)}${eol}` };
  return { ...outcome, creates: !existing, edit: { creates: existing ? [] : [fileUri], edits: [edit] } };
}

function draftLines(d: Draft, indent: string): string[] {
  return [d.header, `${indent}${DRAFT_FIELD}`, `${indent}quote: ${quoteValue(d.quote)}`];
}

/**
 * Whether a figure is one to claim: not an implicit one (a quote's helper, never a figure to
 * claim), an ordinal (a rank, not a count), a clock time, a Hijri date with no Gregorian one, or
 * a relative date with no publication date to resolve it.
 */
function draftable(f: Figure): boolean {
  if (f.implicit || f.kind === "ordinal" || f.kind === "time") return false;
  if (f.kind === "date") return f.date !== undefined;
  return true;
}

/** Where the quotes of the claims and drafts naming the article stand in it: figures there are claimed already. */
function quotedPlaces(workspace: WorkspaceIndex, articleUri: string, article: ArticleText, target: ClaimsEntry | undefined): { start: number; end: number }[] {
  const uris = new Set(workspace.claimsNaming(articleUri));
  if (target) uris.add(target.uri);
  const places: { start: number; end: number }[] = [];
  for (const uri of uris) {
    const entry = workspace.entry(uri);
    if (!entry) continue;
    for (const claim of [...entry.facts.claims, ...entry.facts.drafts]) {
      const link = claim.source ? entry.links.get(claim.source.index) : undefined;
      // A file beside the article whose source names no text yet quotes it too, as the drafts it got.
      if (!claim.quote || (link && (link.kind !== "inside" || link.uri !== articleUri))) continue;
      places.push(...findQuote(article.folded(), claim.quote.value));
    }
  }
  return places;
}

/** What the workspace already says: the words each metric's quotes use, and the qualifier values in use. */
interface WorkspaceWords {
  /** Per metric as written most, the folded words of its quotes (each counted once per quote). */
  readonly metricWords: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Text qualifier values in use (not time keys, not numbers): key as written, value as written, folded value. */
  readonly places: readonly { key: string; value: string; folded: string }[];
}

function workspaceWords(workspace: WorkspaceIndex): WorkspaceWords {
  const metricWords = new Map<string, Map<string, number>>();
  for (const uri of workspace.claimsFiles()) {
    for (const claim of workspace.entry(uri)?.facts.claims ?? []) {
      if (!claim.quote || !claim.metric.text) continue;
      const metric = workspace.vocabulary.metricUse(foldKey(claim.metric.text))?.written ?? claim.metric.text;
      let words = metricWords.get(metric);
      if (!words) metricWords.set(metric, (words = new Map()));
      for (const w of new Set(wordsOf(claim.quote.value))) words.set(w, (words.get(w) ?? 0) + 1);
    }
  }
  const places: { key: string; value: string; folded: string }[] = [];
  for (const key of workspace.vocabulary.qualifierKeys(undefined)) {
    if (TIME_KEYS.has(foldKey(key.written))) continue;
    for (const value of workspace.vocabulary.qualifierValues(key.written, undefined)) {
      const bare = value.written.replace(/^["«]|["»]$/gu, "");
      // Numbers, dates and identifiers with digits name no place: only words are looked for in the text.
      if (/\d/u.test(bare) || !/\p{L}/u.test(bare)) continue;
      places.push({ key: key.written, value: value.written, folded: foldKey(bare) });
    }
  }
  return { metricWords, places };
}

/** Arabic clitics a word may carry before its stem: the article, and و/ب/ل/ف before it. */
const CLITICS = /^(?:[وفبل]?ال|[وفبل])(?=\p{L}{3})/u;

/** The folded words of a text, without the Arabic article and clitics. */
function wordsOf(text: string): string[] {
  return foldKey(text)
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 1)
    .map((w) => w.replace(CLITICS, ""));
}

/**
 * The metric of a draft: the workspace metric whose quotes use the counted noun most often; else
 * a name made from the noun (folded, snake case); `year` or `date` for a date; `percent` for one.
 */
function metricOf(figure: Figure, context: WorkspaceWords): string {
  const noun = figure.unit && figure.unit !== "%" ? wordsOf(figure.unit)[0] : undefined;
  if (noun) {
    let best: { metric: string; uses: number } | undefined;
    for (const [metric, words] of context.metricWords) {
      const uses = words.get(noun) ?? 0;
      if (uses > 0 && (!best || uses > best.uses || (uses === best.uses && metric < best.metric))) best = { metric, uses };
    }
    if (best) return best.metric;
  }
  if (figure.kind === "date" && !figure.unit) return figure.date?.length === 4 ? "year" : "date";
  return metricFor(figure.unit === undefined ? undefined : foldKey(figure.unit).toLowerCase());
}

/**
 * The qualifiers of a draft from its sentence: the year (or the full date) another figure of the
 * sentence states, and each qualifier value of the workspace the sentence names as whole words.
 */
function qualifiersNear(figure: Figure, figures: readonly Figure[], text: string, context: WorkspaceWords): [string, string][] {
  const out: [string, string][] = [];
  const { start, end } = figure.sentence;
  if (figure.kind !== "date") {
    const dates = figures.filter((f) => f !== figure && f.kind === "date" && f.date !== undefined && f.sentence.start === start && !f.implicit);
    const nearest = dates.sort((a, b) => Math.abs(a.start - figure.start) - Math.abs(b.start - figure.start))[0];
    if (nearest?.date) out.push(nearest.date.length === 4 ? ["year", nearest.date] : ["date", nearest.date]);
  }
  const sentence = ` ${wordsOf(text.slice(start, end)).join(" ")} `;
  for (const place of context.places) {
    if (out.some(([k]) => foldKey(k) === foldKey(place.key))) continue;
    const words = wordsOf(place.folded).join(" ");
    if (words && sentence.includes(` ${words} `)) out.push([place.key, place.value]);
  }
  return out;
}

function memo<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
