/**
 * `unknown-source`: replace the id with the nearest one the workspace defines (edit distance),
 * or create the source block. The block goes in a new file `<id>.claims` beside the claims file,
 * the corpus's convention (one source per file, named after it, as `bcij-statement-2024-06-06.claims`
 * is), prefilled from an article `<id>.txt` or `<id>.md` beside it when there is one; when that
 * file exists already, the block is added at its end; when the editor cannot create files, at
 * the end of this file. For `@id/claim` naming a claim the source lacks, the nearest claim id.
 * "Fix all" replaces an id when exactly one near id exists.
 */
import { Utils, URI } from "vscode-uri";
import { said } from "../../messages";
import type { Problem } from "../../model/problem";
import type { Field } from "../../syntax/ast";
import { editDistance } from "../../syntax/fieldNames";
import { isolate } from "../../text/bidi";
import { relativePath } from "../../workspace/paths";
import type { ClaimsEntry } from "../../workspace/workspaceIndex";
import { fieldIndent, lineEnding } from "../claimsText";
import { endsWithBreak } from "../../text/lineEnds";
import { edits, type CodeAction, type TextEdit } from "../edit";
import { sourceBlockLines, type ArticleBeside } from "../sourceBlock";
import { claimAt, quickFix, type Fix, type FixContext } from "./fix";

/** Near ids offered at most. */
const MAX_NEAR = 3;

export const unknownSourceFix: Fix = {
  codes: ["unknown-source"],
  async actions(context, problem) {
    const target = targetOf(context, problem);
    if (!target) return [];
    const near = nearIds(context, target);
    const actions: CodeAction[] = near.map((id) =>
      quickFix(said("Replace with `{0}`", isolate(target.claimId === undefined ? `@${id}` : `@${target.id}/${id}`)), problem, edits(replace(context, target, id)), { isPreferred: near.length === 1 }),
    );
    if (target.claimId === undefined) actions.push(await createSource(context, problem, target.id));
    return actions;
  },
  safeEdits(context, problem) {
    const target = targetOf(context, problem);
    if (!target) return undefined;
    const near = nearIds(context, target);
    return near.length === 1 && near[0] !== undefined ? [replace(context, target, near[0])] : undefined;
  },
};

interface Target {
  readonly via: Field;
  readonly id: string;
  /** Set when the source exists but has no claim with this id. */
  readonly claimId: string | undefined;
}

function targetOf(context: FixContext, problem: Problem): Target | undefined {
  const id = problem.data?.["id"];
  const claimId = problem.data?.["claimId"];
  if (typeof id !== "string") return undefined;
  const via = claimAt(context.entry, problem.start)?.vias.find((v) => v.valueSpan.start === problem.start);
  if (!via) return undefined;
  return { via, id, claimId: typeof claimId === "string" ? claimId : undefined };
}

/** The known ids (or claim ids of the source) within edit distance of the unknown one, nearest first. */
function nearIds(context: FixContext, target: Target): string[] {
  const wanted = target.claimId ?? target.id;
  const known = target.claimId === undefined ? sourceIds(context) : claimIds(context, target.id);
  const limit = Math.max(2, Math.floor(wanted.length / 4));
  return [...known]
    .map((id) => ({ id, distance: editDistance(wanted, id) }))
    .filter((c) => c.distance <= limit && c.id !== wanted)
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_NEAR)
    .map((c) => c.id);
}

function sourceIds(context: FixContext): Set<string> {
  const ids = new Set<string>();
  for (const uri of context.workspace.claimsFiles()) for (const s of context.workspace.entry(uri)?.facts.sources ?? []) if (s.id) ids.add(s.id);
  return ids;
}

function claimIds(context: FixContext, sourceId: string): Set<string> {
  const ids = new Set<string>();
  for (const uri of context.workspace.sourceDefiners(sourceId)) {
    for (const c of context.workspace.entry(uri)?.facts.claims ?? []) if (c.source?.id === sourceId && c.claimIdValue !== undefined) ids.add(c.claimIdValue);
  }
  return ids;
}

/** Replaces the id (or the claim id after `/`) in `via: @id/claim`, nothing else. */
function replace(context: FixContext, target: Target, id: string): TextEdit {
  const at = target.via.valueSpan.start + 1 + (target.claimId === undefined ? 0 : target.id.length + 1);
  const length = (target.claimId ?? target.id).length;
  return { uri: context.entry.uri, start: at, end: at + length, newText: id };
}

async function createSource(context: FixContext, problem: Problem, id: string): Promise<CodeAction> {
  const { entry, workspace } = context;
  const folder = Utils.dirname(URI.parse(entry.uri));
  const fileUri = Utils.joinPath(folder, `${id}.claims`).toString();
  const article = await articleBeside(context, folder, id);
  const existing = workspace.entry(fileUri);
  const name = relativePath(workspace.rootUri, fileUri);
  if (existing || !context.options.canCreateFiles) {
    // Added at the end of `<id>.claims` if it exists, else of this file; `text:` is relative to
    // that file, which stands in the same folder as the article either way.
    const host = existing ?? entry;
    const eol = lineEnding(host.text);
    const lines = sourceBlockLines(id, article, indentOf(host));
    const gap = host.text.length === 0 ? "" : endsWithBreak(host.text) ? eol : `${eol}${eol}`;
    const edit: TextEdit = { uri: host.uri, start: host.text.length, end: host.text.length, newText: `${gap}${lines.join(eol)}${eol}` };
    const title = existing ? said("Add source `{0}` to {1}", isolate(id), name) : said("Add source `{0}` at the end of this file", isolate(id));
    return quickFix(title, problem, edits(edit));
  }
  const eol = lineEnding(entry.text);
  const lines = sourceBlockLines(id, article, indentOf(entry));
  return quickFix(said("Create source `{0}` in {1}", isolate(id), name), problem, { creates: [fileUri], edits: [{ uri: fileUri, start: 0, end: 0, newText: `${lines.join(eol)}${eol}` }] });
}

async function articleBeside(context: FixContext, folder: URI, id: string): Promise<ArticleBeside | undefined> {
  for (const extension of [".txt", ".md"]) {
    const path = `${id}${extension}`;
    const text = await context.readText(Utils.joinPath(folder, path).toString());
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

function indentOf(entry: ClaimsEntry): string {
  const file = entry.facts.file;
  const block = file.sources[0] ?? file.claims[0];
  return block ? fieldIndent(entry.text, block, file) : "  ";
}
