// Bundles the extension-host test suite (client/src/test/) into out/test/extension-host.js, the
// module both runners hand to VS Code as extensionTestsPath. mocha is bundled in: mocha 12 is ESM,
// and a bundle loads in any extension host, whatever its Node version or node_modules.
import * as esbuild from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await esbuild.build({
  absWorkingDir: root,
  entryPoints: { "extension-host": "client/src/test/index.ts" },
  outdir: path.join(root, "out", "test"),
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["vscode"],
  // For a debugger attached to the extension host (VS Code's own stack traces ignore it).
  sourcemap: "linked",
  // mocha's parallel mode resolves worker files at run time; the suite runs serially.
  logOverride: { "require-resolve-not-external": "silent" },
  logLevel: "warning",
});
