/**
 * Runs the evaluation table expressions.tsv: every row's text is read and the figures found
 * must be exactly the expected ones, in order, with the expected spans where the row gives one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spotFigures } from "../figures";
import { renderFigure } from "./render";
import { parseTable, readingOf, spanOf, type Row } from "./table";

function loadRows(): Row[] {
  return parseTable(readFileSync(join(__dirname, "expressions.tsv"), "utf8"));
}

const rows = loadRows();

describe("evaluation table", () => {
  it("has at least 300 rows and 15 in each category the issue names", () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const count = (cats: string[]) => rows.filter((r) => cats.includes(r.category)).length;
    expect(count(["words"])).toBeGreaterThanOrEqual(15);
    expect(count(["duals"])).toBeGreaterThanOrEqual(15);
    expect(count(["ordinals"])).toBeGreaterThanOrEqual(15);
    expect(count(["bounds"])).toBeGreaterThanOrEqual(15);
    expect(count(["ranges"])).toBeGreaterThanOrEqual(15);
    expect(count(["vague", "approx"])).toBeGreaterThanOrEqual(15);
    expect(count(["decimals"])).toBeGreaterThanOrEqual(15);
    expect(count(["dates"])).toBeGreaterThanOrEqual(15);
    expect(count(["relative"])).toBeGreaterThanOrEqual(15);
    expect(count(["notfig", "hijri"])).toBeGreaterThanOrEqual(15);
    // The classes of issue 19, in Arabic and French each (French forms in French alone).
    for (const category of ["bounds", "compounds", "scales", "fractions", "negatives", "formats", "frforms", "implicit"]) {
      expect(count([category]), category).toBeGreaterThanOrEqual(15);
      for (const lang of category === "frforms" ? ["fr"] : ["ar", "fr"]) {
        expect(rows.filter((r) => r.category === category && r.lang === lang).length, `${category} ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  for (const row of rows) {
    it(`${row.category} ${row.lang} line ${row.line}: ${row.text}`, () => {
      const options = { lang: row.lang, ...(row.published ? { published: row.published } : {}) };
      const figures = spotFigures(row.text, options);
      const got = figures.map((f) => renderFigure(f));
      expect(got).toEqual(row.expected.map(readingOf));
      row.expected.forEach((e, k) => {
        const span = spanOf(e);
        if (span !== undefined) expect(figures[k]?.text).toBe(span);
      });
    });
  }
});
