/**
 * How well "Draft claims for this article" (server/src/core/actions/draftClaims.ts) drafts the
 * real articles of ../shared/corpus/maghreb-news (or CORPUS_DIR).
 *
 *   npm run drafts:report [-- CORPUS_DIR]
 *
 * Each article is drafted alone, in an empty workspace (so metrics are made from the counted
 * noun), as `isnad draft` would on a folder holding only it.
 *
 * Recall. The gold rows with a claim value, as for citations: a number, a date or an interval (a
 * percentage or an amount of money is a number); identifiers, clock times and the other tags are
 * left out and counted. Rows whose reading needs a publication date or a unit that is not written
 * (`relative`, `implied` in how_written) are left out too: the corpus gives no dates, and an
 * implicit one is never drafted on purpose. Ordinal rows are reported apart: drafts skip ordinals
 * by design (a rank is not a count). A row is drafted when a draft's figure lies in the row's quote,
 * reads the row's value (scripts/gold.ts), the draft's written value is that value, and the draft's
 * quote is found in the article and covers the figure.
 *
 * Not figures. A draft that is not an article figure at all: its figure lies in no gold row's
 * quote (chrome; every figure of the corpus is in some row), or only in rows of ordinals or
 * identifiers that it does not read (an ordinal or a model number taken for a count). Drafts that
 * lie on a gold figure but read it otherwise are listed apart, as misreadings.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { draftClaims, type Draft } from "../server/src/core/actions/draftClaims";
import { fold } from "../server/src/core/text/fold";
import { findQuote } from "../server/src/core/text/quoteMatch";
import { loadWorkspace } from "../server/src/core/workspace/loader";
import { MemoryFileSystem } from "../server/src/core/workspace/fileSystem";
import { agrees, near, readGold, type Gold } from "./gold";

const args = process.argv.slice(2);
const root = resolve(__dirname, "..");
const corpus = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "..", "shared", "corpus", "maghreb-news"));
const ROOT = "file:///corpus";

const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

/** The gold value as a claim would write it, or undefined when it is no claim value (identifiers, times, other tags). */
function claimValue(value: string): string | undefined {
  const tagged = /^(percent|money):(.*)$/.exec(value);
  const v = tagged ? (tagged[2] ?? "") : value;
  return /^(-?\d+(\.\d+)?|\d+(\.\d+)?\.\.\d+(\.\d+)?|(>|>=|<=|<)\d+(\.\d+)?|\d{4}-\d{2}-\d{2})$/.test(v) ? v : undefined;
}

/** Whether a draft's written value is the gold claim value (`~50` is 50: the reader says "about"). */
function sameValue(written: string, gold: string): boolean {
  const w = written.replace(/^~/, "");
  if (w === gold) return true;
  const range = /^(-?[\d.]+)\.\.(-?[\d.]+)$/;
  const a = range.exec(w);
  const b = range.exec(gold);
  if (a && b) return near(Number(a[1]), Number(b[1])) && near(Number(a[2]), Number(b[2]));
  const bound = /^(>=|>|<=|<)(-?[\d.]+)$/;
  const c = bound.exec(w);
  const d = bound.exec(gold);
  if (c && d) return c[1] === d[1] && near(Number(c[2]), Number(d[2]));
  if (/^-?[\d.]+$/.test(w) && /^-?[\d.]+$/.test(gold)) return near(Number(w), Number(gold));
  // A year read as a date claim: 2018 written for gold 2018.
  return /^\d{4}$/.test(gold) && w === gold;
}

const isOrdinal = (g: Gold) => /ordinal|roman|list numbering/.test(g.how);
const isId = (g: Gold) => g.value.startsWith("id:");

async function draftsOf(file: string, text: string): Promise<Draft[]> {
  const uri = `${ROOT}/${file}`;
  const { workspace } = await loadWorkspace(new MemoryFileSystem({ [uri]: text }), ROOT);
  const outcome = draftClaims(workspace, uri, text, { canCreateFiles: true });
  if (!outcome.ok) throw new Error(`${file}: ${outcome.message}`);
  return [...outcome.drafts];
}

