/**
 * Rename across the workspace, in one edit: a source id (its `source` header or headers, and
 * every `via: @id` and `@id/claim`), or a metric name (every claim header using it, spelled any
 * way that folds to the same name, and the declarations that write it: its `metric` header, an
 * `alias:` or a `part-of:`). A metric's aliases are other names: they keep theirs. Nothing else
 * can be renamed.
 */
import type { TextEdit, WorkspaceEdit } from "../actions/edit";
import { said, type Message } from "../messages";
import type { Span } from "../syntax/ast";
import { foldKey } from "../text/fold";
import type { Range } from "../text/lineIndex";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { viaIdSpan, targetAt, type Target } from "./target";

const IDENT = /^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*$/u;

export type RenameRefusal = { readonly error: string; readonly l10n: Message };

/** What a rename at `offset` would rename: the range to edit in place and its current text. */
export function prepareRename(workspace: WorkspaceIndex, uri: string, offset: number): { range: Range; placeholder: string } | RenameRefusal {
  const entry = workspace.entry(uri);
  const target = entry ? renamable(targetAt(entry, offset)) : undefined;
  if (!entry || !target) return refusal("only a source id or a metric name can be renamed");
  return { range: entry.lines.range(target.span.start, target.span.end), placeholder: entry.text.slice(target.span.start, target.span.end) };
}

/** The edit that renames what stands at `offset` to `newName` everywhere in the workspace. */
export function renameAt(workspace: WorkspaceIndex, uri: string, offset: number, newName: string): WorkspaceEdit | RenameRefusal {
  const entry = workspace.entry(uri);
  const target = entry ? renamable(targetAt(entry, offset)) : undefined;
  if (!entry || !target) return refusal("only a source id or a metric name can be renamed");
  if (!IDENT.test(newName)) return refusal("`{0}` is not a name: use letters, digits, `_`, `-` and `.`, starting with a letter, a digit or `_`", newName);
  if (target.kind === "source") {
    if (newName !== target.id && workspace.definitionCount(newName) > 0) return refusal("a source `{0}` already exists: source ids are unique in the workspace", newName);
    return { creates: [], edits: renameSource(workspace, target.id, newName) };
  }
  const catalog = workspace.declarations;
  const declares = (folded: string) => catalog.metricDefinitions(folded).length > 0 || catalog.aliasDefinitions(folded).length > 0;
  const folded = foldKey(newName);
  if (folded !== target.folded && declares(target.folded) && declares(folded)) {
    return refusal("a metric or alias `{0}` is declared already: the two declarations would name one metric twice", newName);
  }
  return { creates: [], edits: [...metricRenameEdits(workspace, target.folded, newName), ...declarationRenameEdits(workspace, target.folded, newName)] };
}

/** Edits that give every declaration writing the folded metric name (header, alias, part-of) the name `newName`. */
export function declarationRenameEdits(workspace: WorkspaceIndex, folded: string, newName: string): TextEdit[] {
  const catalog = workspace.declarations;
  const edits: TextEdit[] = [];
  const add = (uri: string, span: Span) => {
    const entry = workspace.entry(uri);
    if (entry && entry.text.slice(span.start, span.end) !== newName) edits.push({ uri, start: span.start, end: span.end, newText: newName });
  };
  for (const def of catalog.metricDefinitions(folded)) add(def.uri, def.facts.name);
  for (const def of catalog.aliasDefinitions(folded)) for (const alias of def.facts.aliases) if (alias.folded === folded) add(def.uri, alias);
  for (const def of catalog.partOfReferrers(folded)) if (def.facts.partOf) add(def.uri, def.facts.partOf);
  return edits;
}

export function isRefusal(result: object): result is RenameRefusal {
  return "error" in result;
}

function renamable(target: Target | undefined): Extract<Target, { kind: "source" | "metric" }> | undefined {
  return target?.kind === "source" || target?.kind === "metric" ? target : undefined;
}

function renameSource(workspace: WorkspaceIndex, id: string, newName: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const add = (uri: string, span: Span) => edits.push({ uri, start: span.start, end: span.end, newText: newName });
  for (const uri of workspace.sourceDefiners(id)) {
    for (const source of workspace.entry(uri)?.facts.sources ?? []) if (source.id === id) add(uri, source.idToken);
  }
  for (const uri of workspace.sourceReferrers(id)) {
    const entry = workspace.entry(uri);
    for (const claim of entry?.facts.claims ?? []) {
      for (const via of claim.viaRefs) {
        const span = entry ? viaIdSpan(entry.text, via.value, via.start) : undefined;
        if (span && entry?.text.slice(span.start, span.end) === id) add(uri, span);
      }
    }
  }
  return edits;
}

/** Edits that give every claim whose metric folds to `folded` the name `newName`. */
export function metricRenameEdits(workspace: WorkspaceIndex, folded: string, newName: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const uri of workspace.vocabulary.filesUsing(folded)) {
    for (const claim of workspace.entry(uri)?.facts.claims ?? []) {
      const metric = claim.metric;
      if (metric.text && metric.text !== newName && foldKey(metric.text) === folded) edits.push({ uri, start: metric.start, end: metric.end, newText: newName });
    }
  }
  return edits;
}

function refusal(template: string, ...args: string[]): RenameRefusal {
  const { message, l10n } = said(template, ...args);
  return { error: message, l10n };
}
