/**
 * `as-of-decrease`: for a metric declared as a flow, counts of one window taken on different dates
 * are a running count, which cannot go down: 5 cells "up to 6 June" and then 4 "as of 8 June"
 * means someone is wrong. A count taken before the window's end is a lower bound of the complete
 * one, so a complete count below an earlier partial one is the same mistake. Counts whose dates
 * are not certainly ordered (a month against a day in it) are compared as one quantity instead
 * (contradictions.ts). Reported on both claims, each naming the other.
 */
import type { Problem } from "../model/problem";
import { above, intervalOf } from "../model/interval";
import { describeWindow } from "../model/timeWindow";
import { said } from "../messages";
import { isolate } from "../text/bidi";
import type { ClaimRef, ClaimsEntry } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";
import { before, type CountTime } from "./reasoning/countTime";
import { relatedClaims, unlessSettled, valueAndSource } from "./reasoning/report";

export function runningCountProblems({ workspace, counts }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const claim of entry.facts.claims) {
    if (claim.valueText === undefined || workspace.kindOf(claim) !== "flow") continue;
    const own = counts.of(claim);
    const value = intervalOf(claim.set);
    const members = workspace.groupOf(claim)?.members;
    if (!own?.asof || !value || !members || members.length < 2) continue;
    const earlierHigher: ClaimRef[] = [];
    const laterLower: ClaimRef[] = [];
    for (const member of members) {
      if (member.claim === claim) continue;
      const other = counts.of(member.claim);
      const otherValue = intervalOf(member.claim.set);
      if (!other?.asof || !otherValue) continue;
      if (before(other.asof, own.asof) && above(otherValue, value)) earlierHigher.push(member);
      else if (before(own.asof, other.asof) && above(value, otherValue)) laterLower.push(member);
    }
    const offenders = [...earlierHigher, ...laterLower].sort(byPlace);
    const first = offenders[0];
    if (!first) continue;
    const them = counts.of(first.claim) as CountTime;
    const [early, late] = earlierHigher.includes(first) ? [{ claim: first.claim, time: them }, { claim, time: own }] : [{ claim, time: own }, { claim: first.claim, time: them }];
    const more = offenders.length - 1;
    const finding: Problem = {
      code: "as-of-decrease",
      start: claim.valueStart,
      end: claim.valueEnd,
      ...said(
        more > 0 ? "running count of {0}: {1} as of {2}, then {3} as of {4} (and {5} more): a count so far cannot go down" : "running count of {0}: {1} as of {2}, then {3} as of {4}: a count so far cannot go down",
        isolate(describeWindow(own.window)),
        valueAndSource(early.claim),
        dateOf(early.time),
        valueAndSource(late.claim),
        dateOf(late.time),
        more,
      ),
      related: relatedClaims(offenders, (ref) => said("count as of {0}: {1}", dateOf(counts.of(ref.claim) as CountTime), valueAndSource(ref.claim))),
      data: { window: describeWindow(own.window) },
    };
    problems.push(unlessSettled(claim, offenders, finding));
  }
  return problems;
}

/** `2024-06-08`; a complete count is as of its window's last day. */
function dateOf(time: CountTime): string {
  return time.asof?.iso ?? "?";
}

function byPlace(a: ClaimRef, b: ClaimRef): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.claim.start - b.claim.start;
}
