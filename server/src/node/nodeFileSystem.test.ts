import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { URI } from "vscode-uri";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeFileSystem } from "./nodeFileSystem";

const text = (bytes: Uint8Array | object | undefined) => (bytes instanceof Uint8Array ? new TextDecoder().decode(bytes) : bytes);

// The fence around the workspace: nothing whose real place is outside the root is ever opened.
describe("NodeFileSystem", () => {
  let base: string;
  let root: string;
  let fs: NodeFileSystem;
  const uri = (...parts: string[]) => URI.file(path.join(root, ...parts)).toString();

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

  it("never reads outside the root: by a relative path, a file link or a directory link, and says so", async () => {
    const outside = { kind: "unreadable-file", why: "outside" };
    expect(fs.readFileSync(URI.file(path.join(root, "..", "elsewhere", "secret.txt")).toString())).toEqual(outside);
    expect(fs.readFileSync(`${uri()}/../elsewhere/secret.txt`)).toEqual(outside);
    expect(fs.readFileSync(uri("articles", "leak.txt"))).toEqual(outside);
    expect(fs.readFileSync(uri("linked", "secret.txt"))).toEqual(outside);
    expect(await fs.readFile(uri("linked", "secret.txt"))).toEqual(outside);
  });

  it("reads a missing file or another scheme as nothing, a folder as a folder", () => {
    expect(fs.readFileSync(uri("articles", "none.txt"))).toBeUndefined();
    expect(fs.readFileSync(uri("nowhere", "none.txt"))).toBeUndefined();
    expect(fs.readFileSync(uri("one.claims", "below-a-file.txt"))).toBeUndefined();
    expect(fs.readFileSync("untitled:Untitled-1")).toBeUndefined();
    expect(fs.readFileSync(uri("articles"))).toEqual({ kind: "unreadable-file", why: "folder" });
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
    expect(fs.readFileSync(uri("moving", "secret.txt"))).toEqual({ kind: "unreadable-file", why: "outside" });
  });
});

// Only regular files are read: what else a workspace holds is named, never opened for a read
// that could wait (a named pipe without a writer) or never end (a device).
describe("NodeFileSystem on special files", () => {
  let root: string;
  let fs: NodeFileSystem;
  let server: Server;
  const uri = (...parts: string[]) => URI.file(path.join(root, ...parts)).toString();

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "isnad-special-"));
    execFileSync("mkfifo", [path.join(root, "pipe.txt"), path.join(root, "pipe.claims")]);
    symlinkSync(path.join(root, "pipe.txt"), path.join(root, "behind-a-link.claims"));
    symlinkSync("/dev/zero", path.join(root, "zero.txt"));
    symlinkSync(path.join(root, "loop-b.txt"), path.join(root, "loop-a.txt"));
    symlinkSync(path.join(root, "loop-a.txt"), path.join(root, "loop-b.txt"));
    writeFileSync(path.join(root, "ten.txt"), "0123456789");
    writeFileSync(path.join(root, "eleven.txt"), "0123456789+");
    server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(root, "socket.txt"), resolve));
    fs = new NodeFileSystem(root);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it("names a named pipe, directly or behind a link, without waiting for a writer", () => {
    expect(fs.readFileSync(uri("pipe.txt"))).toEqual({ kind: "unreadable-file", why: "fifo" });
    expect(fs.readFileSync(uri("behind-a-link.claims"))).toEqual({ kind: "unreadable-file", why: "fifo" });
  });

  it("names a socket, and a loop of links", () => {
    expect(fs.readFileSync(uri("socket.txt"))).toEqual({ kind: "unreadable-file", why: "socket" });
    expect(fs.readFileSync(uri("loop-a.txt"))).toEqual({ kind: "unreadable-file", why: "link-loop" });
  });

  it("does not follow a link to /dev/zero out of the root; a device inside the root is named, not read", () => {
    expect(fs.readFileSync(uri("zero.txt"))).toEqual({ kind: "unreadable-file", why: "outside" });
    expect(fs.readFileSync("file:///dev/zero")).toEqual({ kind: "unreadable-file", why: "outside" });
    const wholeDisk = new NodeFileSystem("/");
    expect(wholeDisk.readFileSync("file:///dev/zero")).toEqual({ kind: "unreadable-file", why: "device" });
    expect(wholeDisk.readFileSync(uri("zero.txt"))).toEqual({ kind: "unreadable-file", why: "device" });
  });

  it("reads a regular file that says it is empty to its end (/proc), within the limit", () => {
    const wholeDisk = new NodeFileSystem("/");
    expect(text(wholeDisk.readFileSync("file:///proc/self/status"))).toMatch(/^Name:/);
    wholeDisk.limitFileSize(16);
    expect(wholeDisk.readFileSync("file:///proc/self/status")).toMatchObject({ kind: "file-too-large", limit: 16 });
  });

  it("reads a file up to the size limit, and above it reads nothing", () => {
    const limited = new NodeFileSystem(root);
    limited.limitFileSize(10);
    expect(text(limited.readFileSync(uri("ten.txt")))).toBe("0123456789");
    expect(limited.readFileSync(uri("eleven.txt"))).toEqual({ kind: "file-too-large", bytes: 11, limit: 10 });
  });

  it("lists claims files that are not regular files, so that reading them says why", async () => {
    expect(await fs.findFiles(URI.file(root).toString(), ".claims")).toEqual([uri("behind-a-link.claims"), uri("pipe.claims")]);
  });
});
