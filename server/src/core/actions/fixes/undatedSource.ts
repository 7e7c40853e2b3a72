/**
 * `undated-source`: give the source the `published:` date its article states near its top, when
 * the figure reader finds one there. Safe for "Fix all" only then: the date is the article's own.
 */
import { said } from "../../messages";
import { isolate } from "../../text/bidi";
import type { Problem } from "../../model/problem";
import { setField } from "../claimsText";
import { articleHeading } from "../articleHeading";
import { edits, type TextEdit } from "../edit";
import { articleOf, claimAt, quickFix, type Fix, type FixContext } from "./fix";

export const undatedSourceFix: Fix = {
  codes: ["undated-source"],
  actions(context, problem) {
    const found = publishedEdit(context, problem);
    if (!found) return [];
    return [quickFix(said("Set `published: {0}`, the date the article states", isolate(found.iso)), problem, edits(found.edit), { isPreferred: true })];
  },
  safeEdits(context, problem) {
    const found = publishedEdit(context, problem);
    return found ? [found.edit] : undefined;
  },
};

function publishedEdit({ workspace, entry }: FixContext, problem: Problem): { iso: string; edit: TextEdit } | undefined {
  const claim = claimAt(entry, problem.start);
  const source = claim?.source;
  if (!claim || !source) return undefined;
  const article = articleOf(entry, claim, workspace);
  const date = article ? articleHeading(article.text).date : undefined;
  if (!date) return undefined;
  return { iso: date.iso, edit: setField(entry.uri, entry.text, entry.facts.file, source.node, "published", date.iso) };
}
