/** Workspace symbols: sources and metrics, by a fuzzy query (core: analysis/symbols). */
import type { SymbolInformation } from "vscode-languageserver/node";
import { workspaceSymbols } from "../../core/analysis/symbols";
import { SYMBOL_KINDS } from "./documentSymbols";
import type { Feature } from "./feature";

export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register({ connection, session }) {
    connection.onWorkspaceSymbol(async (params, token) => {
      const current = session();
      if (!current) return [];
      await current.whenReady();
      if (token.isCancellationRequested) return [];
      return workspaceSymbols(current.index, params.query).map(
        (s): SymbolInformation => ({ name: s.name, kind: SYMBOL_KINDS[s.kind], containerName: current.translate(s.container), location: { uri: s.uri, range: s.range } }),
      );
    });
  },
};
