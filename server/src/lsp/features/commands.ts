/**
 * The server's commands: `isnad.claimFigure` (the selection of an article → a claim stub in the
 * claims file beside it, applied with `workspace/applyEdit`, its metric name then selected),
 * `isnad.draftClaims` (every figure of the article not quoted yet → drafts in that file, which is
 * then shown) and
 * `isnad.openLocation` (shows a place, such as a conflicting claim, with `window/showDocument`).
 * Their arguments come from the client and are validated here.
 */
import { URI } from "vscode-uri";
import { z } from "zod";
import { claimFigure } from "../../core/actions/claimFigure";
import { draftClaims } from "../../core/actions/draftClaims";
import { COMMANDS } from "../../core/actions/edit";
import { said } from "../../core/messages";
import { LineIndex } from "../../core/text/lineIndex";
import { readArticle } from "../../core/workspace/loader";
import { isInside } from "../../core/workspace/paths";
import { actionOptions, openDocument, toLspWorkspaceEdit } from "../workspaceEdit";
import type { Feature } from "./feature";

const position = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) });
const range = z.object({ start: position, end: position });
/** Both commands take a document and a range of it. */
const placeArguments = z.tuple([z.string().min(1), range]);

export const commandsFeature: Feature = {
  capabilities: { executeCommandProvider: { commands: [COMMANDS.claimFigure, COMMANDS.draftClaims, COMMANDS.openLocation] } },
  register({ connection, documents, at, clientCapabilities }) {
    connection.onExecuteCommand(async (params) => {
      const parsed = placeArguments.safeParse(params.arguments ?? []);
      if (!parsed.success) {
        void connection.window.showWarningMessage(`Isnad: ${params.command} takes a document URI and a range`);
        return null;
      }
      const [rawUri, selection] = parsed.data;
      const capabilities = clientCapabilities();
      if (params.command === COMMANDS.openLocation) {
        await connection.window.showDocument({ uri: rawUri, selection, takeFocus: true });
        return null;
      }
      if (params.command !== COMMANDS.claimFigure && params.command !== COMMANDS.draftClaims) return null;
      const found = await at(rawUri);
      if (!found) return null;
      const { session, uri } = found;
      const index = session.index;
      if (!isInside(URI.parse(session.rootUri), URI.parse(uri))) {
        void connection.window.showWarningMessage("Isnad: the article is outside the workspace folder, where its claims file could not be checked");
        return null;
      }
      const content = openDocument(documents, uri)?.getText() ?? index.article(uri)?.text ?? (await readArticle(session.files, session.rootUri, uri));
      const text = typeof content === "string" ? content : content.kind === "text" ? content.text : undefined;
      if (text === undefined) {
        void connection.window.showWarningMessage("Isnad: the article could not be read");
        return null;
      }
      if (params.command === COMMANDS.draftClaims) {
        const drafted = draftClaims(index, uri, text, actionOptions(capabilities));
        if (!drafted.ok) {
          void connection.window.showWarningMessage(`Isnad: ${session.translate(drafted.l10n)}`);
          return null;
        }
        if (drafted.drafts.length === 0) {
          void connection.window.showInformationMessage(`Isnad: ${session.translate(said("every figure of the article is claimed or drafted already").l10n)}`);
          return { applied: false, uri: drafted.uri, drafts: 0 };
        }
        const result = await connection.workspace.applyEdit({ label: drafted.title, edit: toLspWorkspaceEdit(drafted.edit, index, documents, capabilities) });
        if (result.applied && actionOptions(capabilities).canShowDocument) await connection.window.showDocument({ uri: drafted.uri, takeFocus: true });
        return { applied: result.applied, uri: drafted.uri, drafts: drafted.drafts.length };
      }
      const lines = new LineIndex(text);
      const outcome = claimFigure(index, uri, text, lines.offset(selection.start), lines.offset(selection.end), actionOptions(capabilities));
      if (!outcome.ok) {
        void connection.window.showWarningMessage(`Isnad: ${session.translate(outcome.l10n)}`);
        return null;
      }
      const result = await connection.workspace.applyEdit({ label: outcome.title, edit: toLspWorkspaceEdit(outcome.edit, index, documents, capabilities) });
      if (result.applied && actionOptions(capabilities).canShowDocument) await connection.window.showDocument({ uri: outcome.reveal.uri, selection: outcome.reveal.range, takeFocus: true });
      return { applied: result.applied, uri: outcome.reveal.uri };
    });
  },
};
