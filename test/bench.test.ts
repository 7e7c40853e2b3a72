// The benchmark corpus at 1k claims: every planted case is reported, and nothing else (no timing here;
// `npm run bench` times the same corpus at larger sizes).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { URI } from "vscode-uri";
import { buildCorpus, writeCorpus } from "../bench/corpus";
import { comparePlanted, type Reported } from "../bench/verify";
import { CHECKS, OFF_BY_DEFAULT } from "../server/src/core/checks/codes";
import { articleDiagnosticsOf } from "../server/src/core/analysis/articleDiagnostics";
import { diagnosticsOf } from "../server/src/core/analysis/diagnostics";
import { loadWorkspace } from "../server/src/core/workspace/loader";
import { NodeFileSystem } from "../server/src/node/nodeFileSystem";
import { openFirst } from "../server/src/core/testing/openFirst";

describe("the benchmark corpus", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "isnad-bench-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("plants every check, and the check reports exactly the planted cases", async () => {
    const manifest = writeCorpus(dir, { claims: 1000, seed: 1 });
    expect(new Set([...manifest.planted, ...manifest.offByDefault].map((p) => p.code))).toEqual(new Set(Object.keys(CHECKS)));
    expect(manifest.hot.length).toBeGreaterThanOrEqual(100);

    const rootUri = URI.file(dir).toString();
    const { workspace } = await loadWorkspace(new NodeFileSystem(dir), rootUri);
    const reported: Reported[] = [];
    for (const uri of workspace.claimsFiles()) {
      const file = path.relative(dir, URI.parse(uri).fsPath).split(path.sep).join("/");
      for (const d of diagnosticsOf(workspace, uri)) reported.push({ file, line: d.range.start.line + 1, code: d.code });
    }
    const result = comparePlanted(manifest.planted, reported);
    expect({ missing: result.missing, extra: result.extra }).toEqual({ missing: [], extra: [] });
    expect(result.planted_found).toBe(result.planted_total);

    // Checks that are off by default, turned on: each planted case is among what they report.
    workspace.setConfig({ ...workspace.configuration, severity: { ...workspace.configuration.severity, ...Object.fromEntries([...OFF_BY_DEFAULT].map((c) => [c, "hint"])) } });
    for (const p of manifest.offByDefault) {
      const uri = URI.file(path.join(dir, p.file)).toString();
      const found = [...(p.file.endsWith(".claims") ? diagnosticsOf(workspace, uri) : articleDiagnosticsOf(workspace, uri))].map((d) => `${d.range.start.line + 1} ${d.code}`);
      expect(found, p.file).toContain(`${p.line} ${p.code}`);
    }
  });

  it("gives an open file, indexed first with the files it depends on, its complete diagnostics", async () => {
    const manifest = writeCorpus(dir, { claims: 1000, seed: 1 });
    const fs = new NodeFileSystem(dir);
    const rootUri = URI.file(dir).toString();
    // The edited file, the files planted with a check across files, and every third file.
    const crossFile = new Set(["contradiction", "same-origin-contradiction", "minor-difference", "settled-contradiction", "incompatible-values", "unknown-source", "duplicate-id", "similar-metric", "invalid-metric", "duplicate-metric", "similar-qualifier"]);
    const all = (await fs.findFiles(rootUri, ".claims")).map((uri) => path.relative(dir, URI.parse(uri).fsPath).split(path.sep).join("/"));
    const chosen = new Set([manifest.editFile, ...manifest.planted.filter((p) => crossFile.has(p.code)).map((p) => p.file), ...all.filter((_, i) => i % 3 === 0)]);
    // (At this size most files share the quantity claimed in 100 files, so most depend on 100 files.)
    for (const file of chosen) {
      const uri = URI.file(path.join(dir, file)).toString();
      const { first, final } = await openFirst(fs, rootUri, new Map([[uri, readFileSync(path.join(dir, file), "utf8")]]));
      expect(first, file).toEqual(final);
    }
    expect(chosen.size).toBeGreaterThan(30);
  });

  it("is the same for the same seed, and another for another", () => {
    const one = buildCorpus({ claims: 300, seed: 7 });
    const two = buildCorpus({ claims: 300, seed: 7 });
    const three = buildCorpus({ claims: 300, seed: 8 });
    expect([...two.files]).toEqual([...one.files]);
    expect(three.manifest.planted).not.toEqual(one.manifest.planted);
  });
});
