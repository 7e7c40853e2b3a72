/**
 * `unknown-field`: rename the field to the known name nearest to it (`qoute` → `quote`, `aliass` →
 * `alias`), in any kind of block. "Fix all" renames when the two are close (at most two edits, and
 * at most a third of the name), the name is no field of another kind of block, and the block does
 * not have that field already.
 */
import { BLOCK_FIELDS, editDistance, type BlockKind } from "../../syntax/fieldNames";
import type { Field } from "../../syntax/ast";
import { said } from "../../messages";
import type { Problem } from "../../model/problem";
import type { ClaimsEntry } from "../../workspace/workspaceIndex";
import { edits, type TextEdit } from "../edit";
import { quickFix, type Fix, type FixContext } from "./fix";

export const unknownFieldFix: Fix = {
  codes: ["unknown-field"],
  actions(context, problem) {
    const rename = renameOf(context, problem);
    if (!rename) return [];
    return [quickFix(said("Rename `{0}` to `{1}`", rename.field.name.text, rename.to), problem, edits(rename.edit), { isPreferred: rename.safe })];
  },
  safeEdits(context, problem) {
    const rename = renameOf(context, problem);
    return rename?.safe ? [rename.edit] : undefined;
  },
};

function renameOf(context: FixContext, problem: Problem): { field: Field; to: string; edit: TextEdit; safe: boolean } | undefined {
  const to = problem.data?.["suggestion"];
  if (typeof to !== "string") return undefined;
  const found = fieldAt(context.entry, problem.start);
  if (!found) return undefined;
  const { field, siblings, kind } = found;
  const name = field.name.text;
  const distance = editDistance(name.toLowerCase(), to);
  // A field of another kind of block (`text:` under a claim) is misplaced, not misspelt.
  const elsewhere = (Object.keys(BLOCK_FIELDS) as BlockKind[]).some((other) => other !== kind && BLOCK_FIELDS[other].includes(name));
  const safe = distance <= 2 && distance <= Math.max(1, Math.floor(name.length / 3)) && !elsewhere && !siblings.some((f) => f.name.text === to);
  return { field, to, edit: { uri: context.entry.uri, start: field.name.start, end: field.name.end, newText: to }, safe };
}

function fieldAt(entry: ClaimsEntry, offset: number): { field: Field; siblings: readonly Field[]; kind: BlockKind } | undefined {
  const file = entry.facts.file;
  for (const block of [...file.claims, ...file.sources, ...file.metrics, ...file.qualifierBlocks]) {
    const field = block.fields.find((f) => f.name.start === offset);
    if (field) return { field, siblings: block.fields, kind: block.kind };
  }
  return undefined;
}
