/**
 * What a parsed claims file says, in the terms the checks use: its sources with validated
 * fields, and its claims with their source, quantity key and value set. Computed once per
 * version of a file; everything here depends on that file alone.
 */
import type { ClaimNode, ClaimsFile, Field, SourceNode, Span, Token, ValueLiteral } from "../syntax/ast";
import { CLAIM_FIELDS, SOURCE_FIELDS, type ClaimFieldName, type SourceFieldName } from "../syntax/fieldNames";
import { readValue, formatDate, readIsoDate, westernDigits } from "../syntax/values";
import { foldKey } from "../text/fold";
import { claimFieldSchemas, fieldError, REPEATABLE_FIELDS, sourceFieldSchemas, type Rank } from "./fieldSchemas";
import { valueSetOf, type ValueSet } from "./valueSet";
import type { Problem } from "./problem";
import { said } from "../messages";
import { exact } from "../memory/exact";
import { remembered } from "../memory/remembered";
import { declarationsOf, type MetricFacts, type QualifierFacts } from "./declarations";
import { readTime, TIME_KEYS, windowKey, type DateSpan, type Resolution, type TimeWindow } from "./timeWindow";

export interface SourceFacts {
  readonly index: number;
  readonly node: SourceNode;
  readonly id: string;
  /** Where the id stands in `source <id>` (`node.id`, kept without the tree). */
  readonly idToken: Token;
  /** `fields.text`: the article, which the checks read for every file. */
  readonly textField: Field | undefined;
  /** `fields.published.value`: resolves an article's relative dates, sorts a hover's sources. */
  readonly published: string | undefined;
  /** `fields.outlet.value` and `fields.title.value`: what hovers and completion show of a source. */
  readonly outlet: string | undefined;
  readonly title: string | undefined;
  /** Valid fields only: an invalid one is reported and left out. */
  readonly fields: Partial<Record<SourceFieldName, Field>>;
}

export interface ClaimFacts {
  readonly index: number;
  readonly node: ClaimNode;
  readonly source: SourceFacts | undefined;
  readonly claimId: Field | undefined;
  /**
   * What the checks across files read of a claim, as plain values: the index keeps these for every
   * claim of an archive and makes the syntax tree (`node`, the fields) again only when asked.
   */
  readonly claimIdValue: string | undefined;
  /** `node.start`, `node.end` and `node.header`. */
  readonly start: number;
  readonly end: number;
  readonly header: Span;
  /** The value as written (`node.value.text`); undefined when the header has none. */
  readonly valueText: string | undefined;
  /** The value's range, or the header's when it has none: where a related place points. */
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly metric: Token;
  /** The `via: @id` and `via: @id/claim` fields: value and the range of the value. */
  readonly viaRefs: readonly ViaRef[];
  /** Every `via:` value in order, nearest first, free descriptions too: where the figure comes from. */
  readonly viaChain: readonly string[];
  /** `node.value.literal`. */
  readonly literal: ValueLiteral | undefined;
  /** Whether the claim has a `quote:` line, valid or not. */
  readonly hasQuoteLine: boolean;
  /** Normalised metric and qualifiers: claims with equal keys are about the same quantity. */
  readonly quantityKey: string | undefined;
  readonly set: ValueSet | undefined;
  readonly rank: Rank;
  readonly reason: string | undefined;
  readonly quote: Field | undefined;
  readonly vias: readonly Field[];
  /** The claim's time qualifiers read as a window and an as-of date; undefined when it has none. */
  readonly time: TimeFacts | undefined;
}

/**
 * What the reasoning about windows reads of a claim (docs/format.md, *Time qualifiers*). Kept
 * only for claims with a time qualifier, which is why it is one object and not five fields.
 */
export interface TimeFacts {
  /** The metric and the qualifiers that are not time: claims with equal scope keys count the same thing. */
  readonly scopeKey: string;
  /** `scopeKey` and the window as days: equal for one window however it is written. */
  readonly windowKey: string;
  readonly window: TimeWindow | undefined;
  readonly asof: DateSpan | "published" | undefined;
  /** Relative values (`year: last`) and what they resolved to. */
  readonly resolutions: readonly Resolution[];
  /** The qualifiers that are not time, folded key and normalised value, sorted by key. */
  readonly scope: readonly (readonly [string, string])[];
}

