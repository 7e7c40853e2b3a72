// `npm run test:vscode`: the extension-host suite (client/src/test/) in a desktop VS Code that
// @vscode/test-electron downloads into .vscode-test/. It needs the internet to download VS Code,
// so it cannot run on the project's offline machines, where `npm run test:e2e` runs the same
// suite in code-server instead. On Linux without a display, run it under `xvfb-run -a`.
//
// usage: npm run test:vscode [-- --version stable|insiders|1.99.3] [-- --executable PATH]
//   --version     the VS Code to download; 1.99.3 by default, the oldest that engines.vscode admits
//   --executable  a VS Code already installed (e.g. /usr/share/code/code): nothing is downloaded,
//                 so this works offline too
import { runTests } from "@vscode/test-electron";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "./lib/tools.mjs";
import { copySamples } from "./lib/workspace.mjs";

const { values: args } = parseArgs({
  options: { version: { type: "string", default: "1.99.3" }, executable: { type: "string" } },
});

execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
execFileSync("npm", ["run", "--silent", "build:tests"], { cwd: ROOT, stdio: "inherit" });

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), "isnad-vscode-"));
let code = 1;
try {
  const workspace = copySamples(path.join(runDir, "ws"), { settings: { "isnad.debounceMs": 0 } });
  code = await runTests({
    ...(args.executable ? { vscodeExecutablePath: args.executable } : { version: args.version }),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, "out", "test", "extension-host.js"),
    launchArgs: [
      workspace,
      // Only Isnad: no other extension of the developer's may change what the tests see.
      "--disable-extensions",
      // A fresh profile each run (runTests adds the flags against welcome pages and trust).
      `--user-data-dir=${path.join(runDir, "user-data")}`,
    ],
  }).then(() => 0, (e) => {
    console.error(e instanceof Error ? e.message : e);
    return 1;
  });
} finally {
  fs.rmSync(runDir, { recursive: true, force: true });
}
process.exit(code);
