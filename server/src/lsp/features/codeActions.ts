/**
 * Code actions (core: actions/codeActions): quick fixes of the problems under the cursor in a
 * claims file, "Fix all" (`source.fixAll.isnad`), and "Claim this figure" in an article.
 */
import { URI } from "vscode-uri";
import { CodeActionKind, type CodeAction as LspCodeAction, type Diagnostic as LspDiagnostic } from "vscode-languageserver/node";
import { articleActionsAt, codeActionsAt } from "../../core/actions/codeActions";
import type { CodeAction } from "../../core/actions/edit";
import { diagnosticsOf } from "../../core/analysis/diagnostics";
import { decodeUtf8 } from "../../core/text/decode";
import { LineIndex } from "../../core/text/lineIndex";
import { isInside } from "../../core/workspace/paths";
import type { FileSystem } from "../../core/workspace/fileSystem";
import { toLspDiagnostic } from "../convert";
import { actionOptions, openDocument, toLspWorkspaceEdit } from "../workspaceEdit";
import type { Feature } from "./feature";

export const FIX_ALL_KIND = "source.fixAll.isnad";

/** Plain-text and Markdown files may be articles, even before a source names one. */
const ARTICLE_LIKE = /\.(txt|text|md)$/i;

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.RefactorExtract] } },
  register({ connection, documents, at, clientCapabilities }) {
    connection.onCodeAction(async (params, token) => {
      const found = await at(params.textDocument.uri);
      if (!found || token.isCancellationRequested) return null;
      const { session, uri } = found;
      const index = session.index;
      const capabilities = clientCapabilities();
      const only = params.context.only;
      const entry = index.entry(uri);
      let actions: CodeAction[];
      if (entry) {
        const request = { uri, start: entry.lines.offset(params.range.start), end: entry.lines.offset(params.range.end), ...(only ? { only } : {}) };
        actions = await codeActionsAt(index, request, actionOptions(capabilities), readText(session.files));
      } else {
        const text = openDocument(documents, uri)?.getText() ?? index.article(uri)?.text;
        if (text === undefined || !(index.isArticle(uri) || ARTICLE_LIKE.test(uri)) || !isInside(URI.parse(session.rootUri), URI.parse(uri))) return null;
        const lines = new LineIndex(text);
        actions = articleActionsAt(text, { uri, start: lines.offset(params.range.start), end: lines.offset(params.range.end), ...(only ? { only } : {}) });
      }
      if (token.isCancellationRequested) return null;
      // The action names the diagnostic it fixes: the client's own when it sent it, else the one published.
      const published = entry && actions.some((a) => a.problem) ? diagnosticsOf(index, uri, session.translate) : [];
      return actions.map((action): LspCodeAction => {
        const problem = action.problem;
        const range = problem && entry ? entry.lines.range(problem.start, problem.end) : undefined;
        const same = (d: { code?: unknown; range: { start: { line: number; character: number }; end: { line: number; character: number } } }) =>
          range !== undefined && d.code === problem?.code && d.range.start.line === range.start.line && d.range.start.character === range.start.character && d.range.end.line === range.end.line && d.range.end.character === range.end.character;
        const diagnostic: LspDiagnostic | undefined = params.context.diagnostics.find(same) ?? published.filter(same).map(toLspDiagnostic)[0];
        return {
          title: action.l10n ? session.translate(action.l10n) : action.title,
          kind: action.kind,
          ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
          ...(action.isPreferred ? { isPreferred: true } : {}),
          ...(action.edit ? { edit: toLspWorkspaceEdit(action.edit, index, documents, capabilities) } : {}),
          ...(action.command ? { command: { title: action.l10n ? session.translate(action.l10n) : action.command.title, command: action.command.command, arguments: [...action.command.arguments] } } : {}),
        };
      });
    });
  },
};

/** Reads a text file through the session's file system (an article beside a claims file). */
function readText(fs: FileSystem): (uri: string) => Promise<string | undefined> {
  return async (uri) => {
    const bytes = await fs.readFile(uri);
    if (!(bytes instanceof Uint8Array)) return undefined;
    const decoded = decodeUtf8(bytes, uri);
    return decoded.ok ? decoded.text : undefined;
  };
}