export interface ViaRef extends Span {
  readonly value: string;
}

export interface FileFacts {
  readonly file: ClaimsFile;
  readonly sources: readonly SourceFacts[];
  /**
   * The file's claims, drafts left out: what the index groups, the checks read, the code lenses
   * count and the hovers list. A draft (`status: draft`) is in `drafts` until the user confirms it.
   */
  readonly claims: readonly ClaimFacts[];
  /** The claims marked `status: draft`, in file order: drafted from an article, not yet confirmed. */
  readonly drafts: readonly ClaimFacts[];
  /** The `metric` blocks (see model/declarations.ts). */
  readonly metrics: readonly MetricFacts[];
  /** The `qualifier` blocks. */
  readonly qualifierBlocks: readonly QualifierFacts[];
  /** Problems found in this file alone: syntax, unknown and invalid fields, repeated ids, declarations that cannot be. */
  readonly problems: readonly Problem[];
}

/** Derives the facts of a parsed file; `tolerance` widens `~n` values. */
export function factsOf(file: ClaimsFile, tolerance: number): FileFacts {
  const problems: Problem[] = file.problems.map((p) => ({ code: p.code, start: p.start, end: p.end, message: p.message, ...(p.l10n ? { l10n: p.l10n } : {}), ...(p.suggestion ? { data: { suggestion: p.suggestion } } : {}) }));
  const sources = file.sources.map((node, index): SourceFacts => {
    const fields = validFields(node.fields, SOURCE_FIELDS, sourceFieldSchemas, problems);
    const single = singleFields(fields) as Partial<Record<SourceFieldName, Field>>;
    return { index, node, id: node.id.text, idToken: node.id, textField: single.text, published: single.published?.value, outlet: single.outlet?.value, title: single.title?.value, fields: single };
  });
  // Confirmed claims and drafts are numbered apart: `index` is a claim's place in its own list.
  const counters = { claims: 0, drafts: 0 };
  const all = file.claims.map((node): { draft: boolean; facts: ClaimFacts } => {
    const fields = validFields(node.fields, CLAIM_FIELDS, claimFieldSchemas, problems);
    const single = singleFields(fields) as Partial<Record<ClaimFieldName, Field>>;
    const draft = single.status?.value === "draft";
    const index = draft ? counters.drafts++ : counters.claims++;
    const set = node.value ? valueSetOf(node.value.literal, tolerance) : undefined;
    const vias = exact(fields.filter((f) => f.name.text === "via"));
    const facts: ClaimFacts = {
      index,
      node,
      source: node.sourceIndex >= 0 ? sources[node.sourceIndex] : undefined,
      claimId: single.id,
      claimIdValue: single.id?.value,
      start: node.start,
      end: node.end,
      header: node.header,
      valueText: node.value?.text,
      valueStart: node.value?.start ?? node.start,
      valueEnd: node.value?.end ?? node.header.end,
      metric: node.metric,
      viaRefs: viaRefsOf(vias),
      viaChain: vias.length === 0 ? NO_VIAS : vias.map((via) => via.value),
      literal: node.value?.literal,
      hasQuoteLine: node.fields.some((f) => f.name.text === "quote"),
      ...quantityOf(node, node.sourceIndex >= 0 ? sources[node.sourceIndex]?.published : undefined, problems),
      set,
      rank: (single.rank?.value as Rank | undefined) ?? "normal",
      reason: single.reason?.value,
      quote: single.quote,
      vias,
    };
    return { draft, facts };
  });
  const claims = all.filter((c) => !c.draft).map((c) => c.facts);
  const drafts = all.filter((c) => c.draft).map((c) => c.facts);
  reportRepeatedClaimIds([...claims, ...drafts], problems);
  const { metrics, qualifierBlocks } = declarationsOf(file, problems);
  return { file, sources, claims, drafts: drafts.length === 0 ? NO_DRAFTS : drafts, metrics, qualifierBlocks, problems };
}

const NO_VIA_REFS: readonly ViaRef[] = [];
const NO_DRAFTS: readonly ClaimFacts[] = [];
const NO_VIAS: readonly string[] = [];

