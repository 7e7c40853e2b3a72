/**
 * `contradiction`, `same-origin-contradiction`, `minor-difference`, `settled-contradiction` and
 * `incompatible-values`: claims about one quantity whose value sets do not intersect, or are of
 * kinds that cannot be compared.
 *
 * Of the claims one claim disagrees with (those not deprecated), each is reported under one code:
 * `minor-difference` when the numbers are closer than `minorDifference` (rounding noise, whatever
 * their origins); else `same-origin-contradiction` when the two figures trace to one origin and one
 * of them at least through `via: @…` (see origins.ts: one of them misquotes it; two figures a
 * source gives on its own account are a plain contradiction); else `contradiction`. Every message says how far apart
 * the values are, and a contradiction names the origins on each side. A claim that is deprecated,
 * or whose every conflicting claim is, is a `settled-contradiction` instead, whatever the code.
 * The pairs of distinct value sets are compared once per group (see groupComparison.ts).
 */
import type { ClaimFacts } from "../model/facts";
import type { Problem, RelatedPlace } from "../model/problem";
import { kindName, setKey, type Gap } from "../model/valueSet";
import { msg, said, type MessageArg } from "../messages";
import { isolate } from "../text/bidi";
import type { ClaimRef, ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";
import type { GroupComparison } from "./groupComparison";
import { gapMessage, isMinor, percent } from "./magnitude";
import { originLabel, sharedOrigins, type Origin } from "./origins";
import { countsApart, type CountTimes } from "./reasoning/countTime";
import type { Origins } from "./origins";
import { append } from "../memory/append";
import { costs } from "../costs";

/** At most this many related places per diagnostic; the message counts the rest. */
export const MAX_RELATED = 20;

/** At most this many origins named on each side of a message; the message counts the rest. */
const MAX_ORIGINS = 3;

/** The contradiction problems of every claim of `entry`. */
export function contradictionProblems({ workspace, comparisons, origins, counts }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  const minorDifference = workspace.configuration.minorDifference;
  for (const claim of entry.facts.claims) {
    if (!claim.quantityKey || !claim.set || claim.valueText === undefined) continue;
    const group = workspace.groupOf(claim);
    if (!group || group.members.length < 2) continue;
    const analysis = comparisons.of(group);
    const own = setKey(claim.set);
    // What the claims of one value set disagree with is the same for each of them: found once.
    const found = disputeOf(workspace, origins, analysis, own, minorDifference);
    const incompatible = found.incompatible;
    let conflicting = found.conflicting;
    // Running counts of one window taken on dates certainly apart are compared as such (runningCounts.ts).
    const flow = workspace.kindOf(claim) === "flow";
    if (flow) {
      conflicting = [...conflicting];
      dropCountsApart(counts, claim, conflicting);
    }
    const at = { start: claim.valueStart, end: claim.valueEnd };
    if (incompatible.length > 0) {
      problems.push({
        code: "incompatible-values",
        ...at,
        ...said(
          incompatible.length === 1 ? "{0} is {1}, but {2} gives {3} for the same quantity" : "{0} is {1}, but {2} give {3} for the same quantity",
          describe(claim),
          msg(kindName(claim.set)),
          found.listed(incompatible),
          msg(kindName(incompatible[0]?.claim.set ?? claim.set)),
        ),
        related: found.related(incompatible, "a value of another kind: {0}"),
      });
    }
    if (conflicting.length === 0) continue;
    const settledProblem = settled(workspace, entry, claim, conflicting, analysis, found);
    if (settledProblem) {
      problems.push({ ...settledProblem, ...at });
      continue;
    }
    const mine = origins.of(claim);
    const split = flow ? splitByOrigin(found, conflicting, claim, mine, origins) : found.split(claim, mine);
    const { minor, sameOrigin, independent, shared } = split;
    const data = (refs: readonly ClaimRef[]) => ({ quantity: claim.quantityKey, values: found.values(refs) });
    if (independent.length > 0) {
      problems.push({
        code: "contradiction",
        ...at,
        ...said("{0} contradicts {1}; origins: {2} against {3}", describe(claim), found.listed(independent), originList(mine), originList(found.originsOf(independent))),
        related: found.related(independent, "conflicting claim: {0}"),
        data: data(independent),
      });
    }
    if (sameOrigin.length > 0) {
      // "Both cite" only when neither claim is the origin's own: a source does not cite itself.
      const cite = shared.every((o) => o.sourceId !== claim.source?.id) && split.othersCite;
      problems.push({
        code: "same-origin-contradiction",
        ...at,
        ...said(
          cite ? "{0} contradicts {1}, though both cite {2}: one of them misquotes it" : "{0} contradicts {1}, though they trace to one origin, {2}: one of them misquotes it",
          describe(claim),
          found.listed(sameOrigin),
          originList(shared),
        ),
        related: found.related(sameOrigin, "claim of the same origin: {0}"),
        data: data(sameOrigin),
      });
    }
    if (minor.length > 0) {
      problems.push({
        code: "minor-difference",
        ...at,
        ...said("{0} differs slightly from {1}, under the minor difference of {2}", describe(claim), found.listed(minor), percent(minorDifference)),
        related: found.related(minor, "slightly different claim: {0}"),
        data: data(minor),
      });
    }
  }
  return problems;
}

/** How the claims one claim disagrees with fall: each list in file order. */
interface Split {
  readonly minor: readonly ClaimRef[];
  readonly sameOrigin: readonly ClaimRef[];
  readonly independent: readonly ClaimRef[];
  /** The origins the claim shares with those of `sameOrigin`. */
  readonly shared: readonly Origin[];
  /** Whether no claim of `sameOrigin` is the own claim of one of `shared`. */
  readonly othersCite: boolean;
}

/**
 * What the claims of one value set of a group disagree with, and what is said of each list of
 * them: computed once per value set, so that 10,000 claims of one value cost one pass over the
 * claims they conflict with, not 10,000. A claim's own part (its origins, its place) is added
 * per claim; the lists, their messages and related places are shared.
 */
class Dispute {
  readonly conflicting: ClaimRef[] = [];
  readonly incompatible: ClaimRef[] = [];
  /** Of `conflicting`, those not deprecated: minor ones, and the rest by the origins they trace to. */
  private readonly minor: ClaimRef[] = [];
  private readonly byOrigins = new Map<string, { origins: readonly Origin[]; refs: ClaimRef[]; via: boolean }>();
  /** Origin key → the keys of the buckets that trace to it. */
  private readonly buckets = new Map<string, string[]>();
  private readonly splits = new Map<string, Split>();
  private readonly memo = new WeakMap<readonly ClaimRef[], Map<string, unknown>>();

  constructor(
    readonly generation: number,
    private readonly workspace: WorkspaceIndex,
    origins: Origins,
    analysis: GroupComparison,
    own: string,
    readonly minorDifference: number,
  ) {
    for (const [other, comparison] of analysis.comparisons.get(own) ?? []) {
      const members = analysis.bySet.get(other) ?? [];
      if (comparison === "contradict") append(this.conflicting, members);
      else if (comparison === "incompatible") append(this.incompatible, members);
    }
    costs.disputeSteps += this.conflicting.length + this.incompatible.length;
    // Files are indexed in whatever order they were read: sort, so that messages never depend on it.
    this.conflicting.sort(byPlace);
    this.incompatible.sort(byPlace);
    this.gapTo = (ref) => (ref.claim.set ? analysis.gaps.get(own)?.get(setKey(ref.claim.set)) : undefined);
    this.open = this.conflicting.some((m) => m.claim.rank !== "deprecated");
    for (const ref of this.conflicting) {
      if (ref.claim.rank === "deprecated") continue;
      if (isMinor(this.gapTo(ref), minorDifference)) {
        this.minor.push(ref);
        continue;
      }
      const traced = origins.of(ref.claim);
      const via = ref.claim.viaRefs.length > 0;
      const key = `${via ? "via" : ""}\u0000${traced.map((o) => o.key).join("\u0000")}`;
      let bucket = this.byOrigins.get(key);
      if (!bucket) {
        this.byOrigins.set(key, (bucket = { origins: traced, refs: [], via }));
        for (const o of traced) {
          let keys = this.buckets.get(o.key);
          if (!keys) this.buckets.set(o.key, (keys = []));
          keys.push(key);
        }
      }
      bucket.refs.push(ref);
    }
  }

  readonly gapTo: (ref: ClaimRef) => Gap | undefined;

  /** Whether a claim it conflicts with is open (not deprecated). */
  readonly open: boolean;

  /** How the conflicting claims fall for `claim`, remembered by which of their origins it shares. */
  split(claim: ClaimFacts, mine: readonly Origin[]): Split {
    const claimVia = claim.viaRefs.length > 0;
    // A misquotation needs a quotation: one of the two at least cites a source of the workspace.
    // Only the buckets that trace to one of the claim's origins are looked at.
    const candidates = new Set<string>();
    for (const o of mine) for (const key of this.buckets.get(o.key) ?? []) candidates.add(key);
    const sharing: string[] = [];
    for (const key of candidates) {
      costs.disputeSteps++;
      if (claimVia || this.byOrigins.get(key)?.via) sharing.push(key);
    }
    sharing.sort();
    const id = `${claimVia ? "via" : ""}|${mine.map((o) => o.key).join("\u0000")}|${sharing.join("\u0001")}`;
    let split = this.splits.get(id);
    if (split) return split;
    if (sharing.length === 0) {
      split = { minor: this.minor, sameOrigin: [], independent: this.allRest(), shared: [], othersCite: true };
    } else {
      const chosen = new Set(sharing);
      const sameOrigin: ClaimRef[] = [];
      const independent: ClaimRef[] = [];
      const shared = new Map<string, Origin>();
      for (const [key, bucket] of this.byOrigins) {
        costs.disputeSteps += bucket.refs.length;
        if (!chosen.has(key)) append(independent, bucket.refs);
        else {
          append(sameOrigin, bucket.refs);
          for (const o of sharedOrigins(mine, bucket.origins)) shared.set(o.key, o);
        }
      }
      sameOrigin.sort(byPlace);
      independent.sort(byPlace);
      const common = [...shared.values()];
      split = { minor: this.minor, sameOrigin, independent, shared: common, othersCite: sameOrigin.every((r) => common.every((o) => o.sourceId !== r.claim.source?.id)) };
    }
    this.splits.set(id, split);
    return split;
  }

  private rest: ClaimRef[] | undefined;
  /** Every open, not minor conflicting claim, in file order. */
  private allRest(): ClaimRef[] {
    if (!this.rest) {
      this.rest = [];
      for (const bucket of this.byOrigins.values()) append(this.rest, bucket.refs);
      costs.disputeSteps += this.rest.length;
      this.rest.sort(byPlace);
    }
    return this.rest;
  }

  private remembered<T>(refs: readonly ClaimRef[], key: string, make: () => T): T {
    let byKey = this.memo.get(refs);
    if (!byKey) this.memo.set(refs, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key) as T;
    const value = make();
    byKey.set(key, value);
    return value;
  }

  /** The list of values and sources a message names: at most {@link MAX_RELATED} names. */
  listed(refs: readonly ClaimRef[]): MessageArg {
    return this.remembered(refs, "listed", () => listValues(this.workspace, refs, MAX_RELATED, this.gapTo));
  }

  related(refs: readonly ClaimRef[], label: string): RelatedPlace[] {
    return this.remembered(refs, `related ${label}`, () => relatedPlaces(refs, label));
  }

  values(refs: readonly ClaimRef[]): string[] {
    return this.remembered(refs, "values", () => distinctValues(refs));
  }

  /** The first reason given among `refs`. */
  reasonOf(refs: readonly ClaimRef[]): string | undefined {
    return this.remembered(refs, "reason", () => refs.find((m) => m.claim.reason)?.claim.reason);
  }

  /** Every origin the claims of `refs` trace to. */
  originsOf(refs: readonly ClaimRef[]): Origin[] {
    return this.remembered(refs, "origins", () => {
      const theirs = new Map<string, Origin>();
      const listed = new Set(refs);
      for (const bucket of this.byOrigins.values()) {
        costs.disputeSteps += bucket.refs.length;
        if (bucket.refs.some((r) => listed.has(r))) for (const o of bucket.origins) theirs.set(o.key, o);
      }
      return [...theirs.values()];
    });
  }
}

/** The split for a running count, whose conflicting claims are its own: made afresh. */
function splitByOrigin(found: Dispute, conflicting: readonly ClaimRef[], claim: ClaimFacts, mine: readonly Origin[], origins: Origins): Split {
  const minorDifference = found.minorDifference;
  const minor: ClaimRef[] = [];
  const sameOrigin: ClaimRef[] = [];
  const independent: ClaimRef[] = [];
  const shared = new Map<string, Origin>();
  for (const ref of conflicting) {
    costs.disputeSteps++;
    if (ref.claim.rank === "deprecated") continue;
    if (isMinor(found.gapTo(ref), minorDifference)) {
      minor.push(ref);
      continue;
    }
    const both = claim.viaRefs.length > 0 || ref.claim.viaRefs.length > 0 ? sharedOrigins(mine, origins.of(ref.claim)) : [];
    if (both.length === 0) {
      independent.push(ref);
      continue;
    }
    sameOrigin.push(ref);
    for (const o of both) shared.set(o.key, o);
  }
  const common = [...shared.values()];
  return { minor, sameOrigin, independent, shared: common, othersCite: sameOrigin.every((r) => common.every((o) => o.sourceId !== r.claim.source?.id)) };
}

/** The disputes of each value set of a group's comparison, for one generation of the index. */
const disputes = new WeakMap<GroupComparison, Map<string, Dispute>>();

function disputeOf(workspace: WorkspaceIndex, origins: Origins, analysis: GroupComparison, own: string, minorDifference: number): Dispute {
  let byOwn = disputes.get(analysis);
  if (!byOwn) disputes.set(analysis, (byOwn = new Map()));
  const held = byOwn.get(own);
  // Origins run through other files: what a claim traces to holds for one generation.
  if (held && held.generation === workspace.generation && held.minorDifference === minorDifference) return held;
  const made = new Dispute(workspace.generation, workspace, origins, analysis, own, minorDifference);
  byOwn.set(own, made);
  return made;
}

/**
 * A reviewed dispute: this claim is deprecated, or every claim it conflicts with is. Then it is
 * information, naming the preferred value and the reason given.
 */
function settled(workspace: WorkspaceIndex, entry: ClaimsEntry, claim: ClaimFacts, conflicting: readonly ClaimRef[], analysis: GroupComparison, found: Dispute): Omit<Problem, "start" | "end"> | undefined {
  const selfDeprecated = claim.rank === "deprecated";
  const open = conflicting === found.conflicting ? found.open : conflicting.some((m) => m.claim.rank !== "deprecated");
  if (!selfDeprecated && open) return undefined;
  const preferred = analysis.preferred.find((p) => p.claim.rank === "preferred" && p.claim !== claim) ?? (claim.rank === "preferred" ? { uri: entry.uri, claim } : undefined);
  const reason = preferred?.claim.reason ?? claim.reason ?? found.reasonOf(conflicting);
  const preferredValue = preferred?.claim.valueText;
  const values = found.values(conflicting);
  const losers = selfDeprecated ? [claim.valueText ?? ""] : values.length > MAX_RELATED ? [...values.slice(0, MAX_RELATED), "…"] : values;
  const head = preferredValue
    ? msg("settled: {0} preferred over {1}", isolate(preferredValue), losers.map(isolate).join(", "))
    : msg("settled: {0} deprecated", losers.map(isolate).join(", "));
  return {
    code: "settled-contradiction",
    ...(reason ? said("{0} — {1}", head, isolate(reason)) : said("{0}", head)),
    related: selfDeprecated && preferred ? relatedPlaces([preferred], "reviewed claim: {0}") : found.related(conflicting, "reviewed claim: {0}"),
  };
}

/** `cells_dismantled {year: 2017} = 13 (al-waha)` style description of a claim. */
function describe(claim: ClaimFacts): string {
  const value = claim.valueText ?? "";
  const source = claim.source?.id;
  return `${isolate(value)}${source ? ` (${isolate(source)})` : ""}`;
}

/** "@bcij-statement-2024-06-06, @al-waha-2024-06-08 ← expert and 2 more", or "—" for a claim above every source. */
function originList(origins: readonly Origin[]): MessageArg {
  if (origins.length === 0) return "—";
  const names = origins.slice(0, MAX_ORIGINS).map((o) => isolate(originLabel(o))).join(", ");
  return origins.length > MAX_ORIGINS ? msg("{0} and {1} more", names, origins.length - MAX_ORIGINS) : names;
}

/**
 * "9 (sada), off by 4 (31%); 11 (marsad, atlas) and 3 more claims", grouped by value; `gapTo`
 * gives how far each value is from the claim's, when it is measured.
 */
function listValues(workspace: WorkspaceIndex, refs: readonly ClaimRef[], limit: number, gapTo?: (ref: ClaimRef) => Gap | undefined): MessageArg {
  const parts: MessageArg[] = [];
  let shown = 0;
  for (const group of groupByValue(refs)) {
    // Past the limit the message only counts: naming 8,000 values would be no help, and costly.
    if (shown >= limit) break;
    const first = group[0];
    const value = first?.claim.valueText ?? "";
    const sources = group.map((ref) => ref.claim.source?.id ?? workspace.rootUri);
    const unique = [...new Set(sources)];
    const room = Math.max(0, limit - shown);
    const names = unique.slice(0, Math.max(1, room)).map(isolate);
    shown += names.length;
    const more = unique.length - names.length;
    const part = more > 0 ? msg("{0} ({1} and {2} more)", isolate(value), names.join(", "), more) : `${isolate(value)} (${names.join(", ")})`;
    const gap = first && gapTo ? gapTo(first) : undefined;
    parts.push(gap ? msg("{0}, {1}", part, gapMessage(gap)) : part);
  }
  const list = parts.slice(1).reduce<MessageArg>((a, b) => msg("{0}; {1}", a, b), parts[0] ?? "");
  return refs.length > limit ? msg("{0}; {1} claims in all", list, refs.length) : list;
}

/** Claims grouped by the value they allow (`9` and `٩` together), in order of first appearance. */
function groupByValue(refs: readonly ClaimRef[]): ClaimRef[][] {
  const groups = new Map<string, ClaimRef[]>();
  for (const ref of refs) {
    const key = ref.claim.set ? setKey(ref.claim.set) : (ref.claim.valueText ?? "");
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(ref);
  }
  return [...groups.values()];
}

/** One written form per distinct value. */
function distinctValues(refs: readonly ClaimRef[]): string[] {
  return groupByValue(refs).map((g) => g[0]?.claim.valueText ?? "");
}

/** Related places for the first {@link MAX_RELATED} claims, grouped by value so each value shows. */
function relatedPlaces(refs: readonly ClaimRef[], label: string): RelatedPlace[] {
  // `label` is a template whose `{0}` is the claim's value and source.
  // Round-robin over values, so that 1,000 claims of one value do not hide the single other one.
  const out: RelatedPlace[] = [];
  const queues = groupByValue(refs);
  for (let round = 0; out.length < MAX_RELATED && queues.some((q) => q.length > round); round++) {
    for (const queue of queues) {
      const ref = queue[round];
      if (!ref || out.length >= MAX_RELATED) continue;
      const value = ref.claim.valueText;
      const sourceId = ref.claim.source?.id;
      out.push({
        uri: ref.uri,
        start: ref.claim.valueStart,
        end: ref.claim.valueEnd,
        ...said(label, `${isolate(value ?? "")}${sourceId ? ` (${isolate(sourceId)})` : ""}`),
        ...(sourceId ? { sourceId } : {}),
        ...(value !== undefined ? { value } : {}),
      });
    }
  }
  const hidden = refs.length - out.length;
  const last = out[out.length - 1];
  if (hidden > 0 && last) out[out.length - 1] = { ...last, ...said("{0} — and {1} more claims not listed", last.l10n ?? last.message, hidden) };
  return out;
}

/** Claims in file order, then in their order in the file. */
function byPlace(a: ClaimRef, b: ClaimRef): number {
  return a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.claim.start - b.claim.start;
}

/** Leaves out of `conflicting` the counts of the window taken on a date certainly before or after the claim's. */
function dropCountsApart(counts: CountTimes, claim: ClaimFacts, conflicting: ClaimRef[]): void {
  const own = counts.of(claim);
  if (!own) return;
  for (let i = conflicting.length - 1; i >= 0; i--) {
    const other = conflicting[i];
    if (other && countsApart(own, counts.of(other.claim))) conflicting.splice(i, 1);
  }
}
