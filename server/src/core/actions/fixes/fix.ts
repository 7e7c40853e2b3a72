/**
 * How a quick fix plugs in: the check codes it answers, the actions it offers for one problem,
 * and, when one of them is safe without a choice, the edit "Fix all" makes. One fix per file in
 * this folder, listed in index.ts.
 */
import type { CheckCode } from "../../checks/codes";
import type { ClaimFacts } from "../../model/facts";
import type { Problem } from "../../model/problem";
import type { Message } from "../../messages";
import type { FoldedText } from "../../text/fold";
import type { ClaimsEntry, WorkspaceIndex } from "../../workspace/workspaceIndex";
import type { ActionOptions, CodeAction, TextEdit, WorkspaceEdit } from "../edit";

export interface FixContext {
  readonly workspace: WorkspaceIndex;
  /** The claims file the problem stands in. */
  readonly entry: ClaimsEntry;
  readonly options: ActionOptions;
  /** Reads a text file of the workspace (an article beside the claims file), if there is one. */
  readonly readText: (uri: string) => Promise<string | undefined>;
}

export interface Fix {
  readonly codes: readonly CheckCode[];
  /** The quick fixes of one problem, best first. */
  actions(context: FixContext, problem: Problem): Promise<CodeAction[]> | CodeAction[];
  /** The edits "Fix all" makes for this problem, when they need no choice; undefined otherwise. */
  safeEdits?(context: FixContext, problem: Problem): TextEdit[] | undefined;
}

/** The claim whose block holds `offset`. */
export function claimAt(entry: ClaimsEntry, offset: number): ClaimFacts | undefined {
  return entry.facts.claims.find((c) => offset >= c.node.start && offset <= c.node.end);
}

/** A quick fix of `problem`. */
export function quickFix(title: { message: string; l10n: Message }, problem: Problem, edit: WorkspaceEdit, extra: { isPreferred?: boolean } = {}): CodeAction {
  return { title: title.message, l10n: title.l10n, kind: "quickfix", problem, edit, ...extra };
}

/** A passage shortened for a menu title: its first `max` characters and an ellipsis. */
export function shorten(text: string, max = 60): string {
  const one = text.replace(/\s+/gu, " ").trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}

/** The article of the claim's source, when the workspace could read it. */
export function articleOf(entry: ClaimsEntry, claim: ClaimFacts, workspace: WorkspaceIndex): { uri: string; text: string; folded: () => FoldedText } | undefined {
  if (!claim.source) return undefined;
  const link = entry.links.get(claim.source.index);
  if (link?.kind !== "inside") return undefined;
  const article = workspace.article(link.uri);
  return article ? { uri: link.uri, text: article.text, folded: article.folded } : undefined;
}
