/**
 * How the distinct value sets of one quantity compare, pairwise. A quantity stated in 1,000 files
 * usually has a handful of distinct values, so each pair is compared once, and the result is kept
 * until a member of the group comes or goes (its revision changes).
 */
import type { ClaimRef, QuantityGroup } from "../workspace/quantityGroup";
import { compareSets, setKey, type Comparison } from "../model/valueSet";

export interface GroupComparison {
  /** setKey → setKey → comparison, for the distinct sets of the group. */
  readonly comparisons: Map<string, Map<string, Comparison>>;
  readonly bySet: Map<string, ClaimRef[]>;
  readonly preferred: ClaimRef[];
}

export class GroupComparisons {
  /** Keyed by the group object: a group the workspace dropped takes its comparison with it. */
  private readonly kept = new WeakMap<QuantityGroup, { revision: number; comparison: GroupComparison }>();

  of(group: QuantityGroup): GroupComparison {
    const held = this.kept.get(group);
    if (held?.revision === group.revision) return held.comparison;
    const comparison = compareGroup(group.members);
    this.kept.set(group, { revision: group.revision, comparison });
    return comparison;
  }
}

function compareGroup(members: readonly ClaimRef[]): GroupComparison {
  const bySet = new Map<string, ClaimRef[]>();
  for (const member of members) {
    if (!member.claim.set) continue;
    const key = setKey(member.claim.set);
    let list = bySet.get(key);
    if (!list) bySet.set(key, (list = []));
    list.push(member);
  }
  const comparisons = new Map<string, Map<string, Comparison>>();
  const keys = [...bySet.keys()];
  for (const a of keys) comparisons.set(a, new Map());
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i] as string;
      const b = keys[j] as string;
      const setA = bySet.get(a)?.[0]?.claim.set;
      const setB = bySet.get(b)?.[0]?.claim.set;
      if (!setA || !setB) continue;
      const c = compareSets(setA, setB);
      comparisons.get(a)?.set(b, c);
      comparisons.get(b)?.set(a, c);
    }
  }
  const preferred = members.filter((m) => m.claim.rank === "preferred");
  return { comparisons, bySet, preferred };
}
