/**
 * `unsourced-claim`: a claim that quotes no passage of its article. It is information, not a
 * mistake: the figure may be right, but nobody can see where the article states it. Its quick
 * fixes offer the passages of the article that do (core/actions/fixes/unsourcedClaim.ts).
 */
import type { Problem } from "../model/problem";
import { said } from "../messages";
import type { ClaimsEntry } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";

/**
 * One problem per claim without a `quote:` field whose source has an article the workspace
 * could read. A source with no text (a statement known by its figures only) has nothing to
 * quote; a missing or unreadable article has its own diagnostic; a claim whose header has no
 * value has its `syntax-error`: one mistake, one diagnostic.
 */
export function unsourcedProblems({ workspace }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const claim of entry.facts.claims) {
    if (!claim.source || claim.valueText === undefined) continue;
    // Any `quote:` line counts, even an invalid one: `invalid-field` speaks for that.
    if (claim.hasQuoteLine) continue;
    const link = entry.links.get(claim.source.index);
    if (link?.kind !== "inside" || !workspace.article(link.uri)) continue;
    const metric = claim.metric;
    problems.push({
      code: "unsourced-claim",
      start: metric.start,
      end: metric.end,
      ...said("this claim quotes no passage of its article: add `quote:` with the words that state the figure"),
    });
  }
  return problems;
}
