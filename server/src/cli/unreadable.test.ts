// What `isnad check` says of files it will not read: special files, links out of the root, files
// above the size limit, and an isnad.json that is one of those. Run on the built command line.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bin = path.resolve(__dirname, "../../../bin/isnad.js");

function check(root: string) {
  const r = spawnSync(process.execPath, [bin, "check", "--root", root], { cwd: root, encoding: "utf8", timeout: 20_000 });
  return { code: r.status, lines: r.stdout.trim().split("\n").filter((l) => l !== ""), stderr: r.stderr };
}

describe("isnad check on files it does not read", () => {
  let base: string;
  let root: string;
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), "isnad-unreadable-"));
    root = path.join(base, "ws");
    mkdirSync(path.join(root, "folder.txt"), { recursive: true });
    writeFileSync(path.join(base, "secret.txt"), "13 خلية");
    execFileSync("mkfifo", [path.join(root, "pipe.txt"), path.join(root, "pipe.claims")]);
    symlinkSync("/dev/zero", path.join(root, "zero.txt"));
    symlinkSync(path.join(base, "secret.txt"), path.join(root, "out.txt"));
    symlinkSync(path.join(base, "secret.txt"), path.join(root, "out.claims"));
    writeFileSync(path.join(root, "isnad.json"), JSON.stringify({ maxFileSizeMB: 0.001 }));
    writeFileSync(path.join(root, "big.txt"), "١".repeat(600));
    writeFileSync(path.join(root, "big.claims"), `source big\n${"# a long comment\n".repeat(100)}`);
    const source = (id: string, text: string) => `source ${id}\n  text: ${text}\nclaim cells = 13\n  quote: «13 خلية»\n`;
    writeFileSync(path.join(root, "a.claims"), ["pipe.txt", "zero.txt", "out.txt", "big.txt", "folder.txt"].map((t, i) => source(`s${i}`, t)).join(""));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("gives a claims file it does not read one problem at 1:1, an article its problem on the `text:` field, and never hangs on a pipe", () => {
    const r = check(root);
    expect(r.lines).toEqual([
      "a.claims:2:9: error unreadable-file: pipe.txt is a named pipe (FIFO), not a regular file; it is not read",
      "a.claims:6:9: error unreadable-file: zero.txt is a link that leads outside the workspace; it is not read",
      "a.claims:10:9: error unreadable-file: out.txt is a link that leads outside the workspace; it is not read",
      "a.claims:14:9: error file-too-large: big.txt is 0.00114 MB, above the limit of 0.001 MB (`maxFileSizeMB` in isnad.json); it is not read",
      "a.claims:18:9: error unreadable-file: folder.txt is a folder, not a file; it is not read",
      "big.claims:1:1: error file-too-large: big.claims is 0.00163 MB, above the limit of 0.001 MB (`maxFileSizeMB` in isnad.json); it is not read",
      "out.claims:1:1: error unreadable-file: out.claims is a link that leads outside the workspace; it is not read",
      "pipe.claims:1:1: error unreadable-file: pipe.claims is a named pipe (FIFO), not a regular file; it is not read",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("8 errors, 0 warnings in 4 claims files\n");
  });

  it("says why it did not read an isnad.json that is a link out of the root, a pipe or a folder, and goes on with the defaults", () => {
    const ws = path.join(base, "config");
    mkdirSync(ws);
    writeFileSync(path.join(ws, "a.claims"), "source a\nclaim cells = 13\n");
    writeFileSync(path.join(base, "isnad.json"), JSON.stringify({ severity: { "unsourced-claim": "error" } }));
    symlinkSync(path.join(base, "isnad.json"), path.join(ws, "isnad.json"));
    expect(check(ws)).toEqual({ code: 0, lines: [], stderr: "warning: isnad.json is a link that leads outside the workspace; it is not read; using the defaults\n0 errors, 0 warnings in 1 claims file\n" });
    rmSync(path.join(ws, "isnad.json"));
    execFileSync("mkfifo", [path.join(ws, "isnad.json")]);
    expect(check(ws).stderr).toBe("warning: isnad.json is a named pipe (FIFO), not a regular file; it is not read; using the defaults\n0 errors, 0 warnings in 1 claims file\n");
    rmSync(path.join(ws, "isnad.json"));
    mkdirSync(path.join(ws, "isnad.json"));
    expect(check(ws).stderr).toBe("warning: isnad.json is a folder, not a file; it is not read; using the defaults\n0 errors, 0 warnings in 1 claims file\n");
  });

  it("isnad figures refuses a named pipe at once instead of waiting for a writer", () => {
    const r = spawnSync(process.execPath, [bin, "figures", "pipe.txt"], { cwd: root, encoding: "utf8", timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("isnad: pipe.txt is a named pipe (FIFO), not a regular file; it is not read\n");
  });
});
