/**
 * Every claim of the selected claims files as a plain record: what its source says of itself,
 * its quantity and value, its attribution chain, where its quote stands in its article and how
 * the other claims about its quantity stand towards it. What `isnad export` writes in each format.
 */
import { peersOf, type Verdict } from "../core/analysis/peers";
import { problemsOwner } from "../core/analysis/problems";
import type { ClaimFacts, SourceFacts } from "../core/model/facts";
import type { Rank } from "../core/model/fieldSchemas";
import { relativePath } from "../core/workspace/paths";
import type { WorkspaceIndex } from "../core/workspace/workspaceIndex";

export interface SourceRecord {
  readonly id: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly author?: string;
  readonly published?: string;
  readonly url?: string;
  readonly language?: string;
}

/** A place the quote stands in the article, as UTF-16 offsets (end exclusive). */
export interface QuotePlace {
  readonly start: number;
  readonly end: number;
}

export interface ClaimRecord {
  /** The claims file, relative to the root. */
  readonly file: string;
  readonly source: SourceRecord | undefined;
  readonly metric: string;
  /** Qualifiers as written, in order. */
  readonly qualifiers: readonly (readonly [string, string])[];
  readonly value: string | undefined;
  readonly rank: Rank;
  /** `via:` values, nearest first. */
  readonly via: readonly string[];
  readonly quote: string | undefined;
  /** The article, relative to the root, when the source's `text:` leads inside it. */
  readonly article: string | undefined;
  readonly articleText: string | undefined;
  /** Where the quote stands (several places when it is ambiguous; none when it is not found). */
  readonly places: readonly QuotePlace[];
  /** The claims about the same quantity that contradict it, or disagree in a dispute settled by ranks. */
  readonly competing: readonly { readonly record: () => ClaimRecord; readonly verdict: Verdict }[];
}

/** The records of every claim of `uris`, in file order then document order. */
export function claimRecords(workspace: WorkspaceIndex, uris: readonly string[]): ClaimRecord[] {
  const made = new Map<ClaimFacts, ClaimRecord>();
  const recordOf = (uri: string, claim: ClaimFacts): ClaimRecord => {
    let record = made.get(claim);
    if (!record) made.set(claim, (record = makeRecord(workspace, uri, claim, recordOf)));
    return record;
  };
  const out: ClaimRecord[] = [];
  for (const uri of [...uris].sort()) for (const claim of workspace.entry(uri)?.facts.claims ?? []) out.push(recordOf(uri, claim));
  return out;
}

/** The claim as written in its header: `metric {k: v, …} = value`. */
export function claimText(record: ClaimRecord): string {
  const qualifiers = record.qualifiers.length > 0 ? ` {${qualifiersText(record)}}` : "";
  return `${record.metric}${qualifiers}${record.value !== undefined ? ` = ${record.value}` : ""}`;
}

/** `k: v, k: v`, as written. */
export function qualifiersText(record: ClaimRecord): string {
  return record.qualifiers.map(([k, v]) => `${k}: ${v}`).join(", ");
}

function makeRecord(workspace: WorkspaceIndex, uri: string, claim: ClaimFacts, recordOf: (uri: string, claim: ClaimFacts) => ClaimRecord): ClaimRecord {
  const entry = workspace.entry(uri);
  const link = entry && claim.source ? entry.links.get(claim.source.index) : undefined;
  const found = entry ? problemsOwner(workspace).quotes.matches(entry, claim) : undefined;
  const articleText = link?.kind === "inside" ? workspace.article(link.uri)?.text : undefined;
  const competing = peersOf(workspace, claim)
    .filter((p) => p.verdict === "contradicts" || p.verdict === "settled")
    .map((p) => ({ record: () => recordOf(p.ref.uri, p.ref.claim), verdict: p.verdict }));
  return {
    file: relativePath(workspace.rootUri, uri),
    source: claim.source ? sourceRecord(claim.source) : undefined,
    metric: claim.metric.text,
    qualifiers: claim.node.qualifiers.map((q) => [q.key.text, q.value.text] as const),
    value: claim.valueText,
    rank: claim.rank,
    via: claim.viaChain,
    quote: claim.quote?.value,
    article: link?.kind === "inside" ? relativePath(workspace.rootUri, link.uri) : undefined,
    articleText,
    places: (found?.matches ?? []).map((m) => ({ start: m.start, end: m.end })),
    competing,
  };
}

function sourceRecord(source: SourceFacts): SourceRecord {
  const field = (name: keyof SourceFacts["fields"]) => source.fields[name]?.value;
  const out: Record<string, string> = { id: source.id };
  for (const name of ["outlet", "title", "author", "published", "url", "language"] as const) {
    const value = field(name);
    if (value !== undefined && value !== "") out[name] = value;
  }
  return out as unknown as SourceRecord;
}
