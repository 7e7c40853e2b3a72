/**
 * When a count of a flow was taken: a window counted to its end is complete; one counted before
 * its end ("so far", "up to 6 June", "since 2002" in an article of 2024) is partial, as of a date.
 * The rules are docs/format.md's table, *Time qualifiers*.
 */
import type { ClaimFacts } from "../../model/facts";
import { dateSpan, lastDayOf, type DateSpan, type TimeWindow } from "../../model/timeWindow";
import { sourceIdOfVia, type WorkspaceIndex } from "../../workspace/workspaceIndex";

export interface CountTime {
  readonly window: TimeWindow;
  /** The day (or month, or year) the count reached; undefined when nothing dates it. */
  readonly asof: DateSpan | undefined;
  /** Counted to the window's end. */
  readonly complete: boolean;
  /** Where the as-of date comes from, for hovers and messages. */
  readonly from: "window" | "asof" | "published" | "via";
  /** The source whose `published` dates the count, when it does. */
  readonly datedBy: string | undefined;
}

/** When the claim's count was taken; undefined when it has no window. */
export function countTime(workspace: WorkspaceIndex, claim: ClaimFacts): CountTime | undefined {
  const window = claim.time?.window;
  if (!window) return undefined;
  const end = window.end;
  const explicit = claim.time?.asof;
  if (explicit && explicit !== "published") {
    if (end && explicit.first >= end.last) return { window, asof: lastDayOf(end), complete: true, from: "asof", datedBy: undefined };
    return { window, asof: explicit, complete: false, from: "asof", datedBy: undefined };
  }
  const dated = publication(workspace, claim);
  const published = dated ? dateSpan(dated.published) : undefined;
  if (explicit === "published" || !end || (published && end.last > published.last)) {
    if (published && end && published.first >= end.last) return { window, asof: lastDayOf(end), complete: true, from: dated?.via ? "via" : "published", datedBy: dated?.id };
    return { window, asof: published, complete: false, from: dated?.via ? "via" : "published", datedBy: dated?.id };
  }
  return { window, asof: lastDayOf(end), complete: true, from: "window", datedBy: undefined };
}

/** Whether two counts were taken on dates certainly apart (either before the other). */
export function countsApart(a: CountTime | undefined, b: CountTime | undefined): boolean {
  if (!a?.asof || !b?.asof) return false;
  return before(a.asof, b.asof) || before(b.asof, a.asof);
}

/** Whether `a` is certainly before `b`: a date known to a month is not ordered against a day inside it. */
export function before(a: DateSpan, b: DateSpan): boolean {
  return a.last < b.first;
}

/**
 * The date that dates a claim's count: that of the first `via:` source of the workspace that has
 * one (the statement the article reports), else the claim's own source's.
 */
function publication(workspace: WorkspaceIndex, claim: ClaimFacts): { id: string; published: string; via: boolean } | undefined {
  for (const via of claim.viaRefs) {
    const id = sourceIdOfVia(via.value);
    if (!id) continue;
    for (const uri of workspace.sourceDefiners(id)) {
      const source = workspace.entry(uri)?.facts.sources.find((s) => s.id === id && s.published !== undefined);
      if (source?.published) return { id, published: source.published, via: true };
    }
  }
  const own = claim.source;
  return own?.published ? { id: own.id, published: own.published, via: false } : undefined;
}

/**
 * Count times remembered per claim for one generation of the index (a cited source's date can
 * change without the claim changing): a group's checks ask for every member's.
 */
export class CountTimes {
  private readonly kept = new WeakMap<ClaimFacts, { generation: number; time: CountTime | undefined }>();

  constructor(private readonly workspace: WorkspaceIndex) {}

  of(claim: ClaimFacts): CountTime | undefined {
    const generation = this.workspace.generation;
    const held = this.kept.get(claim);
    if (held?.generation === generation) return held.time;
    const time = countTime(this.workspace, claim);
    this.kept.set(claim, { generation, time });
    return time;
  }
}
