/** Loading a workspace with a file open first (see workspace/firstFiles.ts), for tests. */
import { diagnosticsOf, type Diagnostic } from "../analysis/diagnostics";
import type { FileSystem } from "../workspace/fileSystem";
import { loadWorkspace } from "../workspace/loader";

/**
 * Loads the workspace with `open` first: its diagnostics when the files it depends on are indexed,
 * and once everything is. The first must already be the last.
 */
export async function openFirst(fs: FileSystem, rootUri: string, open: string, text: string): Promise<{ first: Diagnostic[]; final: Diagnostic[]; indexedFirst: number; total: number }> {
  let first: Diagnostic[] = [];
  let indexedFirst = 0;
  const { workspace } = await loadWorkspace(fs, rootUri, {
    articles: false,
    first: {
      open: () => new Map([[open, text]]),
      indexed: async (partial) => {
        first = diagnosticsOf(partial, open);
        indexedFirst = [...partial.claimsFiles()].length;
      },
    },
  });
  return { first, final: diagnosticsOf(workspace, open), indexedFirst, total: [...workspace.claimsFiles()].length };
}
