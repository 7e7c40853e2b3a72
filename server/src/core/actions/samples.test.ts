/**
 * Every quick fix of the citation checks offered on the demo corpus, applied one at a time: each
 * must make its problem go away (a contradiction becomes settled) and bring no new error or
 * warning but the ones it says it leaves for the user (the empty `reason:` to fill in, the
 * contradictions a changed value may bring).
 */
import { problemsOf } from "../analysis/problems";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "../analysis/diagnostics";
import { ROOT } from "../testing/fixture";
import { ALL_OPTIONS, textReader } from "../testing/actions";
import { MemoryFileSystem } from "../workspace/fileSystem";
import { loadWorkspace } from "../workspace/loader";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { codeActionsAt } from "./codeActions";
import { applyWorkspaceEdit } from "./edit";

const samples = path.resolve(__dirname, "../../../../samples");

/** The checks whose fixes this test applies (a fix that merges metrics may reveal contradictions, as it should). */
const CODES: readonly string[] = ["contradiction", "figure-not-in-quote", "quote-not-found", "unknown-field", "unknown-source", "unsourced-claim"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Errors and warnings of the workspace, as `file code` and how many (lines move as fixes add some). */
function serious(workspace: WorkspaceIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const uri of workspace.claimsFiles()) {
    for (const d of diagnosticsOf(workspace, uri)) {
      const key = `${uri.slice(ROOT.length)} ${d.code}`;
      if (d.severity === "error" || d.severity === "warning") out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
  return out;
}

/** The kinds of diagnostic there are more of in `after` than in `before`. */
function more(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...after].filter(([key, n]) => n > (before.get(key) ?? 0)).map(([key]) => key);
}

describe("the quick fixes on samples/", () => {
  it("each fixes its problem and brings no other error or warning", async () => {
    const files: Record<string, string | Uint8Array> = {};
    for (const file of filesUnder(samples)) {
      if (!/\.(claims|txt)$/.test(file)) continue;
      files[`${ROOT}/${path.relative(samples, file).split(path.sep).join("/")}`] = readFileSync(file);
    }
    const fs = new MemoryFileSystem(files);
    const { workspace } = await loadWorkspace(fs, ROOT);
    const texts: Record<string, string> = {};
    for (const uri of workspace.claimsFiles()) texts[uri] = workspace.entry(uri)?.text ?? "";
    const before = serious(workspace);
    let applied = 0;
    const codes = new Set<string>();
    for (const uri of [...workspace.claimsFiles()].sort()) {
      for (const problem of problemsOf(workspace, uri)) {
        if (!CODES.includes(problem.code)) continue;
        const actions = await codeActionsAt(workspace, { uri, start: problem.start, end: problem.end }, ALL_OPTIONS, textReader(fs));
        const line = workspace.entry(uri)?.lines.position(problem.start).line;
        for (const action of actions) {
          if (!action.edit || action.problem?.code !== problem.code || action.problem.start !== problem.start) continue;
          const after = applyWorkspaceEdit(texts, action.edit);
          const changed = Object.keys(after).filter((u) => after[u] !== texts[u]);
          for (const u of changed) workspace.setClaimsText(u, after[u] ?? "");
          const what = `${action.title} (${uri.slice(ROOT.length)}:${(line ?? 0) + 1})`;
          // The problem is gone from where it stood (the edits add lines below it, never above).
          const still = problemsOf(workspace, uri).filter((p) => p.code === problem.code && p.start === problem.start);
          expect(still.map((p) => p.message), what).toEqual([]);
          const added = more(before, serious(workspace)).filter((d) => !(action.title.startsWith("Prefer") && d.endsWith("invalid-field")) && !(action.title.startsWith("Change the value") && d.endsWith("contradiction")));
          expect(added, what).toEqual([]);
          for (const u of changed) {
            if (texts[u] === undefined) workspace.removeClaims(u);
            else workspace.setClaimsText(u, texts[u]);
          }
          applied++;
          codes.add(problem.code);
        }
      }
    }
    expect(serious(workspace)).toEqual(before);
    expect([...codes].sort()).toEqual([...CODES].sort());
    expect(applied).toBeGreaterThan(30);
  });
});
