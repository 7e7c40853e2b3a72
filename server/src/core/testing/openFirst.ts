/** Loading a workspace with files open first (see workspace/firstFiles.ts), for tests. */
import { diagnosticsOf, type Diagnostic } from "../analysis/diagnostics";
import type { FileSystem } from "../workspace/fileSystem";
import { loadWorkspace } from "../workspace/loader";

export interface OpenFirst {
  /** Per open file, its diagnostics when the files it depends on are indexed, and once everything is. */
  readonly first: ReadonlyMap<string, Diagnostic[]>;
  readonly final: ReadonlyMap<string, Diagnostic[]>;
  readonly indexedFirst: number;
  readonly total: number;
}

/** Loads the workspace with `open` (URI → editor text) first. The first diagnostics must already be the last. */
export async function openFirst(fs: FileSystem, rootUri: string, open: ReadonlyMap<string, string>): Promise<OpenFirst> {
  const first = new Map<string, Diagnostic[]>();
  let indexedFirst = 0;
  const { workspace } = await loadWorkspace(fs, rootUri, {
    articles: false,
    first: {
      open: () => open,
      indexed: async (partial) => {
        for (const uri of open.keys()) first.set(uri, diagnosticsOf(partial, uri));
        indexedFirst = [...partial.claimsFiles()].length;
      },
    },
  });
  const final = new Map([...open.keys()].map((uri) => [uri, diagnosticsOf(workspace, uri)]));
  return { first, final, indexedFirst, total: [...workspace.claimsFiles()].length };
}
