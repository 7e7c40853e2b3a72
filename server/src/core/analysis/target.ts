/**
 * The name under the cursor, for references and rename: a source id (at its `source` header or
 * in a `via: @id`), a metric name, or a claim header as a whole (its quantity).
 */
import type { ClaimFacts } from "../model/facts";
import type { Span } from "../syntax/ast";
import { foldKey } from "../text/fold";
import { sourceIdOfVia, type ClaimsEntry } from "../workspace/workspaceIndex";

export type Target =
  | { readonly kind: "source"; readonly id: string; readonly span: Span }
  | { readonly kind: "metric"; readonly folded: string; readonly written: string; readonly span: Span; readonly claim: ClaimFacts }
  | { readonly kind: "quantity"; readonly key: string; readonly span: Span; readonly claim: ClaimFacts };

export function targetAt(entry: ClaimsEntry, offset: number): Target | undefined {
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
