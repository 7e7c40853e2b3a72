/**
 * `similar-qualifier`: a qualifier value that differs from another value of its key only by
 * spelling, letter variants or script (أرغانة / أركانة / Argana, see model/valueLikeness.ts), and
 * is not declared one of its aliases, so that claims written the two ways are never compared.
 * Reported on the undeclared value when the other is declared, else on the less used of the two
 * (Vocabulary.preferredValueLookalike), with a `qualifier` block to add or extend as the fix.
 */
import { msg, said, type Message } from "../messages";
import { foldedName, normaliseQualifierValue } from "../model/facts";
import type { Problem } from "../model/problem";
import type { ValueLikeness } from "../model/valueLikeness";
import { isolate } from "../text/bidi";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";

const LIKENESS: Record<ValueLikeness, Message> = {
  script: msg("the same name in another script"),
  spelling: msg("a spelling variant"),
};

export function similarQualifierProblems({ workspace }: CheckContext, entry: ClaimsEntry): Problem[] {
  // Almost every file has no value with a look-alike: answered without its claims' qualifiers.
  const contested = workspace.vocabulary.contestedValuesIn(entry.uri);
  if (contested.length === 0) return [];
  const wanted = new Set(contested.map(([key, value]) => `${key}\u0000${value}`));
  const problems: Problem[] = [];
  for (const claim of entry.facts.claims) {
    for (const q of claim.node.qualifiers) {
      if (!q.key.text) continue;
      const key = foldedName(q.key.text);
      const value = normaliseQualifierValue(q.value.text, q.quoted);
      if (!wanted.has(`${key}\u0000${value}`)) continue;
      const found = workspace.vocabulary.preferredValueLookalike(key, value);
      if (!found) continue;
      const written = entry.text.slice(q.value.start, q.value.end);
      const canonical = canonicalSpelling(workspace, key, found.canonical);
      const other = found.other === found.canonical ? canonical : otherSpelling(workspace, key, found.other);
      problems.push({
        code: "similar-qualifier",
        start: q.value.start,
        end: q.value.end,
        ...(!found.declared
          ? said("`{0}` looks like `{1}` ({2}), which more claims use: claims under two spellings of one `{3}` are never compared", isolate(written), isolate(canonical), LIKENESS[found.likeness], q.key.text)
          : found.other === found.canonical
            ? said("`{0}` looks like `{1}` ({2}), a declared value of `{3}`, but is not one of its aliases: claims written so are not compared with it", isolate(written), isolate(canonical), LIKENESS[found.likeness], q.key.text)
            : said("`{0}` looks like `{1}` ({2}), which stands for `{3}`, but is not declared an alias of it: claims written so are not compared with it", isolate(written), isolate(other), LIKENESS[found.likeness], isolate(canonical))),
        data: { key: q.key.text, foldedKey: key, value: written, canonical, canonicalValue: found.canonical, declared: found.declared, likeness: found.likeness },
      });
    }
  }
  return problems;
}

/** A value as a `qualifier` header writes it: as its block does when it has one, else as claims most often do. */
export function canonicalSpelling(workspace: WorkspaceIndex, foldedKey: string, normalised: string): string {
  const def = workspace.declarations.valueDefinitions(foldedKey, normalised)[0];
  if (def) return workspace.entry(def.uri)?.text.slice(def.facts.value.start, def.facts.value.end) ?? def.facts.value.written;
  return workspace.vocabulary.valueSpelling(foldedKey, normalised) ?? normalised.slice(1);
}

/** A value as claims most often write it, or as the `alias:` that declares it writes it. */
function otherSpelling(workspace: WorkspaceIndex, foldedKey: string, normalised: string): string {
  const used = workspace.vocabulary.valueSpelling(foldedKey, normalised);
  if (used !== undefined) return used;
  const def = workspace.declarations.valueAliasOwner(foldedKey, normalised);
  const alias = def?.facts.aliases.find((a) => a.normalised === normalised);
  return alias ? (workspace.entry(def?.uri ?? "")?.text.slice(alias.start, alias.end) ?? alias.written) : normalised.slice(1);
}
