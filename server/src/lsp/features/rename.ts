/**
 * Rename a source id or a metric across the workspace in one edit (core: analysis/rename). Every
 * open document is brought up to date first, so that the edit's offsets match what the editor shows.
 */
import { ErrorCodes, ResponseError } from "vscode-languageserver/node";
import { isRefusal, prepareRename, renameAt } from "../../core/analysis/rename";
import { toLspWorkspaceEdit } from "../workspaceEdit";
import type { Feature, FeatureContext } from "./feature";

export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(context) {
    const { connection } = context;
    connection.onPrepareRename(async (params) => {
      const found = await upToDate(context, params.textDocument.uri, params.position);
      if (!found || found.offset === undefined) return null;
      const result = prepareRename(found.session.index, found.uri, found.offset);
      if (isRefusal(result)) throw new ResponseError(ErrorCodes.InvalidRequest, found.session.translate(result.l10n));
      return result;
    });
    connection.onRenameRequest(async (params) => {
      const found = await upToDate(context, params.textDocument.uri, params.position);
      if (!found || found.offset === undefined) return null;
      const result = renameAt(found.session.index, found.uri, found.offset, params.newName);
      if (isRefusal(result)) throw new ResponseError(ErrorCodes.InvalidRequest, found.session.translate(result.l10n));
      return toLspWorkspaceEdit(result, found.session.index, context.documents, context.clientCapabilities());
    });
  },
};

/** Like `at`, after every open document's pending edits are in the index. */
async function upToDate(context: FeatureContext, uri: string, position: { line: number; character: number }): ReturnType<FeatureContext["at"]> {
  const session = context.session();
  if (session) await Promise.all(context.documents.all().map((d) => session.flush(d.uri)));
  return context.at(uri, position);
}
