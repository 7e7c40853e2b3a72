/**
 * How the reasoning checks word what they find: a claim as "value (source)", related places
 * capped like a contradiction's, and the rule that ranks settle a finding exactly as they settle a
 * contradiction (a deprecated claim raises none; information instead of a warning).
 */
import type { ClaimFacts } from "../../model/facts";
import type { Problem, RelatedPlace } from "../../model/problem";
import { said, type Message } from "../../messages";
import { isolate } from "../../text/bidi";
import type { ClaimRef } from "../../workspace/workspaceIndex";
import { MAX_RELATED } from "../contradictions";

/** `13 (al-waha)`: a claim's value and source, isolated for right-to-left text. */
export function valueAndSource(claim: ClaimFacts): string {
  const source = claim.source?.id;
  return `${isolate(claim.valueText ?? "")}${source ? ` (${isolate(source)})` : ""}`;
}

/** Related places for the claims a finding rests on, the first {@link MAX_RELATED}. */
export function relatedClaims(refs: readonly ClaimRef[], label: (ref: ClaimRef) => { message: string; l10n: Message }): RelatedPlace[] {
  // Files are indexed in whatever order they were read: sort, so that diagnostics never depend on it.
  const sorted = [...refs].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.claim.start - b.claim.start));
  return sorted.slice(0, MAX_RELATED).map((ref) => ({
    uri: ref.uri,
    start: ref.claim.valueStart,
    end: ref.claim.valueEnd,
    ...label(ref),
    ...(ref.claim.source?.id ? { sourceId: ref.claim.source.id } : {}),
    ...(ref.claim.valueText !== undefined ? { value: ref.claim.valueText } : {}),
  }));
}

/**
 * The finding as it stands after review: when the claim itself is deprecated, or every claim it
 * rests on is, it is `settled-contradiction` information naming what was found.
 */
export function unlessSettled(claim: ClaimFacts, others: readonly ClaimRef[], finding: Problem): Problem {
  const settled = claim.rank === "deprecated" || (others.length > 0 && others.every((o) => o.claim.rank === "deprecated"));
  if (!settled) return finding;
  return { ...finding, code: "settled-contradiction", ...said("settled by ranks: {0}", finding.l10n ?? finding.message), data: { ...finding.data, settled: finding.code } };
}
