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
    const conflicting: ClaimRef[] = [];
    const incompatible: ClaimRef[] = [];
    for (const [other, comparison] of analysis.comparisons.get(own) ?? []) {
      const members = analysis.bySet.get(other) ?? [];
      if (comparison === "contradict") conflicting.push(...members);
      else if (comparison === "incompatible") incompatible.push(...members);
    }
    // Running counts of one window taken on dates certainly apart are compared as such (runningCounts.ts).
    if (workspace.kindOf(claim) === "flow") dropCountsApart(counts, claim, conflicting);
    // Files are indexed in whatever order they were read: sort, so that messages never depend on it.
    conflicting.sort(byPlace);
    incompatible.sort(byPlace);
    const at = { start: claim.valueStart, end: claim.valueEnd };
    if (incompatible.length > 0) {
      problems.push({
        code: "incompatible-values",
        ...at,
        ...said(
          incompatible.length === 1 ? "{0} is {1}, but {2} gives {3} for the same quantity" : "{0} is {1}, but {2} give {3} for the same quantity",
          describe(claim),
          msg(kindName(claim.set)),
          listValues(workspace, incompatible, MAX_RELATED),
          msg(kindName(incompatible[0]?.claim.set ?? claim.set)),
        ),
        related: relatedPlaces(incompatible, "a value of another kind: {0}"),
      });
    }
    if (conflicting.length === 0) continue;
    const settledProblem = settled(workspace, entry, claim, conflicting, analysis);
    if (settledProblem) {
      problems.push({ ...settledProblem, ...at });
      continue;
    }
    const gapTo = (ref: ClaimRef) => (ref.claim.set ? analysis.gaps.get(own)?.get(setKey(ref.claim.set)) : undefined);
    const mine = origins.of(claim);
    const minor: ClaimRef[] = [];
    const sameOrigin: ClaimRef[] = [];
    const independent: ClaimRef[] = [];
    const shared = new Map<string, Origin>();
    for (const ref of conflicting) {
      if (ref.claim.rank === "deprecated") continue;
      if (isMinor(gapTo(ref), minorDifference)) {
        minor.push(ref);
        continue;
      }
      // A misquotation needs a quotation: one of the two at least cites a source of the workspace.
      const both = claim.viaRefs.length > 0 || ref.claim.viaRefs.length > 0 ? sharedOrigins(mine, origins.of(ref.claim)) : [];
      if (both.length === 0) {
        independent.push(ref);
        continue;
      }
      sameOrigin.push(ref);
      for (const o of both) shared.set(o.key, o);
    }
    const data = (refs: readonly ClaimRef[]) => ({ quantity: claim.quantityKey, values: distinctValues(refs) });
    if (independent.length > 0) {
      const theirs = new Map<string, Origin>();
      for (const ref of independent) for (const o of origins.of(ref.claim)) theirs.set(o.key, o);
      problems.push({
        code: "contradiction",
        ...at,
        ...said("{0} contradicts {1}; origins: {2} against {3}", describe(claim), listValues(workspace, independent, MAX_RELATED, gapTo), originList(mine), originList([...theirs.values()])),
        related: relatedPlaces(independent, "conflicting claim: {0}"),
        data: data(independent),
      });
    }
    if (sameOrigin.length > 0) {
      const common = [...shared.values()];
      // "Both cite" only when neither claim is the origin's own figure: a source does not cite itself.
      const cite = [claim, ...sameOrigin.map((r) => r.claim)].every((c) => common.every((o) => o.sourceId !== c.source?.id));
      problems.push({
        code: "same-origin-contradiction",
        ...at,
        ...said(
          cite ? "{0} contradicts {1}, though both cite {2}: one of them misquotes it" : "{0} contradicts {1}, though they trace to one origin, {2}: one of them misquotes it",
          describe(claim),
          listValues(workspace, sameOrigin, MAX_RELATED, gapTo),
          originList(common),
        ),
        related: relatedPlaces(sameOrigin, "claim of the same origin: {0}"),
        data: data(sameOrigin),
      });
    }
    if (minor.length > 0) {
      problems.push({
        code: "minor-difference",
        ...at,
        ...said("{0} differs slightly from {1}, under the minor difference of {2}", describe(claim), listValues(workspace, minor, MAX_RELATED, gapTo), percent(minorDifference)),
        related: relatedPlaces(minor, "slightly different claim: {0}"),
        data: data(minor),
      });
    }
  }
  return problems;
}

/**
 * A reviewed dispute: this claim is deprecated, or every claim it conflicts with is. Then it is
 * information, naming the preferred value and the reason given.
 */
function settled(workspace: WorkspaceIndex, entry: ClaimsEntry, claim: ClaimFacts, conflicting: ClaimRef[], analysis: GroupComparison): Omit<Problem, "start" | "end"> | undefined {
  const selfDeprecated = claim.rank === "deprecated";
  const open = conflicting.filter((m) => m.claim.rank !== "deprecated");
  if (!selfDeprecated && open.length > 0) return undefined;
  const preferred = analysis.preferred.find((p) => p.claim.rank === "preferred" && p.claim !== claim) ?? (claim.rank === "preferred" ? { uri: entry.uri, claim } : undefined);
  const reason = preferred?.claim.reason ?? claim.reason ?? conflicting.find((m) => m.claim.reason)?.claim.reason;
  const preferredValue = preferred?.claim.valueText;
  const losers = selfDeprecated ? [claim.valueText ?? ""] : distinctValues(conflicting);
  const head = preferredValue
    ? msg("settled: {0} preferred over {1}", isolate(preferredValue), losers.map(isolate).join(", "))
    : msg("settled: {0} deprecated", losers.map(isolate).join(", "));
  return {
    code: "settled-contradiction",
    ...(reason ? said("{0} — {1}", head, isolate(reason)) : said("{0}", head)),
    related: relatedPlaces(selfDeprecated && preferred ? [preferred] : conflicting, "reviewed claim: {0}"),
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
