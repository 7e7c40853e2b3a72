import { describe, expect, it } from "vitest";
import { compactDiagnostics } from "../testing/fixture";

describe("encoding", () => {
  it("gives a non-UTF-8 claims file one error and reads nothing from it", async () => {
    const { MemoryFileSystem } = await import("../workspace/fileSystem");
    const { loadWorkspace } = await import("../workspace/loader");
    const cp1256 = Uint8Array.from([0x73, 0x6f, 0x75, 0x72, 0x63, 0x65, 0x20, 0x61, 0x0a, 0xe3, 0xd5, 0xcf, 0xd1, 0x20, 0x3d, 0x20, 0x31]);
    const fs = new MemoryFileSystem({ "file:///ws/a.claims": cp1256, "file:///ws/b.claims": "source a\n" });
    const { workspace } = await loadWorkspace(fs, "file:///ws");
    const lines = compactDiagnostics(workspace);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\/a\.claims:1:1 error encoding: a\.claims is not UTF-8 \(it looks like Windows-1256/);
  });
});
