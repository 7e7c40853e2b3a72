/** Folding: source and claim blocks, continued fields, comment runs (core: analysis/folding). */
import { FoldingRangeKind, type FoldingRange } from "vscode-languageserver/node";
import { foldingRanges } from "../../core/analysis/folding";
import type { Feature } from "./feature";

export const foldingFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register({ connection, at }) {
    connection.onFoldingRanges(async (params, token) => {
      const found = await at(params.textDocument.uri);
      const entry = found?.session.index.entry(found.uri);
      if (!entry || token.isCancellationRequested) return null;
      return foldingRanges(entry.text, entry.lines).map((r): FoldingRange => ({ startLine: r.startLine, endLine: r.endLine, ...(r.kind ? { kind: FoldingRangeKind.Comment } : {}) }));
    });
  },
};
