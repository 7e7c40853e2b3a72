// The smoke test a person would do: open a claims file in the workbench, see the warning squiggle,
// find the row in the Problems panel, hover the figure for its provenance, check that mixed Arabic
// and Latin text shows in the right order, and keep screenshots.
// Selectors are those of VS Code 1.99 (code-server 4.99.4, pinned).
import path from "node:path";

/**
 * @typedef {object} SmokeExpectation
 * @property {string} file claims file to open, relative to the workspace
 * @property {string} problem text of the Problems panel row to find (the diagnostic's message, or a part of it)
 * @property {string} hover text the hover must show (a part of the provenance)
 * @property {"warning"|"error"|"info"} [severity] squiggle to wait for; warning by default
 */

/**
 * Runs the smoke test in a fresh browser context, one claims file after the other in the same
 * window; resolves to the checks that passed and failed. The first file's screenshot is
 * `screenshot`; the others' carry the file's name.
 * @param {{
 *   browser: import("playwright-core").Browser, baseUrl: string, workspace: string,
 *   expect: SmokeExpectation[], log: (line: string) => void, screenshot: string,
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
      // The window as it was when the check failed.
      const shot = o.screenshot.replace(/\.png$/, `-${results.failed.length}-failure.png`);
      await page.screenshot({ path: shot }).then(() => o.log(`     screenshot: ${path.relative(process.cwd(), shot)}`), () => {});
      return false;
    }
  };
  try {
    page.on("pageerror", (e) => o.log(`[page error] ${e.message}`));
    await page.goto(`${o.baseUrl}/?folder=${encodeURIComponent(o.workspace)}`);
    await page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    for (const [i, expect] of o.expect.entries()) {
      const screenshot = i === 0 ? o.screenshot : o.screenshot.replace(/\.png$/, `-${path.basename(expect.file, ".claims")}.png`);
      await smokeOneFile(expect, screenshot);
    }
    return results;
  } catch (e) {
    results.failed.push(`smoke test crashed: ${e instanceof Error ? e.message : e}`);
    await page.screenshot({ path: o.screenshot.replace(/\.png$/, "-crash-failure.png") }).catch(() => {});
    return results;
  } finally {
    await context.close();
  }

  /** The steps for one claims file; `check` records each. */
  async function smokeOneFile(expect, screenshot) {
    const name = path.basename(expect.file);
    const opened = await check(`open ${name} through Quick Open`, async () => {
      // The workbench must hold the keyboard focus before Quick Open answers to Ctrl+P: a click
      // on the empty editor area gives it, for the first file; later, focus is in the workbench.
      if (!(await page.locator(".part.editor .tab").count())) await page.locator(".monaco-workbench .part.editor").click();
      await page.keyboard.press("Control+P");
      await page.locator(".quick-input-widget input.input").waitFor({ timeout: 15_000 });
      await page.keyboard.type(expect.file);
      // The list follows the typing: Enter only once the highlighted entry is the claims file
      // (the article beside it shares its name up to the extension).
      await page.locator(".quick-input-list .monaco-list-row.focused", { hasText: name }).waitFor({ timeout: 15_000 });
      await page.keyboard.press("Enter");
      await page.locator(`.tab.active[aria-label*="${name}"]`).first().waitFor({ timeout: 15_000 });
    });
    if (!opened) return;

    const severity = expect.severity ?? "warning";
    await check(`${severity} squiggle in ${name}`, async () => {
      await page.locator(`.monaco-editor .squiggly-${severity}`).first().waitFor({ timeout: 60_000 });
      results.firstSquiggleAt ||= Date.now();
    });

    const row = page.locator(".markers-panel .monaco-list-row", { hasText: expect.problem }).first();
    const listed = await check("Problems panel lists the diagnostic", async () => {
      await page.keyboard.press("Control+Shift+M");
      // The panel lists every file's problems in a virtual list: filter it down to the one row,
      // as a user would with many problems, so that the row is rendered whatever the order.
      const filter = page.locator('.part.panel input[placeholder^="Filter"]').first();
      await filter.waitFor({ timeout: 15_000 });
      await filter.fill(expect.problem);
      await row.waitFor({ timeout: 15_000 });
      return oneLine(await row.innerText());
    });

    const hover = page.locator(".monaco-hover", { hasText: expect.hover }).first();
    const selection = page.locator(".part.editor .editor-group-container.active .monaco-editor .view-overlays .selected-text").first();
    /**
     * Rests the mouse on the middle of the selection, the flagged figure, until the hover shows.
     * The figure is looked up each time: code lenses and inlay hints that arrive late move it.
     */
    const showHover = async () => {
      // Opening the Problems row selects the diagnostic's range in the editor and scrolls it into
      // view, as a reader would; done again if a stray wheel event scrolled the editor away.
      if (!(await selection.count())) {
        await row.click();
        await page.keyboard.press("Enter");
      }
      await selection.waitFor({ state: "attached", timeout: 10_000 });
      const box = await selection.boundingBox();
      if (!box) throw new Error("no selection in the editor after opening the Problems row");
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await hover.waitFor({ state: "visible", timeout: 15_000 });
    };
    const hovered = await check("hover over the figure shows its provenance", async () => {
      if (!listed) throw new Error("no Problems row to start from");
      await row.click();
      await page.keyboard.press("Enter");
      await showHover();
      return oneLine(await hover.innerText()).slice(0, 300);
    });
    if (!hovered) return;

    await check("mixed Arabic and Latin text shows in reading order", async () => {
      // Measured on the hover as laid out: if it is being drawn anew, nothing can be measured
      // (every box is empty), and the hover is shown again. The source's publication date is
      // always there to measure.
      let dates = await misreadDates(hover);
      for (let attempt = 1; dates.measured === 0 && attempt < 3; attempt++) {
        await showHover();
        dates = await misreadDates(hover);
      }
      if (dates.measured === 0) throw new Error("no date could be measured in the hover");
      const misplaced = [...dates.misread, ...(await misreadDates(row)).misread, ...await misorderedChains(hover)];
      if (misplaced.length) throw new Error(`${misplaced.join("; ")} (isolate each value with U+2068…U+2069)`);
      return `${dates.measured} dates measured in the hover`;
    });

    await page.screenshot({ path: screenshot, animations: "disabled" });
    o.log(`screenshot: ${path.relative(process.cwd(), screenshot)}`);

    // The hover is taller than the room it gets: scroll it, the mouse resting inside it as a
    // reader's would, until the quoted passage shows, then the table of every source's value,
    // and keep a picture of each (where Arabic must read right to left, values in their places).
    await check("the hover scrolls to the quoted passage and to the table of values", async () => {
      // The hover closes when the text under it moves (a code lens arriving late): then it is
      // shown and scrolled again, as a reader would, a few times at most.
      for (let attempt = 1; ; attempt++) {
        try {
          return await scrollHover();
        } catch (e) {
          if (attempt === 3) throw e;
          await page.mouse.move(0, 0);
          await hover.waitFor({ state: "hidden", timeout: 5_000 });
        }
      }
    });
    /** Scrolls the hover to the quoted passage, then to the table, with a picture of each. */
    async function scrollHover() {
      if (!(await hover.isVisible())) await showHover();
      const box = await hover.boundingBox();
      if (!box) throw new Error("the hover is gone");
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const shots = [];
      for (const [part, label] of [["blockquote", "quote"], ["table", "table"]]) {
        const target = hover.locator(part).first();
        await target.waitFor({ state: "attached", timeout: 5_000 });
        for (let step = 0; step < 40; step++) {
          const t = await target.boundingBox();
          if (t && t.y + t.height <= box.y + box.height) break;
          await page.mouse.wheel(0, 40);
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
        }
        const file = screenshot.replace(/\.png$/, `-hover-${label}.png`);
        await hover.screenshot({ path: file, animations: "disabled", timeout: 5_000 });
        shots.push(path.relative(process.cwd(), file));
      }
      return shots.join(", ");
    }
    // Leave the hover before the next file: it would cover the editor.
    await page.keyboard.press("Escape");
  }
}

