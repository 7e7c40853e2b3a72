/**
 * Expected ranges written into fixtures, Roslyn's way: `[|13|]` marks the range a test expects
 * (a diagnostic on «13» in the article). Builds on fixture.ts: `//- /path` headers and `$0`.
 */
import { MemoryFileSystem } from "../workspace/fileSystem";
import { loadWorkspace } from "../workspace/loader";
import type { Workspace } from "../workspace/workspace";
import { parseFixture, ROOT, type Fixture } from "./fixture";

export interface MarkedSpan {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  /** The text between the markers. */
  readonly text: string;
}

/** A fixture with its `[|…|]` markers taken out of the files, and the spans they marked, in order. */
export function parseMarkedFixture(text: string): { fixture: Fixture; spans: MarkedSpan[] } {
  const parsed = parseFixture(text);
  const files: Record<string, string> = {};
  const spans: MarkedSpan[] = [];
  let cursor = parsed.cursor;
  for (const [uri, body] of Object.entries(parsed.files)) {
    let out = "";
    let open: number | undefined;
    let removedBeforeCursor = 0;
    for (let i = 0; i < body.length; i++) {
      const pair = body.slice(i, i + 2);
      if (pair === "[|" || (pair === "|]" && open !== undefined)) {
        if (cursor?.uri === uri && i < cursor.offset) removedBeforeCursor += 2;
        if (pair === "[|") open = out.length;
        else {
          const start = open ?? out.length;
          spans.push({ uri, start, end: out.length, text: out.slice(start) });
          open = undefined;
        }
        i++;
        continue;
      }
      out += body[i];
    }
    files[uri] = out;
    if (cursor?.uri === uri) cursor = { uri, offset: cursor.offset - removedBeforeCursor };
  }
  return { fixture: cursor ? { files, cursor } : { files }, spans };
}

/** Loads a marked fixture into a workspace. */
export async function markedWorkspaceOf(text: string): Promise<{ workspace: Workspace; fixture: Fixture; spans: MarkedSpan[] }> {
  const { fixture, spans } = parseMarkedFixture(text);
  const { workspace } = await loadWorkspace(new MemoryFileSystem(fixture.files), ROOT);
  return { workspace, fixture, spans };
}
