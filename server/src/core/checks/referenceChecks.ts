/** `duplicate-id` and `unknown-source`: source ids are unique in the workspace, and `@id` must name one. */
import type { Problem, RelatedPlace } from "../model/problem";
import { said } from "../messages";
import { isolate } from "../text/bidi";
import { sourceIdOfVia, type ClaimsEntry, type Workspace } from "../workspace/workspace";
import { relativePath } from "../workspace/paths";

export function referenceProblems(workspace: Workspace, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const source of entry.facts.sources) {
    if (!source.id || workspace.definitionCount(source.id) < 2) continue;
    const elsewhere = workspace.sourceDefiners(source.id).filter((uri) => uri !== entry.uri);
    const files = elsewhere.map((u) => relativePath(workspace.rootUri, u)).join(", ");
    problems.push({
      code: "duplicate-id",
      start: source.idToken.start,
      end: source.idToken.end,
      ...(elsewhere.length > 0
        ? said("the source id `{0}` is also defined in {1}: source ids are unique in the workspace", isolate(source.id), files)
        : said("the source id `{0}` is defined twice in this file: source ids are unique in the workspace", isolate(source.id))),
      related: otherDefinitions(workspace, entry.uri, source.idToken.start, source.id),
    });
  }
  for (const claim of entry.facts.claims) {
    for (const via of claim.viaRefs) {
      const id = sourceIdOfVia(via.value);
      if (id === undefined) continue;
      const claimId = via.value.slice(1).split("/")[1];
      if (workspace.definitionCount(id) === 0) {
        problems.push({
          code: "unknown-source",
          start: via.start,
          end: via.end,
          ...said("no source `{0}` is defined in the workspace", isolate(id)),
          data: { id },
        });
      } else if (claimId !== undefined && !claimExists(workspace, id, claimId)) {
        problems.push({
          code: "unknown-source",
          start: via.start,
          end: via.end,
          ...said("source `{0}` has no claim with id `{1}`", isolate(id), isolate(claimId)),
          data: { id, claimId },
        });
      }
    }
  }
  return problems;
}

function claimExists(workspace: Workspace, sourceId: string, claimId: string): boolean {
  for (const uri of workspace.sourceDefiners(sourceId)) {
    const facts = workspace.entry(uri)?.facts;
    if (facts?.claims.some((c) => c.source?.id === sourceId && c.claimIdValue === claimId)) return true;
  }
  return false;
}

/** Every definition of `id` but the one at `start` in `uri`. */
function otherDefinitions(workspace: Workspace, uri0: string, start: number, id: string): RelatedPlace[] {
  const places: RelatedPlace[] = [];
  for (const uri of workspace.sourceDefiners(id)) {
    for (const source of workspace.entry(uri)?.facts.sources ?? []) {
      if (source.id !== id || (uri === uri0 && source.idToken.start === start)) continue;
      places.push({ uri, start: source.idToken.start, end: source.idToken.end, ...said("source `{0}` defined here", isolate(id)), sourceId: id });
    }
  }
  return places;
}
