/** Inlay hints after a disputed value: `≠ 9 (sada +2)` (core: analysis/inlayHints). */
import type { InlayHint } from "vscode-languageserver/node";
import { inlayHintsOf } from "../../core/analysis/inlayHints";
import type { Feature } from "./feature";

export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: { resolveProvider: false } },
  register({ connection, at }) {
    connection.languages.inlayHint.on(async (params, token) => {
      const found = await at(params.textDocument.uri);
      const lines = found?.session.index.entry(found.uri)?.lines;
      if (!found || !lines || token.isCancellationRequested) return null;
      const range = { start: lines.offset(params.range.start), end: lines.offset(params.range.end) };
      return inlayHintsOf(found.session.index, found.uri, range).map((h): InlayHint => ({ position: h.position, label: h.label, tooltip: h.tooltip, paddingLeft: true }));
    });
  },
};
