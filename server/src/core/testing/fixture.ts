/**
 * Test fixtures in the rust-analyzer style: several files in one string, each after a
 * `//- /path` header, and `$0` marking the cursor. Files live in a MemoryFileSystem under
 * `file:///ws`, the workspace root.
 */
import { diagnosticsOf } from "../analysis/diagnostics";
import { MemoryFileSystem } from "../workspace/fileSystem";
import { loadWorkspace } from "../workspace/loader";
import type { Workspace } from "../workspace/workspace";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";

export const ROOT = "file:///ws";

export interface Fixture {
  files: Record<string, string>;
  /** The file and offset of `$0`, when there is one. */
  cursor?: { uri: string; offset: number };
}

export function parseFixture(text: string): Fixture {
  const files: Record<string, string> = {};
  let cursor: Fixture["cursor"];
  const chunks = text.split(/^\/\/- (\S+)[^\n]*\n/m);
  for (let i = 1; i < chunks.length; i += 2) {
    const uri = `${ROOT}${chunks[i]}`;
    let body = chunks[i + 1] ?? "";
    const at = body.indexOf("$0");
    if (at >= 0) {
      cursor = { uri, offset: at };
      body = body.slice(0, at) + body.slice(at + 2);
    }
    files[uri] = body;
  }
  return cursor ? { files, cursor } : { files };
}

/** Loads a fixture into a workspace. */
export async function workspaceOf(text: string): Promise<{ workspace: Workspace; fs: MemoryFileSystem; fixture: Fixture }> {
  const fixture = parseFixture(text);
  const fs = new MemoryFileSystem(fixture.files);
  const { workspace } = await loadWorkspace(fs, ROOT);
  return { workspace, fs, fixture };
}

/** Every diagnostic of the workspace as compact strings: `/a.claims:3:10 warning contradiction: message`. */
export function compactDiagnostics(workspace: WorkspaceIndex): string[] {
  const out: string[] = [];
  for (const uri of [...workspace.claimsFiles()].sort()) {
    for (const d of diagnosticsOf(workspace, uri)) {
      out.push(`${uri.slice(ROOT.length)}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code}: ${d.message}`);
    }
  }
  return out;
}

/** Only the codes and places, for tests about which checks fire. */
export function codesOf(workspace: WorkspaceIndex): string[] {
  return compactDiagnostics(workspace).map((d) => d.replace(/ (error|warning|information|hint) ([a-z-]+): .*$/, " $2"));
}
