/**
 * `similar-metric`: a metric name that differs from a more used one only by spelling, plural or
 * word order, so that its claims are never compared with the other's. Reported on the less used
 * name only (see Vocabulary.preferredLookalike), with the other as the suggested fix.
 */
import { msg, said, type Message } from "../messages";
import type { Likeness } from "../model/metricNames";
import type { Problem } from "../model/problem";
import { foldKey } from "../text/fold";
import type { ClaimsEntry } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";

const LIKENESS: Record<Likeness, Message> = {
  order: msg("the same words in another order"),
  plural: msg("the same words in the singular or the plural"),
  spelling: msg("a spelling variant"),
};

export function similarMetricProblems({ workspace }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const claim of entry.facts.claims) {
    const metric = claim.metric;
    if (!metric.text) continue;
    const found = workspace.vocabulary.preferredLookalike(foldKey(metric.text));
    if (!found) continue;
    problems.push({
      code: "similar-metric",
      start: metric.start,
      end: metric.end,
      ...said("`{0}` looks like `{1}` ({2}), which more claims use: claims under two names are never compared", metric.text, found.other.written, LIKENESS[found.likeness]),
      data: { suggestion: found.other.written, likeness: found.likeness },
    });
  }
  return problems;
}
