/**
 * `sum-mismatch` and `sources-sum-mismatch`: for a metric declared as a flow, the counts of
 * windows that tile a longer window add up to its count. Nine yearly figures inside `2015..2023`
 * must add up to the figure for the period; "91 from 2015 to the end of 2023, 5 in 2024 up to
 * 6 June" cannot make "95 since 2015".
 *
 * The parts of a total are found by one walk, never by trying combinations: from the total's
 * first day, the longest claimed window of the same scope that starts there and ends inside the
 * total, then the next from the day after it, and so on; a day where no window starts leaves a
 * gap, and the walk goes on at the next window that starts inside the total. With gaps the parts
 * only bound the total from below. Values add as intervals (`~`, ranges, bounds, and a part in
 * dispute counts as every value its claims give, or its preferred one when ranks settled it), and
 * a part counted before the total was is a lower bound: a mismatch is reported only when no
 * choice of values can make the sum agree. Within the total's own source first (`sum-mismatch`);
 * with the parts of other sources (`sources-sum-mismatch`, information) only when its own do not
 * already settle it.
 */
import type { ClaimFacts } from "../model/facts";
import { scopeOf } from "../model/facts";
import type { Problem } from "../model/problem";
import { above, add, atLeast, formatInterval, hull, intervalOf, meets, ZERO, type Interval } from "../model/interval";
import { describeWindow, windowDays } from "../model/timeWindow";
import { said } from "../messages";
import { isolate } from "../text/bidi";
import type { ClaimRef, ClaimsEntry, ScopeWindow, WorkspaceIndex } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";
import type { CountTimes } from "./reasoning/countTime";
import { relatedClaims, unlessSettled, valueAndSource } from "./reasoning/report";

const DAY = 1;

/** A part of a total: its window, the claims giving its value, and what they allow. */
interface Part {
  readonly window: ScopeWindow;
  readonly claims: readonly ClaimRef[];
  readonly value: Interval;
  /** Counted before the total was: the part may have grown since. */
  readonly earlier: boolean;
}

interface Tiling {
  readonly parts: readonly Part[];
  /** Whether the parts cover the total's window without a gap. */
  readonly covers: boolean;
}

export function totalProblems({ workspace, counts }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const claim of entry.facts.claims) {
    if (claim.valueText === undefined || workspace.kindOf(claim) !== "flow") continue;
    const total = intervalOf(claim.set);
    const time = counts.of(claim);
    const scope = scopeOf(workspace.quantityOf(claim));
    const groupKey = workspace.groupKeyOf(claim);
    if (!total || !time || !scope || !groupKey) continue;
    const days = windowDays(time.window);
    // The total's last day is its as-of date when it was counted before its window's end.
    const end = time.complete ? days.last : time.asof?.last;
    if (!Number.isFinite(days.first) || end === undefined) continue;
    const windows = workspace.windowsOf(scope.key).filter((w) => w.groupKey !== groupKey && w.first >= days.first && w.last <= days.last && w.first <= end);
    if (windows.length < 2) continue;
    const asof = time.asof;
    const own = tile(workspace, counts, windows, days.first, end, asof?.first, (ref) => ref.claim.source?.id === claim.source?.id);
    const finding = own && mismatch(claim, total, own, "sum-mismatch");
    if (finding) {
      problems.push(unlessSettled(claim, [], finding));
      continue;
    }
    // Parts from other sources say something only when the total's own source does not cover it.
    if (own?.covers) continue;
    const all = tile(workspace, counts, windows, days.first, end, asof?.first, () => true);
    if (!all || !all.parts.some((p) => p.claims.some((ref) => ref.claim.source?.id !== claim.source?.id))) continue;
    const across = mismatch(claim, total, all, "sources-sum-mismatch");
    if (across) problems.push(unlessSettled(claim, [], across));
  }
  return problems;
}