async function main(): Promise<void> {
  if (!existsSync(join(corpus, "figures.tsv"))) {
    console.log(`corpus: ${corpus} not found; skipped`);
    return;
  }
  const gold = readGold(corpus);
  const byFile = new Map<string, Gold[]>();
  for (const g of gold) byFile.set(g.file, [...(byFile.get(g.file) ?? []), g]);
  const noClaimValue = gold.filter((g) => claimValue(g.value) === undefined);
  const needsDate = gold.filter((g) => claimValue(g.value) !== undefined && /relative|implied/.test(g.how));
  const ordinals = gold.filter((g) => claimValue(g.value) !== undefined && !needsDate.includes(g) && isOrdinal(g));
  const scope = gold.filter((g) => claimValue(g.value) !== undefined && !needsDate.includes(g) && !ordinals.includes(g));
  const found = new Set<string>();
  const perLang = new Map<string, { rows: number; found: number }>();
  let drafted = 0;
  let unfound = 0;
  const notFigures: string[] = [];
  const misread: string[] = [];
  for (const [file, rows] of byFile) {
    const text = readFileSync(join(corpus, "texts", file), "utf8");
    const folded = fold(text);
    const spans = rows.map((g) => {
      const at = text.indexOf(g.quote);
      return { g, start: at, end: at + g.quote.length };
    });
    const drafts = await draftsOf(file, text);
    drafted += drafts.length;
    for (const d of drafts) {
      const f = d.figure;
      const quoteFound = findQuote(folded, d.quote).some((m) => m.start <= f.start && m.end >= f.end);
      if (!quoteFound) unfound++;
      const over = spans.filter((s) => s.start >= 0 && f.start < s.end && f.end > s.start);
      for (const s of over) {
        const value = claimValue(s.g.value);
        if (quoteFound && value !== undefined && agrees(f, s.g.value) && sameValue(d.value, value)) found.add(s.g.id);
      }
      const around = text.slice(Math.max(0, f.start - 30), f.end + 30).replace(/\s+/g, " ");
      const line = `${file}: «${f.text}» → ${d.header} … ${around}`;
      if (over.length === 0 || over.every((s) => (isOrdinal(s.g) || isId(s.g)) && !agrees(f, s.g.value))) notFigures.push(`${line} [${over.map((s) => `${s.g.id}=${s.g.value}`).join(",") || "no gold quote"}]`);
      else if (!over.some((s) => agrees(f, s.g.value))) misread.push(`${line} [${over.map((s) => `${s.g.id}=${s.g.value}`).join(",")}]`);
    }
  }
  for (const g of scope) {
    const lang = /^0(1[6-9]|2\d)_/.test(g.file) ? "fr" : "ar";
    const t = perLang.get(lang) ?? { rows: 0, found: 0 };
    perLang.set(lang, t);
    t.rows++;
    if (found.has(g.id)) t.found++;
  }
  const hits = scope.filter((g) => found.has(g.id)).length;
  console.log(`maghreb-news: ${gold.length} gold rows, ${byFile.size} articles drafted alone in an empty workspace`);
  console.log(`  left out: ${noClaimValue.length} rows with no claim value (identifiers, clock times, vague, month, fraction, multiplier, day-month tags), ${needsDate.length} needing a publication date or an implied unit, ${ordinals.length} ordinals (not drafted, by design)`);
  console.log(`  drafted with the right value and a quote over the gold figure: ${hits}/${scope.length} = ${pct(hits, scope.length)}`);
  for (const [lang, t] of perLang) console.log(`    ${lang}: ${t.found}/${t.rows} = ${pct(t.found, t.rows)}`);
  const withOrdinals = [...scope, ...ordinals];
  console.log(`  with the ordinal rows counted as misses: ${hits}/${withOrdinals.length} = ${pct(hits, withOrdinals.length)}`);
  console.log(`  drafts: ${drafted}; not article figures at all: ${notFigures.length} = ${pct(notFigures.length, drafted)}; misreadings of a gold figure: ${misread.length} = ${pct(misread.length, drafted)}; quotes not found over their figure: ${unfound}`);
  console.log(`\nmisses (${scope.length - hits}):`);
  for (const g of scope.filter((r) => !found.has(r.id))) console.log(`  ${g.id} ${g.value}  [${g.how}]  «${g.quote}»`);
  console.log(`\nnot article figures (${notFigures.length}):`);
  for (const l of notFigures) console.log(`  ${l}`);
  console.log(`\nmisreadings (${misread.length}):`);
  for (const l of misread) console.log(`  ${l}`);
}

void main();
