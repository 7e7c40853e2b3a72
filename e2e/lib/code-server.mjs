// Starts code-server (VS Code 1.99 served to a browser) with a profile of its own, and stops it
// with every process it started: each browser session leaves an extension host (and Isnad's
// language server under it) alive for hours otherwise.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { ROOT, toolBin } from "./tools.mjs";

/** A free TCP port on the loopback interface. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Lays out a profile under `runDir` (config, user data, extensions, XDG folders) so that nothing
 * lands in the home folder, and installs the extension: a symlink to a development folder, or a
 * packaged .vsix through code-server's own installer.
 * @param {{runDir: string, port: number, extension?: {folder: string, id: string, version: string} | {vsix: string}}} o
 */
export function prepareProfile({ runDir, port, extension }) {
  const dirs = {
    config: path.join(runDir, "config.yaml"),
    userData: path.join(runDir, "user-data"),
    extensions: path.join(runDir, "extensions"),
    xdg: path.join(runDir, "xdg"),
    log: path.join(runDir, "code-server.log"),
  };
  fs.mkdirSync(path.join(dirs.userData, "User"), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  fs.mkdirSync(dirs.xdg, { recursive: true });
  // No welcome page, no tips, no telemetry: anything that opens on its own steals focus.
  fs.copyFileSync(path.join(ROOT, "e2e", "settings.json"), path.join(dirs.userData, "User", "settings.json"));
  fs.writeFileSync(dirs.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = profileEnv(dirs.xdg);
  const common = ["--config", dirs.config, "--user-data-dir", dirs.userData, "--extensions-dir", dirs.extensions];
  if (extension && "vsix" in extension) {
    execFileSync(toolBin("code-server", "code-server"), [...common, "--install-extension", extension.vsix], { env, stdio: "pipe" });
  } else if (extension) {
    fs.symlinkSync(extension.folder, path.join(dirs.extensions, `${extension.id}-${extension.version}`));
  }
  return { ...dirs, common, env };
}

/** The environment code-server runs in: XDG folders and temporary files inside the run folder. */
function profileEnv(xdg) {
  const tmp = path.join(xdg, "tmp");
  fs.mkdirSync(tmp, { recursive: true });
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(xdg, "config"),
    XDG_DATA_HOME: path.join(xdg, "data"),
    XDG_CACHE_HOME: path.join(xdg, "cache"),
    TMPDIR: tmp,
    // The extension host's console reaches the runner through the page as text, never a
    // terminal: no colour codes (mocha 12 colours its ✔ even with `color: false`, e.g. under CI=true).
    NO_COLOR: "1",
  };
  // A developer may run this from a VS Code terminal or with code-server's own variables set:
  // they would point the new server at another instance or change its authentication.
  for (const key of Object.keys(env)) {
    if (key.startsWith("VSCODE_") || key.startsWith("CODE_SERVER_") || key === "PASSWORD" || key === "HASHED_PASSWORD") {
      delete env[key];
    }
  }
  return env;
}

/**
 * Starts code-server in a process group of its own and resolves once `/healthz` answers.
 * @param {{runDir: string, port: number, workspace: string, profile: ReturnType<typeof prepareProfile>}} o
 */
export async function startCodeServer({ port, workspace, profile }) {
  const log = fs.openSync(profile.log, "a");
  const startedAt = Date.now();
  const child = spawn(
    toolBin("code-server", "code-server"),
    [...profile.common, "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust",
      "--disable-getting-started-override", workspace],
    // detached: the child calls setsid(), so that stop() can signal its whole process group.
    { env: profile.env, detached: true, stdio: ["ignore", log, log] },
  );
  fs.closeSync(log);
  const pgid = /** @type {number} */ (child.pid);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const server = { url, pgid, startedAt, log: profile.log, stop: () => stopGroup(pgid) };
  const deadline = Date.now() + 60_000;
  for (;;) {
    const early = await Promise.race([exited, delay(100).then(() => null)]);
    if (early) throw new Error(`code-server exited before it was ready (${JSON.stringify(early)}); see ${profile.log}`);
    if (await healthy(url)) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer /healthz within 60 s; see ${profile.log}`);
    }
  }
}

async function healthy(url) {
  try {
    const res = await fetch(`${url}/healthz`);
    return res.ok;
  } catch {
    return false;
  }
}

/** Polling here waits for a server port, not for a test outcome. */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** True while any process of the group is alive. */
export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left after 5 s. */
export async function stopGroup(pgid) {
  if (!groupAlive(pgid)) return;
  try { process.kill(-pgid, "SIGTERM"); } catch { /* already gone */ }
  const deadline = Date.now() + 5_000;
  while (groupAlive(pgid) && Date.now() < deadline) await delay(100);
  if (groupAlive(pgid)) {
    try { process.kill(-pgid, "SIGKILL"); } catch { /* already gone */ }
  }
}

/** Synchronous last resort for `process.on('exit')`, where nothing asynchronous runs. */
export function killGroupNow(pgid) {
  try { process.kill(-pgid, "SIGKILL"); } catch { /* already gone */ }
}
