import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { URI } from "vscode-uri";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeFileSystem } from "./nodeFileSystem";

// The fence around the workspace: nothing whose real place is outside the root is ever read.
describe("NodeFileSystem", () => {
  let base: string;
  let root: string;
  let fs: NodeFileSystem;
  const uri = (...parts: string[]) => URI.file(path.join(root, ...parts)).toString();
  const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), "isnad-fs-"));
    root = path.join(base, "workspace");
    mkdirSync(path.join(root, "articles"), { recursive: true });
    mkdirSync(path.join(base, "elsewhere"));
    writeFileSync(path.join(root, "articles", "a.txt"), "inside");
    writeFileSync(path.join(root, "one.claims"), "source one\n");
    writeFileSync(path.join(base, "elsewhere", "secret.txt"), "secret");
    writeFileSync(path.join(base, "elsewhere", "far.claims"), "source far\n");
    symlinkSync(path.join(base, "elsewhere", "secret.txt"), path.join(root, "articles", "leak.txt"));
    symlinkSync(path.join(root, "articles", "a.txt"), path.join(root, "alias.txt"));
    symlinkSync(path.join(base, "elsewhere"), path.join(root, "linked"));
    fs = new NodeFileSystem(root);
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("reads a file inside the root, and a link that leads inside it", () => {
    expect(text(fs.readFileSync(uri("articles", "a.txt")))).toBe("inside");
    expect(text(fs.readFileSync(uri("alias.txt")))).toBe("inside");
  });

  it("never reads outside the root: by a relative path, a file link or a directory link", async () => {
    expect(fs.readFileSync(URI.file(path.join(root, "..", "elsewhere", "secret.txt")).toString())).toBeUndefined();
    expect(fs.readFileSync(uri("articles", "leak.txt"))).toBeUndefined();
    expect(fs.readFileSync(uri("linked", "secret.txt"))).toBeUndefined();
    expect(await fs.readFile(uri("linked", "secret.txt"))).toBeUndefined();
  });

  it("reads a missing file, a directory or another scheme as nothing", () => {
    expect(fs.readFileSync(uri("articles", "none.txt"))).toBeUndefined();
    expect(fs.readFileSync(uri("nowhere", "none.txt"))).toBeUndefined();
    expect(fs.readFileSync(uri("articles"))).toBeUndefined();
    expect(fs.readFileSync("untitled:Untitled-1")).toBeUndefined();
  });

  it("lists the files below the root without walking a directory link", async () => {
    expect(await fs.findFiles(URI.file(root).toString(), ".claims")).toEqual([uri("one.claims")]);
  });

  it("sees a directory that became a link to the outside once a second has passed", () => {
    let clock = 5000;
    const fs = new NodeFileSystem(root, () => clock);
    const moving = path.join(root, "moving");
    mkdirSync(moving);
    writeFileSync(path.join(moving, "secret.txt"), "inside for now");
    expect(text(fs.readFileSync(uri("moving", "secret.txt")))).toBe("inside for now");
    rmSync(moving, { recursive: true });
    symlinkSync(path.join(base, "elsewhere"), moving);
    clock += 1100;
    expect(fs.readFileSync(uri("moving", "secret.txt"))).toBeUndefined();
  });
});
