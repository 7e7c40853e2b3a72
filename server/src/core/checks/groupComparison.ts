/**
 * How the distinct value sets of one quantity compare, pairwise, and how far apart those that
 * disagree are. A quantity stated in 1,000 files usually has a handful of distinct values, so each
 * pair is compared once, and the result is kept until a member of the group comes or goes (its
 * revision changes).
 */
import type { ClaimRef, QuantityGroup } from "../workspace/quantityGroup";
import { compareSets, gapBetween, setKey, type Comparison, type Gap } from "../model/valueSet";
import { countsYears } from "./magnitude";

export interface GroupComparison {
  /** setKey → setKey → comparison, for the distinct sets of the group. */
  readonly comparisons: Map<string, Map<string, Comparison>>;
  /** setKey → setKey → gap, for the pairs that contradict (undefined for text). */
  readonly gaps: Map<string, Map<string, Gap | undefined>>;
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
  const gaps = new Map<string, Map<string, Gap | undefined>>();
  const keys = [...bySet.keys()];
  for (const a of keys) {
    comparisons.set(a, new Map());
    gaps.set(a, new Map());
  }
  const first = members[0]?.claim.metric.text;
  const years = first !== undefined && countsYears(first, members.some((m) => m.claim.set?.kind === "date"));
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
      if (c !== "contradict") continue;
      const gap = gapBetween(setA, setB, years);
      gaps.get(a)?.set(b, gap);
      gaps.get(b)?.set(a, gap);
    }
  }
  const preferred = members.filter((m) => m.claim.rank === "preferred");
  return { comparisons, gaps, bySet, preferred };
}
