/** The Outline: sources with their claims (core: analysis/symbols). */
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver/node";
import { documentSymbols, type DocumentSymbol as CoreSymbol, type SymbolKind as CoreKind } from "../../core/analysis/symbols";
import type { Feature } from "./feature";

/** LSP's symbol kind for each of the core's. */
export const SYMBOL_KINDS: Record<CoreKind, SymbolKind> = { source: SymbolKind.Namespace, claim: SymbolKind.Number, metric: SymbolKind.Property, qualifier: SymbolKind.EnumMember };

function toLsp(s: CoreSymbol): DocumentSymbol {
  return { name: s.name, ...(s.detail ? { detail: s.detail } : {}), kind: SYMBOL_KINDS[s.kind], range: s.range, selectionRange: s.selectionRange, children: s.children.map(toLsp) };
}

export const documentSymbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: "Isnad" } },
  register({ connection, at }) {
    connection.onDocumentSymbol(async (params, token) => {
      const found = await at(params.textDocument.uri);
      const entry = found?.session.index.entry(found.uri);
      if (!entry || token.isCancellationRequested) return null;
      return documentSymbols(entry).map(toLsp);
    });
  },
};