/** One walk over the windows from `first` to `last` (see the module's comment); undefined with fewer than two parts. */
function tile(workspace: WorkspaceIndex, counts: CountTimes, windows: readonly ScopeWindow[], first: number, last: number, asof: number | undefined, take: (ref: ClaimRef) => boolean): Tiling | undefined {
  const byStart = new Map<number, ScopeWindow[]>();
  for (const w of windows) {
    const list = byStart.get(w.first);
    if (list) list.push(w);
    else byStart.set(w.first, [w]);
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const parts: Part[] = [];
  let covers = true;
  let at = first;
  while (at <= last) {
    const part = longestPart(workspace, counts, byStart.get(at) ?? [], asof, take);
    if (part) {
      parts.push(part);
      at = part.window.last + DAY;
      continue;
    }
    const next = starts.find((s) => s > at);
    if (next === undefined || next > last) {
      covers = false;
      break;
    }
    covers = false;
    at = next;
  }
  return parts.length >= 2 ? { parts, covers } : undefined;
}

/** The longest window starting here that has claims to take, with their value. */
function longestPart(workspace: WorkspaceIndex, counts: CountTimes, candidates: readonly ScopeWindow[], asof: number | undefined, take: (ref: ClaimRef) => boolean): Part | undefined {
  let best: Part | undefined;
  for (const window of candidates) {
    if (best && window.last <= best.window.last) continue;
    const members = (workspace.group(window.groupKey)?.members ?? []).filter((m) => m.claim.rank !== "deprecated" && intervalOf(m.claim.set) !== undefined && take(m));
    if (members.length === 0) continue;
    const preferred = members.filter((m) => m.claim.rank === "preferred");
    const counted = preferred.length > 0 ? preferred : members;
    const value = counted.map((m) => intervalOf(m.claim.set) as Interval).reduce(hull);
    const earlier = asof !== undefined && counted.some((m) => {
      const t = counts.of(m.claim);
      return !t?.complete && t?.asof !== undefined && t.asof.last < asof;
    });
    best = { window, claims: counted, value, earlier };
  }
  return best;
}

/** The finding when no choice of the parts' values agrees with the total. */
function mismatch(claim: ClaimFacts, total: Interval, tiling: Tiling, code: "sum-mismatch" | "sources-sum-mismatch"): Problem | undefined {
  const exact = tiling.covers && !tiling.parts.some((p) => p.earlier);
  const summed = tiling.parts.reduce((sum, p) => add(sum, p.value), ZERO);
  const sum = exact ? summed : atLeast(summed);
  if (exact ? meets(sum, total) : !above(sum, total)) return undefined;
  const terms = tiling.parts.map((p) => isolate(formatInterval(p.value))).join(" + ");
  const arithmetic = `${terms} = ${isolate(formatInterval(summed))} ${exact ? "≠" : ">"} ${isolate(claim.valueText ?? "")}`;
  const windows = tiling.parts.map((p) => describePart(p)).join(", ");
  const claims = tiling.parts.flatMap((p) => p.claims);
  const sources = [...new Set(claims.map((ref) => ref.claim.source?.id).filter((id): id is string => id !== undefined))].sort().map(isolate).join(", ");
  const message =
    code === "sum-mismatch"
      ? exact
        ? said("the parts do not add up to the total: {0} ({1})", arithmetic, windows)
        : said("the parts already exceed the total: {0} ({1})", arithmetic, windows)
      : exact
        ? said("the parts other sources give do not add up to {0}: {1} ({2}; from {3})", valueAndSource(claim), arithmetic, windows, sources)
        : said("the parts other sources give already exceed {0}: {1} ({2}; from {3})", valueAndSource(claim), arithmetic, windows, sources);
  return {
    code,
    start: claim.valueStart,
    end: claim.valueEnd,
    ...message,
    related: relatedClaims(claims, (ref) => said("part: {0}", valueAndSource(ref.claim))),
    data: { sum: formatInterval(summed), parts: tiling.parts.length, exact },
  };
}

function describePart(part: Part): string {
  const first = part.claims[0]?.claim.time?.window;
  const label = first ? describeWindow(first) : "";
  return part.earlier ? `${label} so far` : label;
}

