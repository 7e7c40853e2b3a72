// Debian's headless Chromium driven by playwright-core, pointed at code-server's workbench.
import fs from "node:fs";
import path from "node:path";
import { CHROMIUM, loadPlaywright } from "./tools.mjs";

/** Flags that work on these machines: no sandbox as root, no GPU, nothing that calls home. */
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * Launches Chromium. Playwright starts it in a process group of its own, whose id `pid` is, and
 * kills it on `close()` or when this process exits; launching it as a server is what makes the
 * pid known, so that e2e/ci.sh can kill the group even if this process is killed. `dir` receives
 * everything Chromium and Playwright write (profile, caches), so that nothing lands in the home
 * folder or stays behind in the system's temporary folder.
 * @param {string} dir
 */
export async function launchBrowser(dir) {
  const { chromium } = loadPlaywright();
  const env = { ...process.env, XDG_CONFIG_HOME: path.join(dir, "config"), XDG_CACHE_HOME: path.join(dir, "cache") };
  // Playwright puts its profile and artifacts in os.tmpdir(), which reads TMPDIR at each call.
  const tmp = path.join(dir, "tmp");
  fs.mkdirSync(tmp, { recursive: true });
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: FLAGS, env })
    .finally(() => { if (savedTmp === undefined) delete process.env.TMPDIR; else process.env.TMPDIR = savedTmp; });
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    pid: server.process().pid,
    close: async () => {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/**
 * The workbench address for a folder, optionally with a development extension and a test module:
 * code-server's command line rejects `--extensionTestsPath`, but the workbench URL's payload
 * carries it, as @vscode/test-web does. Paths are on the server's machine (this one).
 * @param {string} base e.g. http://127.0.0.1:8080
 * @param {string} folder workspace folder
 * @param {{extensionDevelopmentPath?: string, extensionTestsPath?: string}} [dev]
 */
export function workbenchUrl(base, folder, dev = {}) {
  const authority = new URL(base).host;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = Object.entries(dev).filter(([, p]) => p).map(([key, p]) => [key, remote(p)]);
  const query = `folder=${encodeURIComponent(folder)}`
    + (payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : "");
  return `${base}/?${query}`;
}

/**
 * VS Code 1.99's web workbench honours the payload's development options only when the smoke-test
 * driver is enabled, and code-server's command line rejects the server flag that enables it. The
 * flag travels in the page's configuration element, so it is turned on there before the workbench
 * reads it. Valid for the pinned code-server (4.99.4); re-check it when the pin moves.
 * @param {import('playwright-core').Page} page
 */
export async function enableSmokeTestDriver(page) {
  await page.addInitScript(() => {
    const getAttribute = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function (name) {
      const value = getAttribute.call(this, name);
      if (name === "data-settings" && this.id === "vscode-workbench-web-configuration" && value) {
        const settings = JSON.parse(value);
        settings.developmentOptions = { ...(settings.developmentOptions ?? {}), enableSmokeTestDriver: true };
        return JSON.stringify(settings);
      }
      return value;
    };
  });
}
