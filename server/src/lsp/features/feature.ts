/**
 * How a language feature plugs into the server: the capabilities it announces and the handlers
 * it registers. Each feature is a small translation of a core result into LSP, in a file of its own.
 */
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Session } from "../session";

export interface FeatureContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** The workspace session, or undefined when the editor opened no folder. */
  session(): Session | undefined;
  /**
   * The session with the document's pending edits applied, and the index's spelling of the
   * document's URI with the offset of an LSP position in it (undefined when the index has no such file).
   */
  at(uri: string, position?: { line: number; character: number }): Promise<{ session: Session; uri: string; offset: number | undefined } | undefined>;
  /** What the client said it can do, in `initialize` (empty before it). */
  clientCapabilities(): ClientCapabilities;
}

export interface Feature {
  readonly capabilities: ServerCapabilities;
  register(context: FeatureContext): void;
}
