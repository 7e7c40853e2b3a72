/**
 * How the other claims about a claim's quantity stand towards it: agreeing, contradicting, in a
 * dispute already settled with ranks, or of another kind of value. Read from the group's cached
 * comparisons, so that code lenses and inlay hints cost no new comparison.
 */
import { problemsOwner } from "./problems";
import type { ClaimFacts } from "../model/facts";
import { compareSets, setKey } from "../model/valueSet";
import type { ClaimRef, WorkspaceIndex } from "../workspace/workspaceIndex";

export type Verdict = "agrees" | "contradicts" | "settled" | "other kind";

export interface Peer {
  readonly ref: ClaimRef;
  readonly verdict: Verdict;
}

/** Every other claim about the same quantity as `claim` that has a value, with its verdict. */
export function peersOf(workspace: WorkspaceIndex, claim: ClaimFacts): Peer[] {
  if (!claim.quantityKey || !claim.set) return [];
  const group = workspace.groupOf(claim);
  if (!group) return [];
  const comparisons = problemsOwner(workspace).comparisons.of(group).comparisons.get(setKey(claim.set));
  const out: Peer[] = [];
  for (const ref of group.members) {
    if (ref.claim === claim || !ref.claim.set) continue;
    const key = setKey(ref.claim.set);
    const comparison = key === setKey(claim.set) ? "agree" : (comparisons?.get(key) ?? compareSets(claim.set, ref.claim.set));
    const verdict: Verdict =
      comparison === "agree" ? "agrees"
      : comparison === "incompatible" ? "other kind"
      : claim.rank === "deprecated" || ref.claim.rank === "deprecated" ? "settled"
      : "contradicts";
    out.push({ ref, verdict });
  }
  return out;
}

/** A claim's source id, or its file when it stands above every source. */
export function sourceName(ref: ClaimRef): string {
  return ref.claim.source?.id ?? ref.uri;
}
