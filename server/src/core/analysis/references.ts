/**
 * Find references: on a source id (at its header or in `via: @id`), its definitions and every
 * `via` naming it; on a metric name, every claim using that metric or one of its aliases, and
 * where declarations name it (its `metric` block, `alias:` and `part-of:` lines); on a declared
 * qualifier value, every claim giving it or one of its aliases, and its `qualifier` block;
 * elsewhere on a claim header, every claim about the same quantity (same metric and qualifiers
 * after normalisation and aliases).
 */
import { foldedName, normaliseQualifierValue } from "../model/facts";
import type { Span } from "../syntax/ast";
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
    append(out, metricReferences(workspace, target.folded, includeDeclaration));
  } else if (target.kind === "value") {
    append(out, valueReferences(workspace, target.key, target.normalised, includeDeclaration));
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

/** The folded names that stand for one metric: its declared name and the aliases that resolve to it (and `folded` itself). */
export function metricNamesOf(workspace: WorkspaceIndex, folded: string): Set<string> {
  const catalog = workspace.declarations;
  const canonical = catalog.resolveMetric(folded);
  const names = new Set([folded, canonical]);
  for (const def of catalog.metricDefinitions(canonical)) for (const alias of def.facts.aliases) if (catalog.resolveMetric(alias.folded) === canonical) names.add(alias.folded);
  return names;
}

/** Every claim using the metric under any of its names, and every declaration that names it. */
function metricReferences(workspace: WorkspaceIndex, folded: string, includeDeclaration: boolean): Location[] {
  const catalog = workspace.declarations;
  const out: Location[] = [];
  const at = (uri: string, span: Span) => {
    const entry = workspace.entry(uri);
    if (entry) out.push({ uri, range: entry.lines.range(span.start, span.end) });
  };
  for (const name of metricNamesOf(workspace, folded)) {
    out.push(...metricUses(workspace, name));
    if (includeDeclaration) for (const def of catalog.metricDefinitions(name)) at(def.uri, def.facts.name);
    for (const def of catalog.aliasDefinitions(name)) for (const alias of def.facts.aliases) if (alias.folded === name) at(def.uri, alias);
    for (const def of catalog.partOfReferrers(name)) if (def.facts.partOf) at(def.uri, def.facts.partOf);
  }
  return out;
}

/** Every claim giving a qualifier value or one of its aliases, and the `qualifier` block that declares them. */
function valueReferences(workspace: WorkspaceIndex, key: string, normalised: string, includeDeclaration: boolean): Location[] {
  const catalog = workspace.declarations;
  const canonical = catalog.resolveValue(key, normalised);
  const values = new Set([normalised, canonical]);
  for (const def of catalog.valueDefinitions(key, canonical)) for (const alias of def.facts.aliases) if (catalog.resolveValue(key, alias.normalised) === canonical) values.add(alias.normalised);
  const out: Location[] = [];
  for (const value of values) {
    for (const uri of workspace.vocabulary.filesUsingValue(key, value)) {
      const entry = workspace.entry(uri);
      for (const claim of entry?.facts.claims ?? []) {
        for (const q of claim.node.qualifiers) {
          if (entry && q.key.text && foldedName(q.key.text) === key && normaliseQualifierValue(q.value.text, q.quoted) === value) out.push({ uri, range: entry.lines.range(q.value.start, q.value.end) });
        }
      }
    }
    for (const def of catalog.valueDefinitions(key, value)) {
      const entry = workspace.entry(def.uri);
      if (entry && includeDeclaration) out.push({ uri: def.uri, range: entry.lines.range(def.facts.value.start, def.facts.value.end) });
    }
    for (const def of catalog.valueAliasDefinitions(key, value)) {
      const entry = workspace.entry(def.uri);
      for (const alias of def.facts.aliases) if (entry && alias.normalised === value) out.push({ uri: def.uri, range: entry.lines.range(alias.start, alias.end) });
    }
  }
  return out;
}

/** By file, then by position: results that do not depend on the order files were read in. */
export function sortLocations(list: Location[]): Location[] {
  return list.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
}