function viaRefsOf(vias: readonly Field[]): readonly ViaRef[] {
  const refs = vias.filter((via) => via.value.startsWith("@"));
  return refs.length === 0 ? NO_VIA_REFS : refs.map((via) => ({ value: via.value, start: via.valueSpan.start, end: via.valueSpan.end }));
}

function validFields(fields: readonly Field[], known: readonly string[], schemas: Record<string, import("zod").ZodType<string>>, problems: Problem[]): Field[] {
  const seen: string[] = []; // a block has a handful of fields: a list, not a set per block
  const valid: Field[] = [];
  for (const field of fields) {
    const name = field.name.text;
    if (!known.includes(name)) continue; // reported by the parser as unknown-field
    const at: Span = field.value ? field.valueSpan : field.name;
    if (seen.includes(name) && !REPEATABLE_FIELDS.has(name)) {
      problems.push({ code: "invalid-field", start: field.name.start, end: field.name.end, ...said("`{0}` is given twice in this block; the first one counts", name) });
      continue;
    }
    seen.push(name);
    const schema = schemas[name];
    const error = schema ? fieldError(schema, field.value) : undefined;
    if (error) {
      problems.push({ code: "invalid-field", start: at.start, end: at.end, ...said("`{0}: {1}`: {2}", name, field.value, error) });
      continue;
    }
    valid.push(field);
  }
  return valid;
}

function singleFields(fields: readonly Field[]): Record<string, Field> {
  const out: Record<string, Field> = {};
  for (const f of fields) out[f.name.text] ??= f;
  return out;
}

/**
 * The quantity a claim is about: its metric and qualifiers, folded so that spelling variants,
 * digits of any script and date spellings meet, and sorted so that order does not matter. A
 * relative year (`year: last`) counts as the year it resolves to in the source's `published`
 * date. Beside it, for a claim with time qualifiers, the same quantity as a scope and a window.
 */
function quantityOf(node: ClaimNode, published: string | undefined, problems: Problem[], canon?: Canon): Quantity {
  if (!node.metric.text) return { quantityKey: undefined, time: undefined };
  const pairs = new Map<string, string>();
  let timeQualifiers: { key: string; value: string; at: Span }[] | undefined;
  for (const q of node.qualifiers) {
    const key = foldedName(q.key.text);
    if (pairs.has(key)) {
      problems.push({ code: "syntax-error", start: q.key.start, end: q.key.end, ...said("the qualifier `{0}` is given twice", q.key.text) });
      continue;
    }
    const value = normaliseQualifierValue(q.value.text, q.quoted);
    pairs.set(key, canon && !TIME_KEYS.has(key) ? canon.value(key, value) : value);
    if (!q.quoted && TIME_KEYS.has(key)) (timeQualifiers ??= []).push({ key, value: q.value.text, at: q.value });
  }
  const metric = canon ? canon.metric(foldedName(node.metric.text)) : foldedName(node.metric.text);
  if (!timeQualifiers) return { quantityKey: joinKey(metric, pairs), time: undefined };
  const reading = readTime(timeQualifiers, published);
  for (const key of reading.unresolved) {
    const at = timeQualifiers.find((q) => q.key === key)?.at ?? node.metric;
    problems.push({ code: "undated-source", start: at.start, end: at.end, ...said("`{0}` is relative, but the source has no `published:` date to resolve it against", key) });
  }
  if (reading.asof === "published" && !published) {
    const at = timeQualifiers.find((q) => q.key === "asof")?.at ?? node.metric;
    problems.push({ code: "undated-source", start: at.start, end: at.end, ...said("`asof: published`, but the source has no `published:` date") });
  }
  // A relative year is the year it stands for: `year: last` in 2018 is `year: 2017`.
  for (const r of reading.resolutions) if (r.key === "year") pairs.set(r.key, normaliseQualifierValue(r.resolved, false));
  const scope = [...pairs].filter(([k]) => !TIME_KEYS.has(k) || reading.notTime.includes(k)).sort(byKey);
  const scopeKey = joinKey(metric, new Map(scope));
  const time: TimeFacts = {
    scopeKey,
    windowKey: `${scopeKey}@${reading.window ? windowKey(reading.window) : ""}`,
    window: reading.window,
    asof: reading.asof,
    resolutions: reading.resolutions,
    scope,
  };
  return { quantityKey: joinKey(metric, pairs), time };
}

