/**
 * Core edits (offsets into the texts the index holds) as an LSP `WorkspaceEdit`: versioned
 * document changes with file creations when the client takes them, a snippet that leaves the
 * cursor where the core said when it takes those, else plain `changes`.
 */
import type { ClientCapabilities, CreateFile, SnippetTextEdit, TextDocumentEdit, TextDocuments, TextEdit as LspTextEdit, WorkspaceEdit as LspWorkspaceEdit } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { ActionOptions, TextEdit, WorkspaceEdit } from "../core/actions/edit";
import { LineIndex } from "../core/text/lineIndex";
import type { Workspace } from "../core/workspace/workspace";
import { normalise } from "./session";

/** What the client can take, read once from its capabilities. */
export function actionOptions(capabilities: ClientCapabilities): ActionOptions & { documentChanges: boolean; snippets: boolean } {
  const edit = capabilities.workspace?.workspaceEdit;
  const documentChanges = edit?.documentChanges === true;
  return {
    documentChanges,
    canCreateFiles: documentChanges && (edit?.resourceOperations ?? []).includes("create"),
    canShowDocument: capabilities.window?.showDocument?.support === true,
    snippets: documentChanges && (edit as { snippetEditSupport?: boolean } | undefined)?.snippetEditSupport === true,
  };
}

/** The open document with this URI, whatever the client's spelling of it. */
export function openDocument(documents: TextDocuments<TextDocument>, uri: string): TextDocument | undefined {
  return documents.get(uri) ?? documents.all().find((d) => normalise(d.uri) === uri);
}

export function toLspWorkspaceEdit(edit: WorkspaceEdit, workspace: Workspace, documents: TextDocuments<TextDocument>, capabilities: ClientCapabilities): LspWorkspaceEdit {
  const options = actionOptions(capabilities);
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edit.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  const created = new Set(edit.creates);
  const linesOf = (uri: string): LineIndex => {
    if (created.has(uri)) return new LineIndex("");
    const text = workspace.entry(uri)?.text ?? workspace.article(uri)?.text ?? openDocument(documents, uri)?.getText() ?? "";
    return new LineIndex(text);
  };
  if (!options.documentChanges) {
    const changes: Record<string, LspTextEdit[]> = {};
    for (const [uri, list] of byUri) {
      const lines = linesOf(uri);
      changes[uri] = list.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText }));
    }
    return { changes };
  }
  const documentChanges: (CreateFile | TextDocumentEdit)[] = edit.creates.map((uri) => ({ kind: "create", uri, options: { ignoreIfExists: true } }));
  for (const [uri, list] of byUri) {
    const lines = linesOf(uri);
    const edits = list.map((e): LspTextEdit | SnippetTextEdit => {
      const range = lines.range(e.start, e.end);
      if (!options.snippets || e.cursor === undefined) return { range, newText: e.newText };
      return { range, snippet: { kind: "snippet", value: `${escapeSnippet(e.newText.slice(0, e.cursor))}$0${escapeSnippet(e.newText.slice(e.cursor))}` } };
    });
    const version = created.has(uri) ? null : (openDocument(documents, uri)?.version ?? null);
    documentChanges.push({ textDocument: { uri, version }, edits } as TextDocumentEdit);
  }
  return { documentChanges };
}

/** Text in a snippet stands for itself: `$`, `}` and `\` are escaped. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}
