/**
 * `subset-exceeds-total` and `possible-contradiction`: for a metric declared as a flow or a
 * level, a count of something narrower may not exceed the count of what holds it:
 * - a window inside another (cells of 2017 against cells of 2015..2023), flows only;
 * - a metric declared `part-of` another, for the same window (ISIS-linked cells against all cells);
 * - the same quantity with an extra qualifier (`{year: 2017, agency: BCIJ}` against `{year: 2017}`).
 * A narrower count that differs from the wider one in scope is `possible-contradiction`, off by
 * default, for those who look for scoping slips: below it, it is usually a true subset (8 French
 * dead among 17). The wider count must have been taken no earlier than the narrower
 * one: a count "so far" says nothing of what came after it.
 */
import type { ClaimFacts } from "../model/facts";
import { joinKey, scopeOf } from "../model/facts";
import type { Problem } from "../model/problem";
import { above, intervalOf, meets } from "../model/interval";
import { describeWindow, windowDays } from "../model/timeWindow";
import { msg, said, type Message } from "../messages";
import { isolate } from "../text/bidi";
import type { ClaimRef, ClaimsEntry } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";
import { before } from "./reasoning/countTime";
import { relatedClaims, unlessSettled, valueAndSource } from "./reasoning/report";

type Relation = "window" | "part" | "scope";

interface Wider {
  readonly ref: ClaimRef;
  readonly relation: Relation;
  /** For `scope`: the qualifiers the narrower claim adds. */
  readonly extra: string;
}

export function subsetProblems(ctx: CheckContext, entry: ClaimsEntry): Problem[] {
  const { workspace } = ctx;
  const problems: Problem[] = [];
  for (const claim of entry.facts.claims) {
    if (claim.valueText === undefined || claim.rank === "deprecated") continue;
    const kind = workspace.kindOf(claim);
    if (kind !== "flow" && kind !== "level") continue;
    const value = intervalOf(claim.set);
    if (!value) continue;
    const exceeded: Wider[] = [];
    const differing: Wider[] = [];
    for (const wider of widerClaims(ctx, claim)) {
      const other = intervalOf(wider.ref.claim.set);
      if (!other || wider.ref.claim.rank === "deprecated" || !countedAfter(ctx, claim, wider.ref.claim)) continue;
      if (above(value, other)) exceeded.push(wider);
      else if (wider.relation === "scope" && !meets(value, other)) differing.push(wider);
    }
    // Files are indexed in whatever order they were read: the claim named first must not depend on it.
    exceeded.sort(byPlace);
    differing.sort(byPlace);
    const first = exceeded[0];
    if (first) {
      problems.push(unlessSettled(claim, [], {
        code: "subset-exceeds-total",
        start: claim.valueStart,
        end: claim.valueEnd,
        ...said("{0} is more than {1}, which holds it ({2})", valueAndSource(claim), valueAndSource(first.ref.claim), relationWords(claim, first)),
        related: relatedClaims(exceeded.map((w) => w.ref), (ref) => said("the count that holds it: {0}", valueAndSource(ref.claim))),
        data: { relation: first.relation },
      }));
    }
    const slip = differing[0];
    if (slip) {
      problems.push({
        code: "possible-contradiction",
        start: claim.valueStart,
        end: claim.valueEnd,
        ...said("{0} differs from {1}, which counts the same without {2}: a narrower count, or a scoping slip?", valueAndSource(claim), valueAndSource(slip.ref.claim), isolate(slip.extra)),
        related: relatedClaims(differing.map((w) => w.ref), (ref) => said("the wider count: {0}", valueAndSource(ref.claim))),
        data: { qualifier: slip.extra },
      });
    }
  }
  return problems;
}

/** The claims whose count holds this one's: containing windows, the whole it is part of, wider scopes. */
function widerClaims({ workspace }: CheckContext, claim: ClaimFacts): Wider[] {
  const scope = scopeOf(workspace.quantityOf(claim));
  const groupKey = workspace.groupKeyOf(claim);
  if (!scope || !groupKey) return [];
  const out: Wider[] = [];
  const suffix = groupKey.slice(scope.key.length);
  const window = claim.time?.window;
  if (window && workspace.kindOf(claim) === "flow") {
    const own = windowDays(window);
    for (const w of workspace.windowsOf(scope.key)) {
      // A count with no time qualifier says nothing of windows: it holds none.
      const timed = Number.isFinite(w.first) || Number.isFinite(w.last);
      const holds = timed && w.first <= own.first && own.last <= w.last && (w.first < own.first || own.last < w.last);
      if (!holds) continue;
      for (const ref of workspace.group(w.groupKey)?.members ?? []) out.push({ ref, relation: "window", extra: "" });
    }
  }
  const whole = workspace.metricDeclaration(scope.metric)?.partOf;
  if (whole) for (const ref of workspace.group(`${joinKey(whole, new Map(scope.pairs))}${suffix}`)?.members ?? []) out.push({ ref, relation: "part", extra: "" });
  if (scope.pairs.length > 0 && scope.pairs.length <= 4) {
    const all = (1 << scope.pairs.length) - 1;
    for (let mask = 0; mask < all; mask++) {
      const kept = new Map<string, string>();
      const dropped: string[] = [];
      scope.pairs.forEach(([k, v], i) => (mask & (1 << i) ? kept.set(k, v) : dropped.push(k)));
      for (const ref of workspace.group(`${joinKey(scope.metric, kept)}${suffix}`)?.members ?? []) out.push({ ref, relation: "scope", extra: dropped.join(", ") });
    }
  }
  return out;
}

/** Whether the wider count was taken no earlier than the narrower one (or they cannot be told apart). */
function countedAfter({ counts }: CheckContext, narrower: ClaimFacts, wider: ClaimFacts): boolean {
  const a = counts.of(narrower)?.asof;
  const b = counts.of(wider)?.asof;
  if (!a || !b) return true;
  // The wider count covers the narrower window when it was taken at or after that window's end.
  const narrowEnd = counts.of(narrower)?.complete ? a.last : a.first;
  return !before(b, { ...a, first: narrowEnd, last: narrowEnd });
}

function relationWords(claim: ClaimFacts, wider: Wider): Message {
  const theirs = wider.ref.claim.time?.window;
  switch (wider.relation) {
    case "window":
      return msg("{0} is inside {1}", isolate(claim.time?.window ? describeWindow(claim.time.window) : ""), isolate(theirs ? describeWindow(theirs) : ""));
    case "part":
      return msg("`{0}` is part of `{1}`", claim.metric.text, wider.ref.claim.metric.text);
    case "scope":
      return msg("the same count with {0}", isolate(wider.extra));
  }
}

function byPlace(a: Wider, b: Wider): number {
  return a.ref.uri < b.ref.uri ? -1 : a.ref.uri > b.ref.uri ? 1 : a.ref.claim.start - b.ref.claim.start;
}
