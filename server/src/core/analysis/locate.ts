/** What stands at an offset of a claims file: a claim, a `via: @id`, a source header. */
import type { ClaimFacts, SourceFacts } from "../model/facts";
import type { Field } from "../syntax/ast";
import type { ClaimsEntry } from "../workspace/workspaceIndex";
import { sourceIdOfVia } from "../workspace/workspace";

export type Located =
  | { kind: "via"; claim: ClaimFacts; field: Field; sourceId: string; claimId: string | undefined }
  | { kind: "claim"; claim: ClaimFacts }
  | { kind: "source"; source: SourceFacts };

export function locate(entry: ClaimsEntry, offset: number): Located | undefined {
  for (const claim of entry.facts.claims) {
    if (offset < claim.node.start || offset > claim.node.end) continue;
    for (const via of claim.vias) {
      const id = sourceIdOfVia(via.value);
      if (id !== undefined && offset >= via.valueSpan.start && offset <= via.valueSpan.end) {
        return { kind: "via", claim, field: via, sourceId: id, claimId: via.value.slice(1).split("/")[1] };
      }
    }
    return { kind: "claim", claim };
  }
  for (const source of entry.facts.sources) {
    if (offset >= source.node.start && offset <= source.node.end) return { kind: "source", source };
  }
  return undefined;
}
