/**
 * `duplicate-id`: a source id is defined once in the workspace, so that `@id` names one source.
 * Reported at every definition, each pointing to the others.
 */
import type { Problem, RelatedPlace } from "../model/problem";
import { said } from "../messages";
import { isolate } from "../text/bidi";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";

export function duplicateIdProblems({ workspace }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const source of entry.facts.sources) {
    if (!source.id || workspace.definitionCount(source.id) < 2) continue;
    // In path order, so that what is said does not depend on the order files were read in.
    const elsewhere = workspace.sourceDefiners(source.id).filter((uri) => uri !== entry.uri).sort();
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
  return problems;
}

/** Every definition of `id` but the one at `start` in `uri`. */
function otherDefinitions(workspace: WorkspaceIndex, uri0: string, start: number, id: string): RelatedPlace[] {
  const places: RelatedPlace[] = [];
  for (const uri of workspace.sourceDefiners(id).sort()) {
    for (const source of workspace.entry(uri)?.facts.sources ?? []) {
      if (source.id !== id || (uri === uri0 && source.idToken.start === start)) continue;
      places.push({ uri, start: source.idToken.start, end: source.idToken.end, ...said("source `{0}` defined here", isolate(id)), sourceId: id });
    }
  }
  return places;
}
