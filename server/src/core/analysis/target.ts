/**
 * The name under the cursor, for references, rename and definition: a source id (at its `source`
 * header or in a `via: @id`), a metric name (in a claim header, a `metric` header, an `alias:` or
 * `part-of:` of a metric block), a declared qualifier value (in a `qualifier` header or one of its
 * `alias:` lines), or a claim header as a whole (its quantity).
 */
import type { ClaimFacts } from "../model/facts";
import type { Span } from "../syntax/ast";
import { foldKey } from "../text/fold";
import { sourceIdOfVia, type ClaimsEntry } from "../workspace/workspaceIndex";

export type Target =
  | { readonly kind: "source"; readonly id: string; readonly span: Span }
  /** `claim` is the claim whose header names the metric; `declared` says where a declaration does. */
  | { readonly kind: "metric"; readonly folded: string; readonly written: string; readonly span: Span; readonly claim?: ClaimFacts; readonly declared?: "name" | "alias" | "part-of" }
  | { readonly kind: "value"; readonly key: string; readonly keyWritten: string; readonly normalised: string; readonly written: string; readonly span: Span }
  | { readonly kind: "quantity"; readonly key: string; readonly span: Span; readonly claim: ClaimFacts };

export function targetAt(entry: ClaimsEntry, offset: number): Target | undefined {
  const within = (span: Span) => offset >= span.start && offset <= span.end;
  for (const metric of entry.facts.metrics) {
    if (offset < metric.start || offset > metric.end) continue;
    if (within(metric.name)) return { kind: "metric", folded: metric.folded, written: metric.name.text, span: metric.name, declared: "name" };
    for (const alias of metric.aliases) if (within(alias)) return { kind: "metric", folded: alias.folded, written: alias.written, span: alias, declared: "alias" };
    const partOf = metric.partOf;
    if (partOf && within(partOf)) return { kind: "metric", folded: partOf.folded, written: partOf.written, span: partOf, declared: "part-of" };
  }
  for (const block of entry.facts.qualifierBlocks) {
    if (offset < block.start || offset > block.end) continue;
    for (const value of [block.value, ...block.aliases]) {
      if (within(value)) return { kind: "value", key: block.foldedKey, keyWritten: block.key.text, normalised: value.normalised, written: value.written, span: value };
    }
  }
  for (const source of entry.facts.sources) {
    const id = source.node.id;
    if (id.text && offset >= id.start && offset <= id.end) return { kind: "source", id: id.text, span: id };
  }
  for (const claim of entry.facts.claims) {
    const node = claim.node;
    if (offset < node.start || offset > node.end) continue;
    for (const via of claim.vias) {
      const span = viaIdSpan(entry.text, via.value, via.valueSpan.start);
      if (span && offset >= via.valueSpan.start && offset <= span.end) return { kind: "source", id: sourceIdOfVia(via.value) ?? "", span };
    }
    const metric = node.metric;
    if (metric.text && offset >= metric.start && offset <= metric.end) return { kind: "metric", folded: foldKey(metric.text), written: metric.text, span: metric, claim };
    if (claim.quantityKey && offset >= node.header.start && offset <= node.header.end) return { kind: "quantity", key: claim.quantityKey, span: node.header, claim };
  }
  return undefined;
}

/** Where the id of `via: @id` or `@id/claim` stands (after the `@`), or undefined for a free description. */
export function viaIdSpan(text: string, value: string, valueStart: number): Span | undefined {
  const id = sourceIdOfVia(value);
  if (!id) return undefined;
  const start = valueStart + 1;
  // The value is read verbatim from the line, so the id stands right after the `@`.
  if (text.slice(valueStart, start + id.length) !== `@${id}`) return undefined;
  return { start, end: start + id.length };
}
