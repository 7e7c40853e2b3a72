/** Completion in claims files: ids after `@`, metrics, qualifiers, fields, quotes (core: analysis/completion). */
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from "vscode-languageserver/node";
import { completionsAt, TRIGGER_CHARACTERS, type CompletionKind } from "../../core/analysis/completion";
import type { Feature } from "./feature";

const KINDS: Record<CompletionKind, CompletionItemKind> = {
  source: CompletionItemKind.Module,
  claim: CompletionItemKind.Reference,
  metric: CompletionItemKind.Class,
  qualifierKey: CompletionItemKind.Property,
  qualifierValue: CompletionItemKind.EnumMember,
  field: CompletionItemKind.Field,
  keyword: CompletionItemKind.Keyword,
  quote: CompletionItemKind.Text,
  value: CompletionItemKind.Value,
};

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false } },
  register({ connection, at }) {
    connection.onCompletion(async (params, token) => {
      const found = await at(params.textDocument.uri, params.position);
      const lines = found?.session.index.entry(found.uri)?.lines;
      if (!found || found.offset === undefined || !lines || token.isCancellationRequested) return null;
      const { items, incomplete } = completionsAt(found.session.index, found.uri, found.offset);
      const lspItems = items.map(
        (item): CompletionItem => ({
          label: item.label,
          kind: KINDS[item.kind],
          ...(item.detail ? { detail: found.session.translate(item.detail) } : {}),
          ...(item.documentation ? { documentation: item.documentation } : {}),
          sortText: item.sortText,
          ...(item.filterText ? { filterText: item.filterText } : {}),
          insertTextFormat: InsertTextFormat.PlainText,
          textEdit: { range: lines.range(item.start, item.end), newText: item.insertText },
          ...(item.retrigger ? { command: { title: "", command: "editor.action.triggerSuggest" } } : {}),
        }),
      );
      return { isIncomplete: incomplete, items: lspItems };
    });
  },
};
