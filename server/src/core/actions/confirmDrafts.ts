/**
 * Confirming drafts: "Confirm this draft" on a draft's lines removes its `status: draft` line,
 * and "Confirm all drafts in this file" removes every one; the claims are then checked as any
 * claim. Nothing else of the file changes.
 */
import { said } from "../messages";
import type { ClaimFacts } from "../model/facts";
import type { ClaimsEntry } from "../workspace/workspaceIndex";
import { lineEnd, lineStart, removeField } from "./claimsText";
import { edits, type CodeAction, type TextEdit } from "./edit";

/** The confirm actions at `[start, end)` of a claims file: on a draft's lines, that draft and all of the file's. */
export function confirmDraftActions(entry: ClaimsEntry, start: number, end: number): CodeAction[] {
  const drafts = entry.facts.drafts;
  const from = lineStart(entry.text, start);
  const to = lineEnd(entry.text, end);
  const here = drafts.find((d) => d.node.start <= to && d.node.end >= from);
  if (!here) return [];
  const one = said("Confirm this draft");
  const actions: CodeAction[] = [{ title: one.message, l10n: one.l10n, kind: "quickfix", isPreferred: true, edit: edits(...statusEdits(entry, [here])) }];
  if (drafts.length > 1) {
    const all = said("Confirm all drafts in this file ({0})", drafts.length);
    actions.push({ title: all.message, l10n: all.l10n, kind: "quickfix", edit: edits(...statusEdits(entry, drafts)) });
  }
  return actions;
}

function statusEdits(entry: ClaimsEntry, drafts: readonly ClaimFacts[]): TextEdit[] {
  return drafts.flatMap((d) => d.node.fields.filter((f) => f.name.text === "status").map((f) => removeField(entry.uri, entry.text, f)));
}
