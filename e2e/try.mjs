// `npm run try`: Isnad in a browser, no VS Code installed. Starts code-server (VS Code 1.99) on
// 127.0.0.1 with the extension of this folder and a copy of samples/, and prints the address.
// Ctrl+C stops it and everything it started.
//
// usage: npm run try [-- --port 8080] [-- --vsix]
//   --vsix  install the newest packaged .vsix (npm run package) instead of this folder
// The copy of samples/ is fresh at each start, so trying edits never changes the repository;
// the profile (settings, open editors) is kept in .vscode-test/try/.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { killGroupNow, prepareProfile, startCodeServer } from "./lib/code-server.mjs";
import { ensureTool, extensionManifest, ROOT, TOOLS_DIR } from "./lib/tools.mjs";
import { copySamples } from "./lib/workspace.mjs";

const { values: args } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT ?? "8080" }, vsix: { type: "boolean" } },
});
const port = Number(args.port);

ensureTool("code-server");
execFileSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });

const runDir = path.join(TOOLS_DIR, "try");
const workspace = path.join(runDir, "samples");
// The extension folder is laid anew at each start (a new build, or a .vsix); the rest is kept.
fs.rmSync(path.join(runDir, "extensions"), { recursive: true, force: true });
fs.rmSync(workspace, { recursive: true, force: true });
fs.mkdirSync(runDir, { recursive: true });
copySamples(workspace);

const manifest = extensionManifest();
const extension = args.vsix
  ? { vsix: path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`) }
  : { folder: ROOT, id: `${manifest.publisher}.${manifest.name}`, version: manifest.version };
if ("vsix" in extension && !fs.existsSync(extension.vsix)) {
  console.error(`try: no ${path.basename(extension.vsix)}: run \`npm run package\` first`);
  process.exit(2);
}
const profile = prepareProfile({ runDir, port, extension });
fs.writeFileSync(profile.log, "");
const server = await startCodeServer({ port, workspace, profile });
process.on("exit", () => killGroupNow(server.pgid));
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    console.log("\nstopping code-server");
    server.stop().then(() => process.exit(0));
  });
}

console.log(`
Isnad is running in VS Code ${"vsix" in extension ? `(installed from ${path.basename(extension.vsix)})` : "(this folder)"}:

    ${server.url}/?folder=${encodeURIComponent(workspace).replaceAll("%2F", "/")}

Open it in a browser on this machine (from another machine: ssh -L ${port}:127.0.0.1:${port} …).
The folder is a fresh copy of samples/; open al-waha-2024-06-08.claims and hover a figure.
code-server's log: ${path.relative(process.cwd(), profile.log)}. Ctrl+C stops it.
`);
// Stay up until a signal; code-server's own exit ends this too.
await new Promise(() => {});
