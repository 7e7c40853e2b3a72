/**
 * Code actions as plain data: what to show, and the edit to make as offsets into the texts the
 * workspace holds. The server turns them into LSP (lsp/workspaceEdit.ts); tests apply them to the
 * fixture's texts and compare whole files.
 */
import type { Message } from "../messages";
import type { Problem } from "../model/problem";

/** Replaces `[start, end)` of the file at `uri` with `newText`. */
export interface TextEdit {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly newText: string;
  /**
   * Where the cursor should stand after the edit, as an offset into `newText` (the empty
   * `reason: ` to fill in). Hosts that take snippets place it there; the others ignore it.
   */
  readonly cursor?: number;
}

export interface WorkspaceEdit {
  /** Files to create, empty, before the edits run (an edit at offset 0 then fills them). */
  readonly creates: readonly string[];
  readonly edits: readonly TextEdit[];
}

export type ActionKind = "quickfix" | "source.fixAll.isnad" | "refactor.extract";

/** A command the host runs instead of, or after, an edit. */
export interface Command {
  readonly title: string;
  readonly command: string;
  readonly arguments: readonly unknown[];
}

export interface CodeAction {
  readonly title: string;
  /** `title` as data, for hosts that translate it (see core/messages.ts). */
  readonly l10n?: Message;
  readonly kind: ActionKind;
  /** The problem the action fixes. */
  readonly problem?: Problem;
  /** The action an editor may apply with one key (VS Code's "auto fix"). */
  readonly isPreferred?: boolean;
  readonly edit?: WorkspaceEdit;
  readonly command?: Command;
}

/** What the host can do, which decides the shape of some actions. */
export interface ActionOptions {
  /** Whether edits may create files (LSP `resourceOperations: ["create"]`). */
  readonly canCreateFiles: boolean;
  /** Whether the host can open a place on command (LSP `window/showDocument`). */
  readonly canShowDocument: boolean;
}

/** The commands the server executes for its actions. */
export const COMMANDS = {
  /** Arguments: the article's URI and the selected range (LSP positions). */
  claimFigure: "isnad.claimFigure",
  /** Arguments: the article's URI and a range of it (not read: the whole article is drafted). */
  draftClaims: "isnad.draftClaims",
  /** Arguments: a URI and a range (LSP positions) to show. */
  openLocation: "isnad.openLocation",
} as const;

export function edits(...list: TextEdit[]): WorkspaceEdit {
  return { creates: [], edits: list };
}

/**
 * Applies edits to one text, as an editor does: offsets refer to the text before any edit, and
 * edits may not overlap. Throws on an overlap, which is a bug of the action that made them.
 */
export function applyTextEdits(text: string, list: readonly Pick<TextEdit, "start" | "end" | "newText">[]): string {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos || edit.end < edit.start || edit.end > text.length) throw new Error(`overlapping or out-of-range edit at ${edit.start}..${edit.end}`);
    out += text.slice(pos, edit.start) + edit.newText;
    pos = edit.end;
  }
  return out + text.slice(pos);
}

/** Applies a workspace edit to a set of texts (URI → text); returns the new set. */
export function applyWorkspaceEdit(files: Readonly<Record<string, string>>, edit: WorkspaceEdit): Record<string, string> {
  const out: Record<string, string> = { ...files };
  for (const uri of edit.creates) out[uri] ??= "";
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edit.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  for (const [uri, list] of byUri) {
    const text = out[uri];
    if (text === undefined) throw new Error(`an edit of ${uri}, which neither exists nor is created`);
    out[uri] = applyTextEdits(text, list);
  }
  return out;
}
