// The extension declares that it works in full in an untrusted workspace (Restricted Mode). That
// holds while the server only reads the folder's files (fenced, regular files only: see
// server/src/node/containment.test.ts, which also proves it connects nowhere and runs nothing)
// and no setting a workspace can set names something to run or a place to read. A new setting
// must be added here with its reason, which is when the declaration is looked at again.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

interface Manifest {
  main: string;
  capabilities?: { untrustedWorkspaces?: { supported: boolean | "limited"; restrictedConfigurations?: string[] } };
  contributes: { configuration: { properties: Record<string, { type: string | string[]; items?: { type: string } }> } };
}

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as Manifest;

/** Every setting, and why a workspace that sets it can make the extension do no harm. */
const DATA_ONLY: Record<string, string> = {
  "isnad.debounceMs": "a delay",
  "isnad.severity": "a severity per check code",
  "isnad.tolerance": "a number between 0 and 1",
  "isnad.minorDifference": "a number between 0 and 1",
  "isnad.articles": "globs of files to watch and check, read through the same fence as every other file",
  "isnad.articleDiagnostics": "whether diagnostics are shown in articles",
};

describe("the extension in an untrusted workspace", () => {
  it("is declared supported in full", () => {
    expect(manifest.capabilities?.untrustedWorkspaces).toEqual({ supported: true });
  });

  it("has no setting but data: none names a program, a server or a path to read", () => {
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(Object.keys(DATA_ONLY).sort());
    const stringSettings = Object.entries(manifest.contributes.configuration.properties).filter(([, p]) => p.type === "string" || (Array.isArray(p.type) && p.type.includes("string")));
    expect(stringSettings).toEqual([]);
  });

});
