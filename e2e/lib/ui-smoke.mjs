// The smoke test a person would do: open a claims file in the workbench, see the warning squiggle,
// find the row in the Problems panel, hover the figure for its provenance, and keep a screenshot.
// Selectors are those of VS Code 1.99 (code-server 4.99.4, pinned).
import path from "node:path";

/**
 * @typedef {object} SmokeExpectation
 * @property {string} file claims file to open, relative to the workspace
 * @property {string} problem text of the Problems panel row to find (the diagnostic's message, or a part of it)
 * @property {string} hover text the hover must show (a part of the provenance)
 * @property {'warning'|'error'|'info'} [severity] squiggle to wait for; warning by default
 */

/**
 * Runs the smoke test in a fresh browser context; resolves to the checks that passed and failed.
 * @param {{
 *   browser: import('playwright-core').Browser, baseUrl: string, workspace: string,
 *   expect: SmokeExpectation, resultsDir: string, log: (line: string) => void, screenshot: string,
 * }} o
 */
export async function runUiSmoke(o) {
  const context = await o.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const results = { passed: [], failed: [], firstSquiggleAt: 0 };
  const check = async (name, body) => {
    try {
      const detail = await body();
      results.passed.push(name);
      o.log(`ok   ${name}${detail ? `: ${detail}` : ""}`);
      return true;
    } catch (e) {
      results.failed.push(name);
      o.log(`FAIL ${name}: ${e instanceof Error ? e.message.split("\n")[0] : e}`);
      return false;
    }
  };
  try {
    page.on("pageerror", (e) => o.log(`[page error] ${e.message}`));
    await page.goto(`${o.baseUrl}/?folder=${encodeURIComponent(o.workspace)}`);
    const opened = await check(`open ${o.expect.file} through Quick Open`, async () => {
      await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
      // The workbench must hold the keyboard focus before Quick Open answers to Ctrl+P.
      await page.locator(".monaco-workbench .part.editor").click();
      await page.keyboard.press("Control+P");
      await page.locator(".quick-input-widget input.input").waitFor({ timeout: 15_000 });
      await page.keyboard.type(o.expect.file);
      await page.locator(".quick-input-list .monaco-list-row", { hasText: path.basename(o.expect.file) }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press("Enter");
      await page.locator(`.tab[aria-label*="${path.basename(o.expect.file)}"]`).first().waitFor({ timeout: 15_000 });
    });
    if (!opened) return results;

    const severity = o.expect.severity ?? "warning";
    await check(`${severity} squiggle in the editor`, async () => {
      await page.locator(`.monaco-editor .squiggly-${severity}`).first().waitFor({ timeout: 60_000 });
      results.firstSquiggleAt = Date.now();
    });

    const row = page.locator(".markers-panel .monaco-list-row", { hasText: o.expect.problem }).first();
    const listed = await check("Problems panel lists the diagnostic", async () => {
      await page.keyboard.press("Control+Shift+M");
      // The panel lists every file's problems in a virtual list: filter it down to the one row,
      // as a user would with many problems, so that the row is rendered whatever the order.
      const filter = page.locator('.part.panel input[placeholder^="Filter"]').first();
      await filter.waitFor({ timeout: 15_000 });
      await filter.fill(o.expect.problem);
      await row.waitFor({ timeout: 15_000 });
      return oneLine(await row.innerText());
    });

    await check("hover over the figure shows its provenance", async () => {
      if (!listed) throw new Error("no Problems row to start from");
      // Opening the row selects the diagnostic's range in the editor; the mouse then rests on the
      // middle of that selection, the flagged figure, as a reader's would.
      await row.click();
      await page.keyboard.press("Enter");
      const selection = page.locator(".monaco-editor.focused .view-overlays .selected-text").first();
      await selection.waitFor({ state: "attached", timeout: 10_000 });
      const box = await selection.boundingBox();
      if (!box) throw new Error("no selection in the editor after opening the Problems row");
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator(".monaco-hover", { hasText: o.expect.hover }).first();
      await hover.waitFor({ state: "visible", timeout: 15_000 });
      return oneLine(await hover.innerText()).slice(0, 300);
    });

    await page.screenshot({ path: o.screenshot });
    o.log(`screenshot: ${path.relative(process.cwd(), o.screenshot)}`);
    return results;
  } catch (e) {
    results.failed.push(`smoke test crashed: ${e instanceof Error ? e.message : e}`);
    return results;
  } finally {
    if (results.failed.length) {
      await page.screenshot({ path: path.join(o.resultsDir, "ui-smoke-failure.png") }).catch(() => {});
    }
    await context.close();
  }
}

function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
