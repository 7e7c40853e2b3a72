/**
 * Formatting of claims files, whole or by range (core: analysis/format). The edits are made on
 * the document as the editor holds it, so that their offsets are those of its current version.
 */
import type { TextEdit } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { formatEdits, formatRangeEdits, type OffsetEdit } from "../../core/analysis/format";
import type { Feature, FeatureContext } from "./feature";

export const formattingFeature: Feature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(context) {
    const { connection } = context;
    connection.onDocumentFormatting(async (params) => {
      const document = await claimsDocument(context, params.textDocument.uri);
      return document ? toLsp(document, formatEdits(document.getText())) : null;
    });
    connection.onDocumentRangeFormatting(async (params) => {
      const document = await claimsDocument(context, params.textDocument.uri);
      return document ? toLsp(document, formatRangeEdits(document.getText(), params.range.start.line, params.range.end.line)) : null;
    });
  },
};

/** The editor's document, or the indexed text of a claims file that is not open. */
async function claimsDocument(context: FeatureContext, uri: string): Promise<TextDocument | undefined> {
  const found = await context.at(uri);
  if (!found || !found.session.isClaims(found.uri)) return undefined;
  const open = context.documents.get(uri);
  if (open) return open;
  const entry = found.session.index.entry(found.uri);
  return entry ? TextDocument.create(uri, "claims", 0, entry.text) : undefined;
}

function toLsp(document: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
}