/** The keys a claim is grouped by: its quantity, and with time qualifiers its scope and window. */
export interface Quantity {
  readonly quantityKey: string | undefined;
  readonly time: TimeFacts | undefined;
}

/**
 * How the workspace's declarations rename what a claim writes: a metric alias to its metric, a
 * qualifier value's alias to the value (folded names and normalised values in, the same out).
 * Time qualifiers take no aliases: their values are windows.
 */
export interface Canon {
  metric(folded: string): string;
  value(foldedKey: string, normalised: string): string;
}

/**
 * The keys of a claim with the metric and qualifier values it writes renamed by `canon`: the
 * workspace groups a claim under these when it links the file, so that facts stay the file's own.
 */
export function canonicalQuantity(node: ClaimNode, published: string | undefined, canon: Canon): Quantity {
  return quantityOf(node, published, [], canon);
}

/** What a claim counts, apart from time: its metric and its other qualifiers. */
export interface Scope {
  readonly metric: string;
  readonly pairs: readonly (readonly [string, string])[];
  readonly key: string;
  /** The window part of the claim's window key (after `@`); "" for a claim with no window. */
  readonly window: string;
}

/** The claim's scope; undefined for a claim with no metric. */
export function scopeOf(claim: Pick<ClaimFacts, "quantityKey" | "time">): Scope | undefined {
  const key = claim.quantityKey;
  if (!key) return undefined;
  const open = key.indexOf("{");
  const metric = key.slice(0, open);
  const time = claim.time;
  if (time) return { metric, pairs: time.scope, key: time.scopeKey, window: time.window ? time.windowKey.slice(time.windowKey.lastIndexOf("@") + 1) : "" };
  const inner = key.slice(open + 1, -1);
  const pairs = inner === "" ? [] : inner.split("\u0001").map((pair): [string, string] => {
    const colon = pair.indexOf(":");
    return [pair.slice(0, colon), pair.slice(colon + 1)];
  });
  return { metric, pairs, key, window: "" };
}

function byKey([a]: readonly [string, string], [b]: readonly [string, string]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A quantity key of a metric and qualifiers (already folded and normalised). */
export function joinKey(metric: string, pairs: ReadonlyMap<string, string>): string {
  const sorted = [...pairs].sort(byKey);
  // Joined, not concatenated: the key is kept for every claim, and a concatenation would keep a
  // rope of pieces until something flattens it.
  const parts = [metric, "{"];
  sorted.forEach(([k, v], i) => parts.push(i > 0 ? "\u0001" : "", k, ":", v));
  parts.push("}");
  return parts.join("");
}

/** Metric names and qualifier keys, folded once per spelling: an archive uses a few hundred. */
export const foldedName: (written: string) => string = remembered(8192, foldKey);

// Qualifier values repeat across an archive (a region, a year, an event): each spelling is read once.
const unquotedValue = remembered(8192, (written) => readQualifierValue(written, false));
const quotedValue = remembered(8192, (written) => readQualifierValue(written, true));

/** `٢٠١٧` and `2017` meet as numbers, `2024-6` and `2024-06` as dates; the rest as folded text. */
export function normaliseQualifierValue(written: string, quoted: boolean): string {
  return quoted ? quotedValue(written) : unquotedValue(written);
}

function readQualifierValue(written: string, quoted: boolean): string {
  if (!quoted) {
    // A qualifier names a quantity, it does not measure one: `{budget: 2 million}` is text.
    const reading = readValue(written, { scale: false });
    if (reading.ok && reading.literal.kind === "number") return `#${reading.literal.value}`;
    const date = readIsoDate(westernDigits(written));
    if (date) return `@${formatDate(date.year, date.month, date.day)}`;
  }
  return `'${foldKey(written)}`;
}

function reportRepeatedClaimIds(claims: readonly ClaimFacts[], problems: Problem[]): void {
  const seen = new Map<string, ClaimFacts>();
  for (const claim of claims) {
    if (!claim.claimId || !claim.source) continue;
    const key = `${claim.source.index}/${claim.claimId.value}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, claim);
      continue;
    }
    const at = claim.claimId.valueSpan;
    problems.push({ code: "duplicate-id", start: at.start, end: at.end, ...said("the claim id `{0}` is already used in source `{1}`", claim.claimId.value, claim.source.id) });
  }
}