/**
 * ISO dates (alone, or inside ids such as `al-waha-2024-06-08`) that the screen shows out of
 * order. Between Arabic words an unisolated `2024-06-08` takes the Arabic run's direction and
 * shows as `08-06-2024`: its first digit then stands right of its last on the same line.
 * @param {import("playwright-core").Locator} root
 */
async function misreadDates(root) {
  return root.evaluate((element) => {
    const misread = [];
    let measured = 0;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/\d{4}-\d{2}-\d{2}/g)) {
        const box = (from) => {
          const range = document.createRange();
          range.setStart(node, from);
          range.setEnd(node, from + 1);
          return range.getBoundingClientRect();
        };
        const first = box(m.index);
        const last = box(m.index + m[0].length - 1);
        // Nothing to see while the text is not laid out; a date the line wraps inside cannot be
        // judged by its ends.
        if (first.width === 0 || last.width === 0) continue;
        if (Math.abs(first.top - last.top) > first.height / 2) continue;
        measured++;
        if (first.left > last.left) misread.push(`${m[0]} shows reversed in "${node.parentElement?.textContent?.trim().slice(0, 100)}"`);
      }
    }
    return { misread, measured };
  });
}

/**
 * Attribution chains (`A ← B ← C`, nearest source first) whose links the screen shows in another
 * order: two Arabic names side by side merge into one right-to-left run and swap places, and the
 * arrow, which bidi does not mirror, then points the wrong way.
 * @param {import("playwright-core").Locator} root
 */
async function misorderedChains(root) {
  return root.evaluate((element) => {
    const misordered = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.data.includes("←")) continue;
      const links = [];
      let at = node.data.lastIndexOf(":", node.data.indexOf("←")) + 1;
      for (const part of node.data.slice(at).split("←")) {
        const start = at + part.length - part.trimStart().length;
        const end = at + part.trimEnd().length;
        at += part.length + 1;
        if (end <= start) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        // Isolate marks give a link several boxes on its line; a link the line wraps inside
        // cannot be judged.
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const top = Math.min(...rects.map((r) => r.top));
        if (!rects.length || rects.some((r) => r.top - top > r.height / 2)) return misordered;
        links.push({ text: node.data.slice(start, end), left: Math.min(...rects.map((r) => r.left)), top });
      }
      for (let i = 1; i < links.length; i++) {
        if (Math.abs(links[i].top - links[i - 1].top) < 2 && links[i].left < links[i - 1].left) {
          misordered.push(`"${links[i].text}" shows before "${links[i - 1].text}" in "${node.data.trim()}"`);
        }
      }
    }
    return misordered;
  });
}

function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
