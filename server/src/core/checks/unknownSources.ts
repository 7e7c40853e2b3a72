/**
 * `unknown-source`: `via: @id` (or `@id/claim`) must name a source of the workspace (and a claim
 * of that source). A free description (`via: a security source`) names nothing and is not checked.
 */
import type { Problem } from "../model/problem";
import { said } from "../messages";
import { isolate } from "../text/bidi";
import { sourceIdOfVia, type ClaimsEntry, type WorkspaceIndex } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";

export function unknownSourceProblems({ workspace }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
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

function claimExists(workspace: WorkspaceIndex, sourceId: string, claimId: string): boolean {
  for (const uri of workspace.sourceDefiners(sourceId)) {
    const facts = workspace.entry(uri)?.facts;
    if (facts?.claims.some((c) => c.source?.id === sourceId && c.claimIdValue === claimId)) return true;
  }
  return false;
}
