import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathToFileURL } from "node:url";
import { jsonOutputSchema } from "../server/src/cli/check";
import { claimReviewDocumentSchema } from "../server/src/cli/specs/claimReview";
import { sarifSchema } from "../server/src/cli/specs/sarif";
import { annotationsSchema } from "../server/src/cli/specs/webAnnotation";
import { figuresOutputSchema } from "../server/src/core/text/figureJson";

const bin = path.resolve(__dirname, "../bin/isnad.js");

function isnad(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("isnad check", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "isnad-cli-"));
    mkdirSync(path.join(dir, "a"));
    mkdirSync(path.join(dir, "node_modules"));
    writeFileSync(path.join(dir, "a", "one.claims"), "source one\n  outlet: الواحة\nclaim cells {year: 2017} = 13\nclaim arrested = 4\n");
    writeFileSync(path.join(dir, "two.claims"), "source two\nclaim cells {year: 2017} = 9\nclaim arrested = 4\n  via: @nowhere\n");
    writeFileSync(path.join(dir, "clean.claims"), "source clean\nclaim other = 1\n");
    writeFileSync(path.join(dir, "node_modules", "skipped.claims"), "source one\n");
    mkdirSync(path.join(dir, "..b"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints file:line:col: severity code: message, sorted, and exits 1 on an error", () => {
    const r = isnad(["check"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      "a/one.claims:3:28: warning contradiction: 13 (one) contradicts 9 (two), off by 4 (31%); origins: @one against @two",
      "two.claims:2:28: warning contradiction: 9 (two) contradicts 13 (one), off by 4 (31%); origins: @two against @one",
      "two.claims:4:8: error unknown-source: no source `nowhere` is defined in the workspace",
    ]);
    expect(r.stderr).toContain("1 error, 2 warnings in 3 claims files");
  });

  it("resolves across the whole root but prints only the given paths", () => {
    const r = isnad(["check", "a"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe("a/one.claims:3:28: warning contradiction: 13 (one) contradicts 9 (two), off by 4 (31%); origins: @one against @two");
    expect(isnad(["check", "a", "--max-warnings", "0"], dir).code).toBe(1);
    expect(isnad(["check", "a", "--max-warnings", "1"], dir).code).toBe(0);
  });

  it("prints JSON of the documented shape, paths relative to the current directory", () => {
    const r = isnad(["check", "--root", dir, "--format", "json"], path.join(dir, "a"));
    const out = jsonOutputSchema.parse(JSON.parse(r.stdout));
    expect(out.map((d) => d.file)).toEqual(["../two.claims", "../two.claims", "one.claims"]);
    expect(out[2]).toEqual({
      file: "one.claims", line: 3, column: 28, endLine: 3, endColumn: 30, severity: "warning", code: "contradiction",
      message: "13 (one) contradicts 9 (two), off by 4 (31%); origins: @one against @two",
      related: [{ file: "../two.claims", line: 2, column: 28, endLine: 2, endColumn: 29, sourceId: "two", value: "9", message: "conflicting claim: 9 (two)" }],
    });
  });

  it("exits 2 on a usage error or a path that does not exist, naming it", () => {
    expect(isnad(["check", "nope"], dir)).toMatchObject({ code: 2, stderr: "isnad: nope: no such file or directory\n" });
    expect(isnad(["check", "node_modules"], dir)).toMatchObject({
      code: 2,
      stderr: "isnad: node_modules: inside node_modules, a folder the workspace skips (dot-folders and node_modules); to check it as a workspace of its own, run isnad check --root node_modules\n",
    });
    // A folder named "..b" is inside the root (a dot-folder, skipped); a file's own name may start with a dot.
    expect(isnad(["check", "..b"], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("..b: inside ..b, a folder the workspace skips") });
    const own = mkdtempSync(path.join(tmpdir(), "isnad-cli-dot-"));
    writeFileSync(path.join(own, ".dotted.claims"), "source dotted\nclaim other = 2\n");
    expect(isnad(["check", ".dotted.claims"], own)).toMatchObject({ code: 0, stderr: expect.stringContaining("in 1 claims file") });
    rmSync(own, { recursive: true, force: true });
    expect(isnad(["check", "--root", "a", "two.claims"], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining("two.claims: outside the root") });
    expect(isnad(["check", "--format", "xml"], dir)).toMatchObject({ code: 2, stderr: "isnad: --format takes text, json or sarif\n" });
    expect(isnad(["check", "--max-warnings", "x"], dir).code).toBe(2);
    expect(isnad(["check", "--bogus"], dir).code).toBe(2);
    expect(isnad(["frobnicate"], dir).code).toBe(2);
  });

  it("exits 0 on a clean workspace, and answers --help and --version", () => {
    expect(isnad(["check", "clean.claims"], dir)).toMatchObject({ code: 0, stdout: "" });
    expect(isnad(["--help"], dir).stdout).toContain("isnad check [paths…]");
    expect(isnad(["--version"], dir).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("speaks Arabic with --locale ar, codes and positions unchanged, and refuses other locales", () => {
    const r = isnad(["check", "--locale", "ar"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      "a/one.claims:3:28: warning contradiction: 13 (one) يناقض 9 (two)، الفارق: 4 (31%)؛ الأصول: @one مقابل @two",
      "two.claims:2:28: warning contradiction: 9 (two) يناقض 13 (one)، الفارق: 4 (31%)؛ الأصول: @two مقابل @one",
      "two.claims:4:8: error unknown-source: لا يوجد مصدر `nowhere` في مساحة العمل",
    ]);
    expect(r.stderr).toContain("الأخطاء: 1، التحذيرات: 2، ملفات الادعاءات: 3");
    expect(isnad(["check", "--locale", "fr"], dir)).toMatchObject({ code: 2, stderr: "isnad: --locale takes en or ar\n" });
  });
});

describe("isnad check on a broken file", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "isnad-cli-broken-"));
    writeFileSync(path.join(dir, "broken.claims"), "source s\nclaim cells 13\nclaim arrested = 12..3\n  qoute: x\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the parser's problems in Arabic with --locale ar, in English without", () => {
    expect(isnad(["check"], dir).stdout.trim().split("\n")).toEqual([
      "broken.claims:2:13: error syntax-error: expected `=` and the claimed value",
      "broken.claims:3:18: error syntax-error: the range 12..3 runs backwards: write 3..12",
      "broken.claims:4:3: error unknown-field: unknown field `qoute`; did you mean `quote`?",
    ]);
    const r = isnad(["check", "--locale", "ar"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      "broken.claims:2:13: error syntax-error: يجب كتابة `=` ثم القيمة المدّعاة",
      "broken.claims:3:18: error syntax-error: المجال 12..3 معكوس: اكتب 3..12",
      "broken.claims:4:3: error unknown-field: الحقل `qoute` غير معروف؛ هل تقصد `quote`؟",
    ]);
  });
});

