/**
 * Code-action tests: the actions at the fixture's cursor (`$0`) or marked range (`[|…|]`), and
 * applying one to the fixture's files, so that a test compares whole resulting files.
 */
import { codeActionsAt } from "../actions/codeActions";
import { applyWorkspaceEdit, type ActionOptions, type CodeAction } from "../actions/edit";
import type { FixContext } from "../actions/fixes/fix";
import { MemoryFileSystem, type FileSystem } from "../workspace/fileSystem";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import type { Fixture } from "./fixture";
import { markedWorkspaceOf } from "./markup";

export const ALL_OPTIONS: ActionOptions = { canCreateFiles: true, canShowDocument: true };

/** Reads text files through a file system, as the server's fixes do. */
export function textReader(fs: FileSystem): FixContext["readText"] {
  return async (uri) => {
    const bytes = await fs.readFile(uri);
    return bytes instanceof Uint8Array ? new TextDecoder().decode(bytes) : undefined;
  };
}

export interface ActionsFixture {
  readonly workspace: WorkspaceIndex;
  readonly fixture: Fixture;
  readonly actions: CodeAction[];
  /** The files after applying the action titled `title` (which must be offered exactly once). */
  apply(title: string): Record<string, string>;
}

/** The actions at the `$0` cursor or the first `[|…|]` range of the fixture. */
export async function actionsAt(text: string, options: ActionOptions = ALL_OPTIONS, only?: readonly string[]): Promise<ActionsFixture> {
  const { workspace, fixture, spans } = await markedWorkspaceOf(text);
  const span = spans[0];
  const at = span ?? (fixture.cursor ? { uri: fixture.cursor.uri, start: fixture.cursor.offset, end: fixture.cursor.offset } : undefined);
  if (!at) throw new Error("the fixture has no $0 cursor and no [|…|] range");
  const actions = await codeActionsAt(workspace, { uri: at.uri, start: at.start, end: at.end, ...(only ? { only } : {}) }, options, textReader(new MemoryFileSystem(fixture.files)));
  return {
    workspace,
    fixture,
    actions,
    apply(title) {
      const matching = actions.filter((a) => plain(a.title) === plain(title));
      if (matching.length !== 1) throw new Error(`${matching.length} actions titled ${JSON.stringify(title)}; offered:\n${actions.map((a) => `  ${a.title}`).join("\n")}`);
      return applyAction(fixture.files, matching[0] as CodeAction);
    },
  };
}

/** The files after `action`'s edit, with the changed and created ones only. */
export function applyAction(files: Readonly<Record<string, string>>, action: CodeAction): Record<string, string> {
  if (!action.edit) throw new Error(`the action ${JSON.stringify(action.title)} has no edit`);
  const after = applyWorkspaceEdit(files, action.edit);
  return Object.fromEntries(Object.entries(after).filter(([uri, text]) => files[uri] !== text));
}

/** A title without its bidi isolates, as a test writes it. */
function plain(title: string): string {
  return title.replace(/[\u2068\u2069]/g, "");
}
