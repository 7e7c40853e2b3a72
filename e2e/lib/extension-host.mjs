// Runs the mocha suite inside code-server's extension host, with the real `vscode` API, the way
// @vscode/test-electron runs it inside a downloaded VS Code: the workbench loads the development
// extension and the tests module from the URL payload, and reports back through two functions the
// page exposes (`codeAutomationLog` for console output, `codeAutomationExit` for the exit code).
import path from "node:path";
import util from "node:util";
import { enableSmokeTestDriver, workbenchUrl } from "./browser.mjs";

/**
 * Resolves to the suite's exit code (0 when every test passed), or 'timeout'.
 * @param {{
 *   browser: import('playwright-core').Browser, baseUrl: string, workspace: string,
 *   extensionDevelopmentPath?: string, extensionTestsPath: string, timeoutMs: number,
 *   failureScreenshot: string, onLine: (line: string) => void,
 * }} o
 */
export async function runExtensionHostTests(o) {
  const context = await o.browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await enableSmokeTestDriver(page);
    /** @type {(code: number) => void} */
    let exit = () => {};
    const exited = new Promise((resolve) => { exit = resolve; });
    await page.exposeFunction("codeAutomationLog", (type, args) => {
      const text = util.format(...(Array.isArray(args) ? args : [args]));
      for (const line of text.replace(/\n$/, "").split("\n")) o.onLine(line);
    });
    await page.exposeFunction("codeAutomationExit", (code) => exit(Number(code)));
    page.on("pageerror", (e) => o.onLine(`[page error] ${e.message}`));
    await page.goto(workbenchUrl(o.baseUrl, o.workspace, {
      extensionDevelopmentPath: o.extensionDevelopmentPath,
      extensionTestsPath: o.extensionTestsPath,
    }));
    let timer;
    const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve("timeout"), o.timeoutMs); });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code !== 0) {
      await page.screenshot({ path: o.failureScreenshot }).catch(() => {});
      o.onLine(`screenshot of the workbench at the failure: ${path.relative(process.cwd(), o.failureScreenshot)}`);
    }
    return code;
  } finally {
    await context.close();
  }
}
