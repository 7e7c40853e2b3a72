/**
 * Symbols: the Outline of a claims file (its sources, each with its claims, and its `metric` and
 * `qualifier` blocks) and the workspace's symbols (every source and every metric, a declared
 * metric at its declaration) found by a fuzzy query.
 */
import { msg, type Message } from "../messages";
import type { ClaimNode } from "../syntax/ast";
import { foldKey } from "../text/fold";
import type { Range } from "../text/lineIndex";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import { append } from "../memory/append";

export type SymbolKind = "source" | "claim" | "metric" | "qualifier";

export interface DocumentSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKind;
  /** The whole block, header and fields. */
  readonly range: Range;
  /** The id or the metric name, which the editor reveals. */
  readonly selectionRange: Range;
  readonly children: readonly DocumentSymbol[];
}

export interface WorkspaceSymbol {
  readonly name: string;
  readonly kind: SymbolKind;
  /** Where it stands, for the list: the file, or for a metric how much it is used. */
  readonly container: Message;
  readonly uri: string;
  readonly range: Range;
}

/** The Outline: each source with its claims as children; claims above every source at the top. */
export function documentSymbols(entry: ClaimsEntry): DocumentSymbol[] {
  const { facts, lines, text } = entry;
  const claimsOf = new Map<number, DocumentSymbol[]>();
  for (const claim of facts.claims) {
    const node = claim.node;
    const symbol: DocumentSymbol = {
      name: claimName(text, node),
      ...(claim.claimId ? { detail: `id: ${claim.claimId.value}` } : {}),
      kind: "claim",
      range: lines.range(node.start, node.end),
      selectionRange: lines.range(node.metric.start, node.metric.end),
      children: [],
    };
    const list = claimsOf.get(node.sourceIndex) ?? [];
    list.push(symbol);
    claimsOf.set(node.sourceIndex, list);
  }
  const out: DocumentSymbol[] = [...(claimsOf.get(-1) ?? [])];
  for (const source of facts.sources) {
    const children = claimsOf.get(source.index) ?? [];
    const node = source.node;
    const last = facts.claims.filter((c) => c.node.sourceIndex === source.index).at(-1)?.node.end ?? node.end;
    const detail = [source.fields.outlet?.value, source.fields.published?.value].filter(Boolean).join(" · ");
    out.push({
      name: source.id || "(no id)",
      ...(detail ? { detail } : {}),
      kind: "source",
      range: lines.range(node.start, Math.max(node.end, last)),
      selectionRange: lines.range(node.id.start, node.id.end),
      children,
    });
  }
  for (const metric of facts.metrics) {
    const detail = [metric.kind, metric.unit].filter(Boolean).join(" · ");
    out.push({ name: metric.name.text, ...(detail ? { detail } : {}), kind: "metric", range: lines.range(metric.start, metric.end), selectionRange: lines.range(metric.name.start, metric.name.end), children: [] });
  }
  for (const block of facts.qualifierBlocks) {
    const detail = block.aliases.map((a) => a.written).join(", ");
    out.push({
      name: `${block.key.text}: ${block.value.written}`,
      ...(detail ? { detail } : {}),
      kind: "qualifier",
      range: lines.range(block.start, block.end),
      selectionRange: lines.range(block.value.start, block.value.end),
      children: [],
    });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** A claim as the Outline names it: `cells_dismantled {year: 2017} = 13`, qualifiers as written. */
export function claimName(text: string, node: ClaimNode): string {
  const qualifiers = node.qualifiers.map((q) => `${q.key.text}: ${q.quoted ? text.slice(q.value.start, q.value.end) : q.value.text}`);
  const head = `${node.metric.text || "?"}${qualifiers.length > 0 ? ` {${qualifiers.join(", ")}}` : ""}`;
  return node.value ? `${head} = ${node.value.text}` : head;
}

/** How much a metric is used: `4 claims in 2 files`. */
export function usage(claims: number, files: number): Message {
  if (claims === 1) return msg("1 claim in 1 file");
  return files === 1 ? msg("{0} claims in 1 file", claims) : msg("{0} claims in {1} files", claims, files);
}

/** At most this many workspace symbols are returned; the editor asks again as the query grows. */
const MAX_WORKSPACE_SYMBOLS = 500;

/**
 * Every source (at its definition) and every metric (at its first claim) whose name matches
 * `query` fuzzily: its characters in order, folded. Best matches first: a prefix, then a
 * contiguous run, then scattered characters; shorter names first within each.
 */
export function workspaceSymbols(workspace: WorkspaceIndex, query: string): WorkspaceSymbol[] {
  const q = foldKey(query).replace(/\s+/gu, "");
  // Scored first, built after: only the symbols returned cost a range.
  const scored: { name: string; score: number; build: () => WorkspaceSymbol[] }[] = [];
  for (const id of workspace.sourceIds()) {
    const score = fuzzyScore(foldedName(id), q);
    if (score === undefined) continue;
    scored.push({ name: id, score, build: () => sourceSymbols(workspace, id) });
  }
  const declared = new Set(workspace.declarations.metricNames());
  for (const metric of workspace.vocabulary.metrics()) {
    const score = fuzzyScore(metric.folded, q);
    if (score === undefined || declared.has(metric.folded)) continue;
    scored.push({
      name: metric.written,
      score,
      build: () => {
        const first = firstClaimUsing(workspace, metric.folded);
        return first ? [{ name: metric.written, kind: "metric", container: usage(metric.claims, metric.files), uri: first.uri, range: first.range }] : [];
      },
    });
  }
  // A declared metric stands at its declaration, used or not.
  for (const folded of declared) {
    const score = fuzzyScore(folded, q);
    const def = workspace.declarations.metricDefinitions(folded)[0];
    if (score === undefined || !def) continue;
    const name = def.facts.name.text;
    scored.push({
      name,
      score,
      build: () => {
        const entry = workspace.entry(def.uri);
        if (!entry) return [];
        const use = workspace.vocabulary.metricUse(folded);
        const container = use ? usage(use.claims, use.files) : msg("declared in {0}", relativePath(workspace.rootUri, def.uri));
        return [{ name, kind: "metric", container, uri: def.uri, range: entry.lines.range(def.facts.name.start, def.facts.name.end) }];
      },
    });
  }
  const out: WorkspaceSymbol[] = [];
  scored.sort((a, b) => a.score - b.score || a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const s of scored) {
    if (out.length >= MAX_WORKSPACE_SYMBOLS) break;
    append(out, s.build());
  }
  return out.slice(0, MAX_WORKSPACE_SYMBOLS);
}

/** Each definition of source `id`, as a symbol at its id. */
function sourceSymbols(workspace: WorkspaceIndex, id: string): WorkspaceSymbol[] {
  const out: WorkspaceSymbol[] = [];
  for (const uri of workspace.sourceDefiners(id)) {
    const entry = workspace.entry(uri);
    for (const source of entry?.facts.sources ?? []) {
      if (source.id !== id || !entry) continue;
      const range = entry.lines.range(source.idToken.start, source.idToken.end);
      out.push({ name: id, kind: "source", container: msg("{0}", relativePath(workspace.rootUri, uri)), uri, range });
    }
  }
  return out;
}

/** The first claim using a metric, in the first file by URI that has one. */
function firstClaimUsing(workspace: WorkspaceIndex, folded: string): { uri: string; range: Range } | undefined {
  let first: string | undefined;
  for (const uri of workspace.vocabulary.filesUsing(folded)) if (first === undefined || uri < first) first = uri;
  const entry = first === undefined ? undefined : workspace.entry(first);
  const claim = entry?.facts.claims.find((c) => c.metric.text && foldedName(c.metric.text) === folded);
  return first && entry && claim ? { uri: first, range: entry.lines.range(claim.metric.start, claim.metric.end) } : undefined;
}

/** Folded names, kept: a query runs over every source id of the workspace at each keystroke. */
const foldedNames = new Map<string, string>();

/** `foldKey` of a name, memoised (the memo is dropped when it grows past 100,000 names). */
export function foldedName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size >= 100_000) foldedNames.clear();
    foldedNames.set(name, (folded = foldKey(name)));
  }
  return folded;
}

/**
 * How well `name` matches `query` (both folded): 0 for a prefix, 1 for a contiguous run, 2 for
 * characters in order with gaps; undefined for no match. An empty query matches everything.
 */
export function fuzzyScore(name: string, query: string): number | undefined {
  if (query === "") return 0;
  if (name.startsWith(query)) return 0;
  if (name.includes(query)) return 1;
  let i = 0;
  for (let k = 0; k < name.length && i < query.length; k++) if (name[k] === query[i]) i++;
  return i === query.length ? 2 : undefined;
}
