/**
 * Isnad's own messages between the extension and its server, defined once for both sides (the
 * client bundle imports this file). Plain method names and parameter types, with no import at
 * all: the two sides use different copies of vscode-jsonrpc, whose message classes do not mix,
 * and the client must pull nothing of the server into its bundle.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

/** A notification's method and, as a type only, its parameters. */
export interface NotificationSpec<P> {
  readonly method: string;
  /** Never set: carries the parameters' type. */
  readonly params?: P;
}

/** A request's method and, as types only, its parameters and result. */
export interface RequestSpec<P, R> {
  readonly method: string;
  /** Never set: carry the types. */
  readonly params?: P;
  readonly result?: R;
}

/** How many claims contradict another source, and in how many claims files. */
export interface ContradictionCount {
  readonly claims: number;
  readonly files: number;
}

/** Server → client, whenever the count changes: what the status bar shows. */
export const contradictionsNotification: NotificationSpec<ContradictionCount> = { method: "isnad/contradictions" };

/** One open contradiction, as the Problems panel shows it. */
export interface ContradictionEntry {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

/** Client → server: every open contradiction of the workspace, for "Isnad: Show contradictions". */
export const listContradictionsRequest: RequestSpec<null, ContradictionEntry[]> = { method: "isnad/listContradictions" };

/** Client → server: read every file from disk again and re-check the workspace. */
export const recheckRequest: RequestSpec<null, { readonly claimsFiles: number }> = { method: "isnad/recheck" };

/**
 * The client command a code lens runs to show claims in a peek view. Its arguments are plain
 * JSON, as LSP carries them; the client turns them into VS Code's types for
 * `editor.action.showReferences`.
 */
export const SHOW_CLAIMS_COMMAND = "isnad.showClaims";
export type ShowClaimsArguments = [uri: string, position: Position, locations: Location[]];
