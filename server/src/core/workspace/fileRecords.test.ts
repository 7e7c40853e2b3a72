/**
 * The index keeps records of every claim and the syntax trees of a few files (FileRecords): a file
 * whose tree went cold is parsed again when asked. Every answer must be the same as with every tree
 * held: the demo corpus is loaded twice, once keeping a single tree, and asked everything.
 */
import { problemsOf } from "../analysis/problems";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { codeActionsAt } from "../actions/codeActions";
import { articleDiagnosticsOf } from "../analysis/articleDiagnostics";
import { codeLensesOf } from "../analysis/codeLens";
import { completionsAt } from "../analysis/completion";
import { definitionAt } from "../analysis/definition";
import { diagnosticsOf } from "../analysis/diagnostics";
import { hoverAt } from "../analysis/hover";
import { inlayHintsOf } from "../analysis/inlayHints";
import { referencesAt } from "../analysis/references";
import { renameAt } from "../analysis/rename";
import { workspaceSymbols } from "../analysis/symbols";
import { ALL_OPTIONS, textReader } from "../testing/actions";
import { ROOT } from "../testing/fixture";
import { MemoryFileSystem } from "./fileSystem";
import { loadWorkspace } from "./loader";
import type { Workspace } from "./workspace";

const samples = path.resolve(__dirname, "../../../../samples");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

function sampleFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const file of filesUnder(samples)) {
    if (/\.(claims|txt)$/.test(file)) files[`${ROOT}/${path.relative(samples, file).split(path.sep).join("/")}`] = readFileSync(file);
  }
  return files;
}

/** Everything the editor asks of a workspace, at every claim's header, value and quote. */
async function everything(workspace: Workspace, fs: MemoryFileSystem): Promise<unknown[]> {
  const articles = Object.keys(sampleFiles()).filter((u) => u.endsWith(".txt"));
  const out: unknown[] = [];
  for (const uri of [...workspace.claimsFiles()].sort()) {
    out.push(uri, diagnosticsOf(workspace, uri), codeLensesOf(workspace, uri), inlayHintsOf(workspace, uri));
    for (const problem of problemsOf(workspace, uri)) {
      const actions = await codeActionsAt(workspace, { uri, start: problem.start, end: problem.end }, ALL_OPTIONS, textReader(fs));
      out.push(actions.map((a) => [a.title, a.edit]));
    }
    for (const claim of workspace.entry(uri)?.facts.claims ?? []) {
      for (const offset of [claim.start, claim.metric.start, claim.valueStart, claim.quote?.valueSpan.start ?? claim.end]) {
        out.push(hoverAt(workspace, uri, offset), referencesAt(workspace, uri, offset), definitionAt(workspace, uri, offset), completionsAt(workspace, uri, offset), renameAt(workspace, uri, offset, "renamed"));
      }
    }
  }
  for (const uri of articles.sort()) out.push(uri, articleDiagnosticsOf(workspace, uri));
  for (const query of ["", "a", "cells", "خلا"]) out.push(workspaceSymbols(workspace, query));
  return out;
}

describe("syntax trees made again on demand", () => {
  it("answer everything as the trees held from the start do", async () => {
    const held = await loadWorkspace(new MemoryFileSystem(sampleFiles()), ROOT, { parsedFilesKept: 1000 });
    const coldFs = new MemoryFileSystem(sampleFiles());
    const cold = await loadWorkspace(coldFs, ROOT, { parsedFilesKept: 1 });
    const expected = await everything(held.workspace, new MemoryFileSystem(sampleFiles()));
    expect(expected.length).toBeGreaterThan(100);
    expect(await everything(cold.workspace, coldFs)).toEqual(expected);
  });

  it("keep an edit's answers the same after the trees went cold", async () => {
    const results = [];
    for (const kept of [1000, 1]) {
      const fs = new MemoryFileSystem(sampleFiles());
      const { workspace } = await loadWorkspace(fs, ROOT, { parsedFilesKept: kept });
      const uri = `${ROOT}/al-waha-2024-06-08.claims`;
      const text = workspace.entry(uri)?.text ?? "";
      // A value changed, then the file removed and added back: what other files say follows.
      const edited = text.replace(/= 13\b/, "= 14");
      expect(edited).not.toBe(text);
      const affected = [...workspace.setClaimsText(uri, edited)].sort();
      const afterEdit = [...workspace.claimsFiles()].sort().map((u) => diagnosticsOf(workspace, u));
      const removed = [...workspace.removeClaims(uri)].sort();
      const readded = [...workspace.setClaimsText(uri, text)].sort();
      results.push({ affected, afterEdit, removed, readded, final: await everything(workspace, fs) });
    }
    expect(results[0]?.affected.length).toBeGreaterThan(1);
    expect(results[1]).toEqual(results[0]);
  });
});
