/**
 * `similar-qualifier`: declare the value an alias of the value it looks like, by adding an
 * `alias:` line to that value's `qualifier` block, or, when it has none, a new block (in the
 * first file that holds declarations, else at the end of this one). Never in "Fix all": the
 * look-alike is a guess, which the journalist confirms.
 */
import { said } from "../../messages";
import { isolate } from "../../text/bidi";
import { relativePath } from "../../workspace/paths";
import { insertFields, lineEnding } from "../claimsText";
import { edits, type TextEdit } from "../edit";
import { quickFix, type Fix, type FixContext } from "./fix";

export const similarQualifierFix: Fix = {
  codes: ["similar-qualifier"],
  actions(context, problem) {
    const data = problem.data ?? {};
    const { key, foldedKey, value, canonical, canonicalValue } = data;
    if (typeof key !== "string" || typeof foldedKey !== "string" || typeof value !== "string" || typeof canonical !== "string" || typeof canonicalValue !== "string") return [];
    const edit = aliasEdit(context, key, foldedKey, value, canonical, canonicalValue);
    if (!edit) return [];
    const where = relativePath(context.workspace.rootUri, edit.uri);
    return [quickFix(said("Declare `{0}` an alias of `{1}` (in {2})", isolate(value), isolate(canonical), where), problem, edits(edit), { isPreferred: true })];
  },
};

function aliasEdit({ workspace, entry }: FixContext, key: string, foldedKey: string, value: string, canonical: string, canonicalValue: string): TextEdit | undefined {
  const def = workspace.declarations.valueDefinitions(foldedKey, canonicalValue)[0];
  if (def) {
    const target = workspace.entry(def.uri);
    const block = target?.facts.file.qualifierBlocks[def.facts.index];
    if (!target || !block) return undefined;
    return insertFields(def.uri, target.text, target.facts.file, block, [`alias: ${value}`]);
  }
  // A new block goes where declarations are kept already, else at the end of this file.
  const home = workspace.declarations.declaringFiles()[0] ?? entry.uri;
  const text = workspace.entry(home)?.text ?? "";
  const eol = lineEnding(text);
  // One blank line before the block, whatever the file ends with.
  const lead = text === "" || /\n[ \t]*\r?\n$/.test(text) ? "" : text.endsWith("\n") ? eol : `${eol}${eol}`;
  return { uri: home, start: text.length, end: text.length, newText: `${lead}qualifier ${key}: ${canonical}${eol}  alias: ${value}${eol}` };
}
