/**
 * Go to definition: from a claim to its quote in the article, from `@id` to the source block, from
 * a declared metric's name (in a claim, an `alias:` or a `part-of:`) to its `metric` block, and
 * from a declared qualifier value (or an alias of one) in a claim to its `qualifier` block.
 */
import type { Range } from "../text/lineIndex";
import { problemsOwner } from "./problems";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { locate } from "./locate";
import { targetAt } from "./target";
import { foldedName, normaliseQualifierValue } from "../model/facts";
import type { ClaimsEntry } from "../workspace/workspaceIndex";

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

export function definitionAt(workspace: WorkspaceIndex, uri: string, offset: number): Location[] {
  const entry = workspace.entry(uri);
  if (!entry) return [];
  const declared = declarationAt(workspace, entry, offset);
  if (declared) return [declared];
  const at = locate(entry, offset);
  if (!at) return [];
  if (at.kind === "via") return sourceLocations(workspace, at.sourceId, at.claimId);
  if (at.kind === "source") {
    const link = entry.links.get(at.source.index);
    const article = link?.kind === "inside" ? workspace.article(link.uri) : undefined;
    return link?.kind === "inside" && article ? [{ uri: link.uri, range: article.lines.range(0, 0) }] : [];
  }
  const found = problemsOwner(workspace).quotes.matches(entry, at.claim);
  const lines = found ? workspace.article(found.articleUri)?.lines : undefined;
  if (!found || !lines) return [];
  return found.matches.map((m) => ({ uri: found.articleUri, range: lines.range(m.start, m.end) }));
}

/** Where source `id` is defined (or its claim `claimId`, when given). */
export function sourceLocations(workspace: WorkspaceIndex, id: string, claimId?: string): Location[] {
  const out: Location[] = [];
  for (const uri of workspace.sourceDefiners(id)) {
    const entry = workspace.entry(uri);
    if (!entry) continue;
    for (const source of entry.facts.sources) {
      if (source.id !== id) continue;
      const claim = claimId ? entry.facts.claims.find((c) => c.source === source && c.claimId?.value === claimId) : undefined;
      const span = claim ? claim.node.header : source.node.header;
      out.push({ uri, range: entry.lines.range(span.start, span.end) });
    }
  }
  return out;
}

/** The block that declares the metric or qualifier value at `offset`, when one does. */
function declarationAt(workspace: WorkspaceIndex, entry: ClaimsEntry, offset: number): Location | undefined {
  const catalog = workspace.declarations;
  const at = (uri: string, span: { start: number; end: number }) => {
    const lines = workspace.entry(uri)?.lines;
    return lines ? { uri, range: lines.range(span.start, span.end) } : undefined;
  };
  const target = targetAt(entry, offset);
  if (target?.kind === "metric") {
    const def = catalog.metricDefinitions(catalog.resolveMetric(target.folded))[0];
    return def ? at(def.uri, def.facts.header) : undefined;
  }
  if (target?.kind === "value") {
    const def = catalog.valueDefinitions(target.key, catalog.resolveValue(target.key, target.normalised))[0];
    return def ? at(def.uri, def.facts.header) : undefined;
  }
  if (target?.kind !== "quantity") return undefined;
  for (const q of target.claim.node.qualifiers) {
    if (offset < q.value.start || offset > q.value.end || !q.key.text) continue;
    const key = foldedName(q.key.text);
    const def = catalog.valueDefinitions(key, catalog.resolveValue(key, normaliseQualifierValue(q.value.text, q.quoted)))[0];
    return def ? at(def.uri, def.facts.header) : undefined;
  }
  return undefined;
}
