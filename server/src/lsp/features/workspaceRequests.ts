/**
 * Isnad's own requests (server/src/lsp/protocol.ts): the list behind "Isnad: Show
 * contradictions" and the re-check behind "Isnad: Re-check workspace".
 */
import { listContradictionsRequest, recheckRequest, type ContradictionEntry } from "../protocol";
import type { Feature } from "./feature";

export const workspaceRequestsFeature: Feature = {
  capabilities: {},
  register({ connection, session }) {
    connection.onRequest(listContradictionsRequest.method, (): ContradictionEntry[] => session()?.contradictions() ?? []);
    connection.onRequest(recheckRequest.method, async () => ({ claimsFiles: (await session()?.recheck()) ?? 0 }));
  },
};
