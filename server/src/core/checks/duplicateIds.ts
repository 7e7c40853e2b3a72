/**
 * `duplicate-id`: a source id is defined once in the workspace, so that `@id` names one source.
 * Reported at every definition, each pointing to the others: at most {@link MAX_RELATED} of them,
 * and a message naming at most {@link MAX_FILES} files and counting the rest, so that 5,000
 * definitions of one id cost 5,000 short diagnostics, not 25 million related places.
 */
import type { Problem, RelatedPlace } from "../model/problem";
import { msg, said, type MessageArg } from "../messages";
import { isolate } from "../text/bidi";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";
import { MAX_RELATED } from "./contradictions";
import { costs } from "../costs";

/** At most this many other files are named in a message. */
export const MAX_FILES = 5;

export function duplicateIdProblems({ workspace }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const source of entry.facts.sources) {
    if (!source.id) continue;
    const definers = definersOf(workspace, source.id);
    if (definers.count < 2) continue;
    // In path order, so that what is said does not depend on the order files were read in.
    const elsewhere = definers.uris.length - (definers.uris.includes(entry.uri) ? 1 : 0);
    problems.push({
      code: "duplicate-id",
      start: source.idToken.start,
      end: source.idToken.end,
      ...(elsewhere > 0
        ? said("the source id `{0}` is also defined in {1}: source ids are unique in the workspace", isolate(source.id), fileList(workspace, definers.uris, entry.uri, elsewhere))
        : said("the source id `{0}` is defined twice in this file: source ids are unique in the workspace", isolate(source.id))),
      related: otherDefinitions(workspace, definers.uris, entry.uri, source.idToken.start, source.id),
    });
  }
  return problems;
}

/** "a.claims, b.claims", or "a.claims, … e.claims and 4,995 more". */
function fileList(workspace: WorkspaceIndex, uris: readonly string[], own: string, elsewhere: number): MessageArg {
  const names: string[] = [];
  for (const uri of uris) {
    if (names.length >= MAX_FILES) break;
    if (uri !== own) names.push(relativePath(workspace.rootUri, uri));
  }
  const list = names.join(", ");
  return elsewhere > names.length ? msg("{0} and {1} more", list, elsewhere - names.length) : list;
}

/** The first {@link MAX_RELATED} definitions of `id` but the one at `start` in `uri`. */
function otherDefinitions(workspace: WorkspaceIndex, uris: readonly string[], uri0: string, start: number, id: string): RelatedPlace[] {
  const places: RelatedPlace[] = [];
  for (const uri of uris) {
    for (const source of workspace.entry(uri)?.facts.sources ?? []) {
      if (places.length >= MAX_RELATED) return places;
      if (source.id !== id || (uri === uri0 && source.idToken.start === start)) continue;
      costs.relatedPlaces++;
      places.push({ uri, start: source.idToken.start, end: source.idToken.end, ...said("source `{0}` defined here", isolate(id)), sourceId: id });
    }
  }
  return places;
}

/** The files defining each id, sorted, and how many definitions: once per id and generation of the index. */
const definers = new WeakMap<WorkspaceIndex, { generation: number; byId: Map<string, { uris: string[]; count: number }> }>();

function definersOf(workspace: WorkspaceIndex, id: string): { uris: string[]; count: number } {
  let held = definers.get(workspace);
  if (held?.generation !== workspace.generation) definers.set(workspace, (held = { generation: workspace.generation, byId: new Map() }));
  let found = held.byId.get(id);
  if (!found) {
    const count = workspace.definitionCount(id);
    found = { uris: count < 2 ? [] : workspace.sourceDefiners(id).sort(), count };
    held.byId.set(id, found);
  }
  return found;
}
