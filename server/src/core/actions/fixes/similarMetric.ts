/**
 * `similar-metric`: use the more common name the metric looks like, in this claim or in every
 * claim that uses the rare name. Never in "Fix all": the look-alike is a guess, which the
 * journalist confirms.
 */
import { metricRenameEdits } from "../../analysis/rename";
import { said } from "../../messages";
import { foldKey } from "../../text/fold";
import { edits } from "../edit";
import { claimAt, quickFix, type Fix } from "./fix";

export const similarMetricFix: Fix = {
  codes: ["similar-metric"],
  actions({ workspace, entry }, problem) {
    const to = problem.data?.["suggestion"];
    const claim = claimAt(entry, problem.start);
    if (typeof to !== "string" || !claim || claim.node.metric.start !== problem.start) return [];
    const metric = claim.node.metric;
    const here = quickFix(said("Use `{0}`", to), problem, edits({ uri: entry.uri, start: metric.start, end: metric.end, newText: to }), { isPreferred: true });
    const everywhere = metricRenameEdits(workspace, foldKey(metric.text), to);
    if (everywhere.length < 2) return [here];
    return [here, quickFix(said("Use `{0}` in all {1} claims named `{2}`", to, everywhere.length, metric.text), problem, { creates: [], edits: everywhere })];
  },
};
