/**
 * Precision and recall of figure spotting (server/src/core/text/figures.ts).
 *
 *   npm run figures:report [-- CORPUS_DIR]
 *
 * 1. The real articles of ../shared/corpus/maghreb-news (or CORPUS_DIR): figures.tsv holds one
 *    gold row per figure with the exact quote that states it. Rows whose `how_written` says
 *    relative, implied or negation are left out (they need the publication date, a unit that
 *    is not written, or a negated bound), as the issue asks.
 *
 *    Matching. A spotted figure matches a gold row when its span overlaps the quote's (unique)
 *    occurrence in the article and its reading agrees with the gold value:
 *      N            value N (number, ordinal, approximate), or a year date N
 *      a..b         range or vague quantity with min a and max b
 *      >N >=N <=N   bound with that min (exclusive or not) or max
 *      YYYY-MM-DD   that date; month:YYYY-MM that month; date:--MM-DD that day and month
 *      percent:X money:X   as X (the tag is not checked)
 *      vague:tens|hundreds|thousands   vague quantity from 10, 100 or 1000
 *      time:HH:MM   that clock time
 *      id:…         any figure whose digits occur in the identifier (names such as 737 MAX are
 *                   not quantities; reading their digits is not a wrong reading)
 *      fraction:, multiplier:   the fraction's or multiplier's value
 *    Recall = in-scope gold rows matched by some figure / in-scope gold rows.
 *    Precision = figures that match an in-scope row / figures counted, where a figure that
 *    matches only a left-out row (or is a relative date lying in a left-out row's quote) is not
 *    counted either way. Every other figure counts as a false positive.
 *
 *    The same measure per class of issue 19 (scripts/figure-classes.ts), on the frozen rows and on
 *    those with the negated bounds and implied ones added.
 *
 * 2. The samples/ of this repository have no exhaustive gold: they have claims with quotes.
 *    For each claim with a quote and a numeric or date value, the report checks that
 *    spotFigures(quote) reads the claimed value (what figure-not-in-quote relies on).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderFigure } from "../server/src/core/text/eval/render";
import { parseTable, readingOf, spanOf } from "../server/src/core/text/eval/table";
import { figureNumbers, spotFigures, type Figure } from "../server/src/core/text/figures";
import { CLASSES, figureClasses, goldClasses, type FigureClass } from "./figure-classes";

const args = process.argv.slice(2);
// The bundle runs from dist/, the source from scripts/: the repository is one folder up either way.
const root = resolve(__dirname, "..");
const corpus = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "..", "shared", "corpus", "maghreb-news"));

interface Gold {
  id: string;
  file: string;
  value: string;
  how: string;
  quote: string;
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

/** Whether figure `f` reads gold value `v` (the forms of figures.tsv). */
export function agrees(f: Figure, v: string): boolean {
  const tag = /^(percent|money|vague|time|month|date|id|fraction|multiplier):(.*)$/.exec(v);
  if (tag) {
    const [, kind = "", rest = ""] = tag;
    switch (kind) {
      case "percent":
      case "money":
        return agrees(f, rest);
      case "vague":
        return f.kind === "vague" && f.min === ({ tens: 10, hundreds: 100, thousands: 1000 } as Record<string, number>)[rest];
      case "time":
        return f.time === rest;
      case "month":
        return f.date === rest;
      case "date":
        return (f.relative ?? "").endsWith(rest) || (f.date ?? "").endsWith(rest.slice(1));
      case "id": {
        const digits = f.text.replace(/\D/g, "");
        return digits.length > 0 && rest.includes(digits);
      }
      case "fraction": {
        const [a, b] = rest.split("/").map(Number);
        return f.value !== undefined && a !== undefined && b !== undefined && near(f.value, a / b);
      }
      case "multiplier":
        return f.value !== undefined && near(f.value, Number(rest));
    }
  }
  let m = /^(-?[\d.]+)\.\.(-?[\d.]+)$/.exec(v);
  // a..b holds both ends: an interval that leaves an end out (plus de 10 et moins de 20) is another reading.
  if (m) return (f.kind === "range" || f.kind === "vague") && !f.minExclusive && !f.maxExclusive && near(f.min ?? NaN, Number(m[1])) && near(f.max ?? NaN, Number(m[2]));
  m = /^(>=|>|<=|<)([\d.]+)$/.exec(v);
  if (m) {
    const n = Number(m[2]);
    if (f.kind !== "bound") return false;
    if (m[1] === ">") return f.min !== undefined && near(f.min, n) && f.minExclusive === true;
    if (m[1] === ">=") return f.min !== undefined && near(f.min, n) && !f.minExclusive;
    if (m[1] === "<") return f.max !== undefined && near(f.max, n) && f.maxExclusive === true;
    return f.max !== undefined && near(f.max, n) && !f.maxExclusive;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return f.date === v;
  const n = Number(v);
  if (Number.isNaN(n)) return false;
  if (f.value !== undefined && near(f.value, n)) return true;
  return f.kind === "date" && f.date !== undefined && /^\d{4}$/.test(v) && f.date.startsWith(v);
}

function readGold(): Gold[] {
  const lines = readFileSync(join(corpus, "figures.tsv"), "utf8").split("\n").filter((l) => l.trim() !== "");
  const header = (lines[0] ?? "").split("\t");
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((l) => {
    const c = l.split("\t");
    return { id: c[col("id")] ?? "", file: c[col("seed_file")] ?? "", value: c[col("value")] ?? "", how: c[col("how_written")] ?? "", quote: c[col("exact_arabic_quote")] ?? "" };
  });
}

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

interface Tally {
  rows: number;
  found: number;
  tp: number;
  counted: number;
}
const tally = (): Tally => ({ rows: 0, found: 0, tp: 0, counted: 0 });
const langOfFile = (file: string) => (/^0(1[6-9]|2\d)_/.test(file) ? "fr" : "ar");

/** The corpus measured on the gold rows `inScope` keeps: per language, per class, the misses and the false positives. */
function measure(gold: Gold[], inScope: (g: Gold) => boolean) {
  const byFile = new Map<string, Gold[]>();
  for (const g of gold) byFile.set(g.file, [...(byFile.get(g.file) ?? []), g]);
  let spotted = 0;
  const found = new Set<string>();
  const falsePositives: string[] = [];
  const perLang = new Map<string, Tally>();
  const perClass = new Map<FigureClass, Tally>(CLASSES.map((c) => [c, tally()]));
  const all = tally();
  for (const [file, rows] of byFile) {
    const text = readFileSync(join(corpus, "texts", file), "utf8");
    const figures = spotFigures(text);
    spotted += figures.length;
    const spans = rows.map((g) => {
      const at = text.indexOf(g.quote);
      return { g, start: at, end: at + g.quote.length };
    });
    const stats = perLang.get(langOfFile(file)) ?? tally();
    perLang.set(langOfFile(file), stats);
    for (const f of figures) {
      const overlapping = spans.filter((s) => s.start >= 0 && f.start < s.end && f.end > s.start);
      const hits = overlapping.filter((s) => agrees(f, s.g.value));
      const inHits = hits.filter((s) => inScope(s.g));
      for (const h of inHits) found.add(h.g.id);
      const classes = figureClasses(f).map((c) => perClass.get(c)!);
      if (inHits.length > 0) {
        for (const t of [all, stats, ...classes]) {
          t.tp++;
          t.counted++;
        }
      } else if (hits.length > 0 || (f.relative !== undefined && overlapping.some((s) => !inScope(s.g)))) {
        // Matches only rows left out of the measure: neither right nor wrong here.
      } else {
        for (const t of [all, stats, ...classes]) t.counted++;
        const reading = JSON.stringify({ kind: f.kind, value: f.value, min: f.min, max: f.max, date: f.date, relative: f.relative, time: f.time, hijri: f.hijri });
        const golds = overlapping.map((s) => `${s.g.id}=${s.g.value}`).join(",") || "no gold quote";
        falsePositives.push(`${file}: «${f.text}» ${reading} [${golds}] … ${text.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\s+/g, " ")}`);
      }
    }
  }
  const scope = gold.filter(inScope);
  for (const g of scope) {
    const hit = found.has(g.id) ? 1 : 0;
    const targets = [all, perLang.get(langOfFile(g.file)) ?? tally(), ...goldClasses(g.value, g.how).map((c) => perClass.get(c)!)];
    for (const t of targets) {
      t.rows++;
      t.found += hit;
    }
  }
  return { scope, spotted, all, perLang, perClass, misses: scope.filter((g) => !found.has(g.id)), falsePositives };
}

const line = (t: Tally) => `recall ${t.found}/${t.rows} = ${pct(t.found, t.rows)}, precision ${t.tp}/${t.counted} = ${pct(t.tp, t.counted)}`;

function corpusReport(): void {
  if (!existsSync(join(corpus, "figures.tsv"))) {
    console.log(`corpus: ${corpus} not found; skipped`);
    return;
  }
  const gold = readGold();
  // The row set the README measures, frozen: no relative date, implied unit or year, or negation.
  const frozen = measure(gold, (g) => !/relative|implied|negation/.test(g.how));
  console.log(`maghreb-news: ${gold.length} gold rows, ${frozen.scope.length} in scope (no relative, implied or negation)`);
  console.log(`  figures spotted ${frozen.spotted}; ${frozen.spotted - frozen.all.counted} match only left-out rows and are not counted`);
  console.log(`  recall    ${frozen.all.found}/${frozen.all.rows} = ${pct(frozen.all.found, frozen.all.rows)}`);
  console.log(`  precision ${frozen.all.tp}/${frozen.all.counted} = ${pct(frozen.all.tp, frozen.all.counted)}`);
  for (const [lang, s] of frozen.perLang) console.log(`  ${lang}: ${line(s)}`);
  // The classes of issue 19 also on the rows with a negated bound or an implied one, which the frozen set leaves out.
  const wider = measure(gold, (g) => !/relative|implied (year|unit)/.test(g.how));
  console.log(`\nper class (frozen rows | with the negated bounds and implied ones, ${wider.scope.length} rows):`);
  for (const c of CLASSES) console.log(`  ${c.padEnd(9)} ${line(frozen.perClass.get(c)!)} | ${line(wider.perClass.get(c)!)}`);
  console.log(`\nmisses (${frozen.misses.length}):`);
  for (const g of frozen.misses) console.log(`  ${g.id} ${g.value}  [${g.how}]  «${g.quote}»`);
  console.log(`\nfalse positives (${frozen.falsePositives.length}):`);
  for (const fp of frozen.falsePositives) console.log(`  ${fp}`);
  const widerOnly = wider.misses.filter((g) => !frozen.misses.includes(g) && !frozen.scope.includes(g));
  console.log(`\nmisses among the negated bounds and implied ones (${widerOnly.length}):`);
  for (const g of widerOnly) console.log(`  ${g.id} ${g.value}  [${g.how}]  «${g.quote}»`);
}

/**
 * 3. The evaluation table (server/src/core/text/eval/expressions.tsv), per category: an expected
 *    figure is found when the reader gives it (its reading, and its span where the row names
 *    one); precision is the share of the figures read that some expected figure accounts for.
 */
function expressionsReport(): void {
  const rows = parseTable(readFileSync(join(root, "server", "src", "core", "text", "eval", "expressions.tsv"), "utf8"));
  const perCategory = new Map<string, { rows: number; expected: number; found: number; read: number; explained: number }>();
  for (const row of rows) {
    const t = perCategory.get(row.category) ?? { rows: 0, expected: 0, found: 0, read: 0, explained: 0 };
    perCategory.set(row.category, t);
    const figures = spotFigures(row.text, { lang: row.lang, ...(row.published ? { published: row.published } : {}) });
    const unused = figures.map((f) => ({ f, reading: renderFigure(f) }));
    for (const item of row.expected) {
      const span = spanOf(item);
      const k = unused.findIndex((u) => u.reading === readingOf(item) && (span === undefined || u.f.text === span));
      if (k >= 0) unused.splice(k, 1);
      if (k >= 0) t.found++;
    }
    t.rows++;
    t.expected += row.expected.length;
    t.read += figures.length;
    t.explained += figures.length - unused.length;
  }
  console.log(`\nexpressions.tsv: ${rows.length} rows`);
  const order = [...CLASSES, ...[...perCategory.keys()].filter((c) => !(CLASSES as readonly string[]).includes(c)).sort()];
  for (const c of order) {
    const t = perCategory.get(c);
    if (t) console.log(`  ${c.padEnd(9)} ${String(t.rows).padStart(3)} rows: recall ${t.found}/${t.expected} = ${pct(t.found, t.expected)}, precision ${t.explained}/${t.read} = ${pct(t.explained, t.read)}`);
  }
}

/** Claims of the samples: each quoted claim's value must be read in its quote. */
function samplesReport(): void {
  const dir = join(root, "samples");
  if (!existsSync(dir)) return;
  let total = 0;
  let ok = 0;
  const bad: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".claims"))) {
    const lines = readFileSync(join(dir, name), "utf8").split(/\r?\n/);
    let value: string | undefined;
    for (let k = 0; k < lines.length; k++) {
      const line = (lines[k] ?? "").replace(/\s+#.*$/, "");
      const claim = /^\s*claim\s.*=\s*(\S+)\s*$/.exec(line);
      if (claim) value = claim[1];
      const q = /^(\s*)quote:\s*(.*)$/.exec(line);
      if (!q || value === undefined) continue;
      let quote = q[2] ?? "";
      const indent = (q[1] ?? "").length;
      while (k + 1 < lines.length && /^\s*/.exec(lines[k + 1] ?? "")![0].length > indent && (lines[k + 1] ?? "").trim() !== "") quote += " " + (lines[++k] ?? "").trim();
      quote = quote.replace(/^«/, "").replace(/»$/, "");
      if (!/^[<>]?=?[\d.]+$|^\d{4}-\d{2}(-\d{2})?$/.test(value)) continue;
      total++;
      const figures = spotFigures(quote);
      const v = value;
      const hit = figures.some((f) => agrees(f, v) || figureNumbers(f).some((n) => near(n, Number(v))) || f.date === v);
      if (hit) ok++;
      else bad.push(`${name}: ${v} in «${quote}» → ${figures.map((f) => `${f.kind}:${f.value ?? f.date ?? `${f.min}..${f.max}`}`).join(", ") || "nothing"}`);
    }
  }
  console.log(`\nsamples: no exhaustive gold; quoted claims whose value is read in the quote: ${ok}/${total} = ${pct(ok, total)}`);
  for (const b of bad) console.log(`  ${b}`);
}

corpusReport();
expressionsReport();
samplesReport();