describe("the golden example in docs/", () => {
  it("is what isnad check prints for samples/al-waha-2024-06-08.claims, and fits the schema", () => {
    const repo = path.resolve(__dirname, "..");
    const r = isnad(["check", "samples/al-waha-2024-06-08.claims", "--all", "--format", "json"], repo);
    const golden = readFileSync(path.join(repo, "docs/check-output.example.json"), "utf8");
    expect(r.stdout).toBe(golden);
    expect(jsonOutputSchema.safeParse(JSON.parse(golden)).success).toBe(true);
  });
});

describe("the export and SARIF examples in docs/", () => {
  const repo = path.resolve(__dirname, "..");
  const sample = "samples/al-waha-2024-06-08.claims";
  const read = (file: string) => readFileSync(path.join(repo, "docs", file), "utf8");

  it("docs/check-output.example.sarif.json is what isnad check --format sarif prints for the sample, the root's URI aside", () => {
    const r = isnad(["check", sample, "--all", "--format", "sarif"], repo);
    const rootUri = pathToFileURL(`${repo}/`).href;
    expect(r.stdout.split(`"uri": "${rootUri}"`).join(`"uri": "file:///path/to/workspace/"`)).toBe(read("check-output.example.sarif.json"));
    expect(sarifSchema.safeParse(JSON.parse(read("check-output.example.sarif.json"))).success).toBe(true);
  });

  it("the CSV, ClaimReview and Web Annotation examples are what isnad export writes for the sample, and fit their schemas", () => {
    const out = mkdtempSync(path.join(tmpdir(), "isnad-examples-"));
    for (const [format, file] of [["csv", "export.example.csv"], ["claimreview", "export-claimreview.example.json"], ["web-annotation", "export-web-annotation.example.json"]] as const) {
      const written = path.join(out, file);
      expect(isnad(["export", sample, "--format", format, "--out", written], repo).code).toBe(0);
      expect(readFileSync(written, "utf8")).toBe(read(file));
      const stdout = isnad(["export", sample, "--format", format], repo).stdout;
      expect(stdout).toBe(read(file).replace(/\r?\n$/, format === "csv" ? "\r\n" : "\n"));
    }
    rmSync(out, { recursive: true, force: true });
    expect(claimReviewDocumentSchema.safeParse(JSON.parse(read("export-claimreview.example.json"))).success).toBe(true);
    expect(annotationsSchema.safeParse(JSON.parse(read("export-web-annotation.example.json"))).success).toBe(true);
  });
});

