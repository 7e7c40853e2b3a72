/** Go to definition: from a claim to its quote in the article, from `@id` to the source block. */
import type { Range } from "../text/lineIndex";
import { problemsOwner } from "./problems";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { locate } from "./locate";

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

export function definitionAt(workspace: WorkspaceIndex, uri: string, offset: number): Location[] {
  const entry = workspace.entry(uri);
  if (!entry) return [];
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
