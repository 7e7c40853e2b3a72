/** Semantic highlighting of claims files (core: analysis/semanticTokens), encoded as LSP wants. */
import { SemanticTokensBuilder } from "vscode-languageserver/node";
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from "../../core/analysis/semanticTokens";
import type { Feature } from "./feature";

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true, range: false } },
  register({ connection, at }) {
    connection.languages.semanticTokens.on(async (params, token) => {
      const found = await at(params.textDocument.uri);
      const entry = found?.session.index.entry(found.uri);
      const builder = new SemanticTokensBuilder();
      if (!entry || token.isCancellationRequested) return builder.build();
      for (const t of semanticTokens(entry.text)) {
        const { line, character } = entry.lines.position(t.start);
        const modifiers = t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
        builder.push(line, character, t.end - t.start, TOKEN_TYPES.indexOf(t.type), modifiers);
      }
      return builder.build();
    });
  },
};