describe("isnad figures", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "isnad-figures-"));
    writeFileSync(path.join(dir, "a.txt"), "أوقفت المصالح أربعة أشخاص أمس، تتراوح أعمارهم بين 21 و41 سنة.\nPlus de 27 cellules.\n");
    writeFileSync(path.join(dir, "a.claims"), "source a\n  published: 2024-06-07\n  text: a.txt\n");
    writeFileSync(path.join(dir, "bad.txt"), Buffer.from([0xe3, 0xd5, 0xcf]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints every figure with its reading as JSON of the documented shape, dates resolved against the source's publication date", () => {
    const r = isnad(["figures", "a.txt", "--format", "json"], dir);
    expect(r.code).toBe(0);
    const figures = figuresOutputSchema.parse(JSON.parse(r.stdout));
    expect(figures.map((f) => [f.text, f.kind, f.value ?? f.date ?? `${f.min}..${f.max}`])).toEqual([
      ["أربعة", "number", 4],
      ["أمس", "date", "2024-06-06"],
      ["بين 21 و41", "range", "21..41"],
      ["Plus de 27", "bound", "27..undefined"],
    ]);
    expect(figures[3]).toMatchObject({ line: 2, column: 1, endLine: 2, endColumn: 11, min: 27, minExclusive: true });
  });

  it("leaves relative dates unresolved without a publication date, and takes --published", () => {
    const alone = mkdtempSync(path.join(tmpdir(), "isnad-alone-"));
    writeFileSync(path.join(alone, "a.txt"), readFileSync(path.join(dir, "a.txt")));
    const elsewhere = isnad(["figures", "a.txt", "--format", "json"], alone);
    rmSync(alone, { recursive: true, force: true });
    expect(JSON.parse(elsewhere.stdout)[1]).toMatchObject({ text: "أمس", relative: "yesterday", resolved: false });
    const given = isnad(["figures", "a.txt", "--format", "json", "--published", "2024-01-01"], dir);
    expect(JSON.parse(given.stdout)[1]).toMatchObject({ date: "2023-12-31" });
  });

  it("exits 2 on a missing file, a file that is not UTF-8, or a bad flag", () => {
    expect(isnad(["figures", "nope.txt"], dir)).toMatchObject({ code: 2, stderr: "isnad: nope.txt: no such file\n" });
    expect(isnad(["figures", "bad.txt"], dir).stderr).toMatch(/bad\.txt is not UTF-8/);
    expect(isnad(["figures", "a.txt", "--lang", "de"], dir)).toMatchObject({ code: 2, stderr: "isnad: --lang takes ar, fr or en\n" });
    expect(isnad(["figures"], dir).code).toBe(2);
  });
});
