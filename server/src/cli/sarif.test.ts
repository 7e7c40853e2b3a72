// `isnad check --format sarif`, validated against SARIF 2.1.0 (specs/sarif.ts), with fingerprints
// that do not move when lines are inserted above, and no bidi isolates in any output format.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHECK_CODES } from "../core/checks/codes";
import { ruleDocsFrom } from "../../../scripts/ruleDocs";
import { main } from "./main";
import { sarifSchema } from "./specs/sarif";
import { FINGERPRINT } from "./sarif";

async function run(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(args, { print: (l) => stdout.push(l), error: (l) => stderr.push(l) });
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

describe("isnad check --format sarif", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "isnad-sarif-"));
    writeFileSync(path.join(root, "a b.claims"), "source الواحة\n  outlet: الواحة\nclaim cells {year: 2017} = 13\nclaim arrested = 4\n  via: @nowhere\n");
    writeFileSync(path.join(root, "two.claims"), "source two\nclaim cells {year: 2017} = 9\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const sarif = async () => {
    const r = await run(["check", "--root", root, "--format", "sarif"]);
    expect(r.code).toBe(1);
    return sarifSchema.parse(JSON.parse(r.stdout));
  };

  it("is one SARIF 2.1.0 run whose rules are every check code with its docs, and whose results sit relative to the root in UTF-16 columns", async () => {
    const log = await sarif();
    expect(log.runs).toHaveLength(1);
    const run0 = log.runs[0]!;
    expect(run0.columnKind).toBe("utf16CodeUnits");
    expect(run0.tool.driver.name).toBe("isnad");
    expect(run0.tool.driver.rules?.map((r) => r.id)).toEqual(CHECK_CODES);
    expect(run0.tool.driver.rules?.find((r) => r.id === "contradiction")).toMatchObject({ shortDescription: { text: "two claims about one quantity disagree" }, defaultConfiguration: { level: "warning" } });
    expect(run0.tool.driver.rules?.find((r) => r.id === "unsourced-claim")?.defaultConfiguration?.level).toBe("note");
    expect(run0.originalUriBaseIds?.ROOT?.uri).toMatch(/^file:\/\/\/.*\/$/);
    expect(run0.results?.map((r) => [r.ruleId, r.level, r.locations?.[0]?.physicalLocation?.artifactLocation.uri, r.locations?.[0]?.physicalLocation?.region])).toEqual([
      ["contradiction", "warning", "a%20b.claims", { startLine: 3, startColumn: 28, endLine: 3, endColumn: 30 }],
      ["unknown-source", "error", "a%20b.claims", { startLine: 5, startColumn: 8, endLine: 5, endColumn: 16 }],
      ["contradiction", "warning", "two.claims", { startLine: 2, startColumn: 28, endLine: 2, endColumn: 29 }],
    ]);
    const contradiction = run0.results![0]!;
    expect(contradiction.relatedLocations).toEqual([
      { id: 0, physicalLocation: { artifactLocation: { uri: "two.claims", uriBaseId: "ROOT" }, region: { startLine: 2, startColumn: 28, endLine: 2, endColumn: 29 } }, message: { text: "conflicting claim: 9 (two)" } },
    ]);
    expect(contradiction.partialFingerprints?.[FINGERPRINT]).toMatch(/^[0-9a-f]{32}$/);
  });

  it("keeps every fingerprint when lines are inserted above, and changes one when its claim's value changes", async () => {
    const before = await sarif();
    const file = path.join(root, "a b.claims");
    writeFileSync(file, `# a comment\n\n${readFileSync(file, "utf8").replace("source الواحة\n", "source الواحة\n  title: an added line\n")}`);
    const after = await sarif();
    const prints = (log: typeof before) => log.runs[0]!.results!.map((r) => r.partialFingerprints?.[FINGERPRINT]);
    const lines = (log: typeof before) => log.runs[0]!.results!.map((r) => r.locations?.[0]?.physicalLocation?.region?.startLine);
    expect(lines(after)).toEqual([6, 8, 2]);
    expect(lines(after)).not.toEqual(lines(before));
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(after)).size).toBe(3);
    writeFileSync(file, readFileSync(file, "utf8").replace("= 13", "= 14"));
    const changed = prints(await sarif());
    expect(changed[0]).not.toBe(prints(before)[0]);
    expect(changed[1]).toBe(prints(before)[1]);
  });

  it("writes no bidi isolates in SARIF, JSON or text output, though the messages name Arabic sources", async () => {
    for (const format of ["sarif", "json", "text"]) {
      const r = await run(["check", "--root", root, "--format", format]);
      expect(r.stdout).toContain("الواحة");
      expect(r.stdout).not.toMatch(/[\u2066-\u2069]/);
    }
  });
});

describe("the SARIF rules' docs", () => {
  it("are generated from docs/checks.md, which lists every check code", () => {
    const docs = ruleDocsFrom(readFileSync(path.resolve(__dirname, "../../../docs/checks.md"), "utf8"));
    expect(Object.keys(docs).sort()).toEqual([...CHECK_CODES].sort());
    for (const doc of Object.values(docs)) expect(doc.help).not.toMatch(/\]\(|\*\*/);
  });
});
