/**
 * Code lens over each claim: "2 sources agree · 1 contradicts" (core: analysis/codeLens). A click
 * runs the client's `isnad.showClaims` with the conflicting claims, which the client shows in a
 * peek view.
 */
import type { CodeLens } from "vscode-languageserver/node";
import { codeLensesOf } from "../../core/analysis/codeLens";
import { SHOW_CLAIMS_COMMAND, type ShowClaimsArguments } from "../protocol";
import type { Feature } from "./feature";

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register({ connection, at }) {
    connection.onCodeLens(async (params, token) => {
      const found = await at(params.textDocument.uri);
      if (!found || token.isCancellationRequested) return null;
      const { session } = found;
      return codeLensesOf(session.index, found.uri).map((lens): CodeLens => {
        const title = session.translate(lens.title);
        if (lens.targets.length === 0) return { range: lens.range, command: { title, command: "" } };
        const args: ShowClaimsArguments = [params.textDocument.uri, lens.range.start, lens.targets.map((t) => ({ uri: t.uri, range: t.range }))];
        return { range: lens.range, command: { title, command: SHOW_CLAIMS_COMMAND, arguments: args } };
      });
    });
  },
};
