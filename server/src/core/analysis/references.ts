/**
 * Find references: on a source id (at its header or in `via: @id`), its definitions and every
 * `via` naming it; on a metric name, every claim using that metric; elsewhere on a claim header,
 * every claim about the same quantity (same metric and qualifiers after normalisation).
 */
import { foldKey } from "../text/fold";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import type { Location } from "./definition";
import { targetAt, viaIdSpan } from "./target";
import { append } from "../memory/append";

export function referencesAt(workspace: WorkspaceIndex, uri: string, offset: number, includeDeclaration = true): Location[] {
  const entry = workspace.entry(uri);
  const target = entry ? targetAt(entry, offset) : undefined;
  if (!entry || !target) return [];
  const out: Location[] = [];
  if (target.kind === "source") {
    if (includeDeclaration) append(out, sourceDefinitions(workspace, target.id));
    append(out, viaReferences(workspace, target.id));
  } else if (target.kind === "metric") {
    append(out, metricUses(workspace, target.folded));
  } else {
    for (const ref of workspace.groupOf(target.claim)?.members ?? []) {
      if (!includeDeclaration && ref.uri === uri && ref.claim === target.claim) continue;
      const other = workspace.entry(ref.uri);
      if (other) out.push({ uri: ref.uri, range: other.lines.range(ref.claim.header.start, ref.claim.header.end) });
    }
  }
  return sortLocations(out);
}

/** The id token of every `source <id>` header defining `id`. */
export function sourceDefinitions(workspace: WorkspaceIndex, id: string): Location[] {
  const out: Location[] = [];
  for (const uri of workspace.sourceDefiners(id)) {
    const entry = workspace.entry(uri);
    for (const source of entry?.facts.sources ?? []) {
      if (entry && source.id === id) out.push({ uri, range: entry.lines.range(source.idToken.start, source.idToken.end) });
    }
  }
  return out;
}

/** The id (after the `@`) of every `via: @id` and `via: @id/claim` naming source `id`. */
export function viaReferences(workspace: WorkspaceIndex, id: string): Location[] {
  const out: Location[] = [];
  for (const uri of workspace.sourceReferrers(id)) {
    const entry = workspace.entry(uri);
    if (!entry) continue;
    for (const claim of entry.facts.claims) {
      for (const via of claim.viaRefs) {
        const span = viaIdSpan(entry.text, via.value, via.start);
        if (span && entry.text.slice(span.start, span.end) === id) out.push({ uri, range: entry.lines.range(span.start, span.end) });
      }
    }
  }
  return out;
}

/** The metric name of every claim whose metric folds to `folded`. */
export function metricUses(workspace: WorkspaceIndex, folded: string): Location[] {
  const out: Location[] = [];
  for (const uri of workspace.vocabulary.filesUsing(folded)) {
    const entry = workspace.entry(uri);
    if (!entry) continue;
    for (const claim of entry.facts.claims) {
      const metric = claim.metric;
      if (metric.text && foldKey(metric.text) === folded) out.push({ uri, range: entry.lines.range(metric.start, metric.end) });
    }
  }
  return out;
}

/** By file, then by position: results that do not depend on the order files were read in. */
export function sortLocations(list: Location[]): Location[] {
  return list.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
}
