/**
 * "Claim this figure": from a figure selected in an article, a claim stub with its quote filled
 * in, added to the claims file beside the article. That file is the one whose source's `text:`
 * names the article (the claim goes after that source's last claim); else `<article>.claims`
 * beside it, with a source block prefilled from the article (created, or added at its end when it
 * exists). The metric name is a guess from the counted noun, to type over: the host selects it.
 */
import { Utils, URI } from "vscode-uri";
import type { SourceFacts } from "../model/facts";
import { said, type Message } from "../messages";
import { isolate } from "../text/bidi";
import type { Figure } from "../text/figures";
import { fold } from "../text/fold";
import { wholeWords } from "../text/reanchor";
import { LineIndex, type Range } from "../text/lineIndex";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import { fieldIndent, lineEnd, lineEnding, lineStart, quoteValue } from "./claimsText";
import { endsWithBreak } from "../text/lineEnds";
import { applyTextEdits, type ActionOptions, type TextEdit, type WorkspaceEdit } from "./edit";
import { claimValueOf } from "./figureValues";
import { figuresOf, passageAround, passageOf, type ArticleText, type Passage } from "./passages";
import { idFromName, sourceBlockLines } from "./sourceBlock";

export type ClaimFigureOutcome =
  | {
      readonly ok: true;
      readonly title: string;
      readonly edit: WorkspaceEdit;
      /** The new claim's metric name once the edit is made: the host selects it, to be typed over. */
      readonly reveal: { readonly uri: string; readonly range: Range };
    }
  | { readonly ok: false; readonly message: string; readonly l10n: Message };

/** A selection of at least this many words, beyond the figure, is quoted as selected. */
const MIN_SELECTED_WORDS = 3;

/** Adds a claim of the figure selected at `[start, end)` of the article to the claims file beside it. */
export function claimFigure(workspace: WorkspaceIndex, articleUri: string, articleText: string, start: number, end: number, options: Pick<ActionOptions, "canCreateFiles">): ClaimFigureOutcome {
  const named = namingSource(workspace, articleUri);
  // The index's folded article when it holds this very text, so that its figures are read once.
  const known = workspace.article(articleUri);
  const article: ArticleText = known?.text === articleText ? known : { text: articleText, folded: memo(() => fold(articleText)) };
  const figures = figuresOf(article, named?.source.fields.published?.value);
  const figure = figures.find((f) => !f.implicit && (start === end ? f.start <= start && start <= f.end : f.start < end && start < f.end));
  const value = figure ? claimValueOf(figure) : undefined;
  if (!figure || value === undefined) return { ok: false, ...said("no figure in the selection: select a figure of the article, such as 13 or أربعة") };
  const selected = articleText.slice(start, end).trim();
  const passage = selected.split(/\s+/u).length >= MIN_SELECTED_WORDS && (start < figure.start || end > figure.end) ? wordsOf(article, figure, start, end) : passageAround(article, figures, figure);
  const metric = metricFor(figure.unit);
  const header = `claim ${metric} = ${value}`;
  const title = said("Claim {0} as {1}", isolate(figure.text), isolate(header));

  if (named) {
    const { entry, source } = named;
    const text = entry.text;
    const eol = lineEnding(text);
    const claims = entry.facts.claims.filter((c) => c.source === source);
    const last = claims[claims.length - 1];
    const at = lineEnd(text, Math.max(source.node.end, last?.node.end ?? 0));
    const headerIndent = last ? text.slice(lineStart(text, last.node.start), last.node.start) : "";
    const newText = `${eol}${headerIndent}${header}${eol}${fieldIndent(text, last?.node ?? source.node, entry.facts.file)}quote: ${quoteValue(passage.text)}`;
    const edit: TextEdit = { uri: entry.uri, start: at, end: at, newText };
    const metricAt = at + eol.length + headerIndent.length + "claim ".length;
    return { ok: true, title: title.message, edit: { creates: [], edits: [edit] }, reveal: reveal(entry.uri, text, edit, metricAt, metric) };
  }

  const articleName = Utils.basename(URI.parse(articleUri));
  const base = articleName.replace(/\.[^.]*$/u, "");
  const fileUri = Utils.joinPath(Utils.dirname(URI.parse(articleUri)), `${base}.claims`).toString();
  const existing = workspace.entry(fileUri);
  if (!existing && !options.canCreateFiles) return { ok: false, ...said("no claims file names this article, and the editor cannot create {0}", `${base}.claims`) };
  const text = existing?.text ?? "";
  const eol = existing ? lineEnding(text) : "\n";
  const indent = "  ";
  const block = [...sourceBlockLines(idFromName(base), { path: articleName, text: articleText }, indent), "", header, `${indent}quote: ${quoteValue(passage.text)}`];
  const gap = text.length === 0 ? "" : endsWithBreak(text) ? eol : `${eol}${eol}`;
  const newText = `${gap}${block.join(eol)}${eol}`;
  const edit: TextEdit = { uri: fileUri, start: text.length, end: text.length, newText };
  const metricAt = text.length + newText.indexOf(`${eol}${header}`) + eol.length + "claim ".length;
  const creates = existing ? [] : [fileUri];
  return { ok: true, title: title.message, edit: { creates, edits: [edit] }, reveal: reveal(fileUri, text, edit, metricAt, metric) };
}

/** The source whose `text:` names the article: in the claims file of the same name first, else the first by URI. */
function namingSource(workspace: WorkspaceIndex, articleUri: string): { entry: ClaimsEntry; source: SourceFacts } | undefined {
  const found: { entry: ClaimsEntry; source: SourceFacts }[] = [];
  for (const uri of workspace.claimsFiles()) {
    const entry = workspace.entry(uri);
    for (const source of entry?.facts.sources ?? []) {
      const link = entry?.links.get(source.index);
      if (entry && link?.kind === "inside" && link.uri === articleUri) found.push({ entry, source });
    }
  }
  const twin = articleUri.replace(/\.[^./]*$/u, ".claims");
  return found.sort((a, b) => Number(b.entry.uri === twin) - Number(a.entry.uri === twin) || (a.entry.uri < b.entry.uri ? -1 : 1))[0];
}

/** A metric name from the counted noun (`خلية`, `cellules`), or `figure` when there is none. */
function metricFor(unit: string | undefined): string {
  if (unit === "%") return "percent";
  const id = unit?.trim().replace(/[^\p{L}\p{M}\p{N}_]+/gu, "_").replace(/^_+|_+$/gu, "");
  return id && /^[\p{L}\p{M}\p{N}_]/u.test(id) ? id : "figure";
}

/** Where the metric name stands in the file once `edit` is made. */
function reveal(uri: string, before: string, edit: TextEdit, metricAt: number, metric: string): { uri: string; range: Range } {
  const after = applyTextEdits(before, [edit]);
  return { uri, range: new LineIndex(after).range(metricAt, metricAt + metric.length) };
}

/** The selection as the passage to quote, widened to whole words. */
function wordsOf(article: ArticleText, figure: Figure, start: number, end: number): Passage {
  const range = wholeWords(article.text, { start, end });
  return passageOf(article, figure, range.start, range.end);
}

function memo<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
