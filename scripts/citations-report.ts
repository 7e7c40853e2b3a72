/**
 * How often the `unsourced-claim` quick fix offers the passage a journalist would quote
 * (server/src/core/actions/passages.ts), on real articles.
 *
 *   npm run citations:report [-- CORPUS_DIR]
 *
 * The corpus is ../shared/corpus/maghreb-news beside the repository (or CORPUS_DIR). Each gold row
 * of figures.tsv whose value is a number, a date or an interval becomes a claim of its article's
 * source: that value (`percent:N` and `money:N` are the number N, bounds inside the tag kept), a
 * metric made of its `metric` column in snake case, and the qualifiers of its `qualifiers` column
 * (`k=v; k=v`; parts with no `=` are free notes and left out). Rows with any other value
 * (identifiers, clock times, months, vague amounts, fractions, multipliers) are left out and
 * counted. A source is dated when the corpus README gives its article a full date.
 *
 * For each claim in turn, every other claim keeps its gold quote (as in a real workspace), the
 * claim loses its own, and the passages the fix would offer are asked for. A hit is an offered
 * passage whose figure lies in the gold quote's place in the article. Top-1 and top-3 per
 * language and per half (odd- and even-numbered articles), then the same over the claims whose
 * gold passage is offered at all (what the ranking alone decides); `--misses` lists the claims
 * whose first passage is not the gold one.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { statingPassages } from "../server/src/core/actions/passages";
import { loadWorkspace } from "../server/src/core/workspace/loader";
import { MemoryFileSystem } from "../server/src/core/workspace/fileSystem";

const args = process.argv.slice(2);
// The bundle runs from dist/, the source from scripts/: the repository is one folder up either way.
const root = resolve(__dirname, "..");
const corpus = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "..", "shared", "corpus", "maghreb-news"));
const verbose = args.includes("--misses");

if (!existsSync(join(corpus, "figures.tsv"))) {
  console.error(`citations:report: no corpus at ${corpus} (figures.tsv missing). Put shared/ beside the clone, or pass the corpus folder: npm run citations:report -- DIR`);
  process.exit(2);
}

interface Row {
  id: string;
  file: string;
  metric: string;
  qualifiers: string;
  value: string;
  how: string;
  quote: string;
}

function readRows(): Row[] {
  const lines = readFileSync(join(corpus, "figures.tsv"), "utf8").split("\n").filter((l) => l.trim() !== "");
  const header = (lines[0] ?? "").split("\t");
  const col = (c: string[], name: string) => c[header.indexOf(name)] ?? "";
  return lines.slice(1).map((l) => {
    const c = l.split("\t");
    return { id: col(c, "id"), file: col(c, "seed_file"), metric: col(c, "metric"), qualifiers: col(c, "qualifiers"), value: col(c, "value"), how: col(c, "how_written"), quote: col(c, "exact_arabic_quote") };
  });
}

/** The claim value of a gold value, or undefined when it is none of a number, a date or an interval. */
export function claimValue(value: string): string | undefined {
  const tagged = /^(percent|money):(.+)$/.exec(value);
  const v = tagged ? (tagged[2] ?? "") : value;
  if (/^-?\d+(\.\d+)?$/.test(v)) return v;
  if (/^\d+(\.\d+)?\.\.\d+(\.\d+)?$/.test(v)) return v;
  if (/^(>=|>|<=|<)\d+(\.\d+)?$/.test(v)) return v;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return undefined;
}

/** `irregular migrants expelled` → `irregular_migrants_expelled`. */
export function snakeCase(text: string): string {
  const words = text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").match(/[\p{L}\p{N}]+/gu) ?? [];
  const name = words.join("_");
  return /^\p{L}/u.test(name) ? name : `m_${name || "figure"}`;
}

/** `year=2018; currency=EUR; France` → `{year: 2018, currency: EUR}` (free notes left out). */
export function qualifiersOf(column: string): string {
  const pairs: string[] = [];
  const keys = new Set<string>();
  for (const part of column.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = snakeCase(part.slice(0, eq));
    const value = part.slice(eq + 1).replace(/[,،{}«»"]/g, " ").replace(/\s+/g, " ").trim();
    if (!value || keys.has(key)) continue;
    keys.add(key);
    pairs.push(`${key}: ${value}`);
  }
  return pairs.length ? ` {${pairs.join(", ")}}` : "";
}

/** The full publication dates the corpus README gives, by article file. */
function publishedDates(): Map<string, string> {
  const out = new Map<string, string>();
  const readme = join(corpus, "README.md");
  if (!existsSync(readme)) return out;
  for (const line of readFileSync(readme, "utf8").split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const file = /^`(\d{3}_[^`]+\.txt)`$/.exec(cells[1] ?? "")?.[1];
    const date = cells.find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c));
    if (file && date) out.set(file, date);
  }
  return out;
}

interface Tally {
  claims: number;
  top1: number;
  top3: number;
  none: number;
  unoffered: number;
}
const tally = (): Tally => ({ claims: 0, top1: 0, top3: 0, none: 0, unoffered: 0 });
const pct = (a: number, b: number) => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);
const langOf = (file: string) => (/^0(1[6-9]|2\d)_/.test(file) ? "fr" : "ar");
const halfOf = (file: string) => (Number(file.slice(0, 3)) % 2 === 1 ? "odd" : "even");

async function main(): Promise<void> {
  const rows = readRows();
  const dates = publishedDates();
  const ws = "file:///corpus";
  const byFile = new Map<string, { row: Row; value: string }[]>();
  const leftOut = new Map<string, number>();
  for (const row of rows) {
    const value = claimValue(row.value);
    if (value === undefined) {
      const tag = /^([a-z]+):/.exec(row.value)?.[1] ?? "other";
      leftOut.set(tag, (leftOut.get(tag) ?? 0) + 1);
      continue;
    }
    byFile.set(row.file, [...(byFile.get(row.file) ?? []), { row, value }]);
  }
  const files: Record<string, string> = {};
  const claimsText = (file: string, without?: number) => {
    const claims = byFile.get(file) ?? [];
    const published = dates.get(file);
    let text = `source s${file.slice(0, 3)}\n  text: texts/${file}\n${published ? `  published: ${published}\n` : ""}`;
    claims.forEach(({ row, value }, i) => {
      text += `claim ${snakeCase(row.metric)}${qualifiersOf(row.qualifiers)} = ${value}\n`;
      if (i !== without) text += `  quote: «${row.quote}»\n`;
    });
    return text;
  };
  for (const file of byFile.keys()) {
    files[`${ws}/texts/${file}`] = readFileSync(join(corpus, "texts", file), "utf8");
    files[`${ws}/${file.slice(0, 3)}.claims`] = claimsText(file);
  }
  const { workspace } = await loadWorkspace(new MemoryFileSystem(files), ws);
  const groups = new Map<string, Tally>();
  const add = (name: string, top: number | undefined) => {
    const t = groups.get(name) ?? tally();
    groups.set(name, t);
    t.claims++;
    if (top === 0) t.top1++;
    if (top !== undefined && top < 3) t.top3++;
  };
  const misses: string[] = [];
  for (const [file, claims] of byFile) {
    const uri = `${ws}/${file.slice(0, 3)}.claims`;
    const articleUri = `${ws}/texts/${file}`;
    const text = files[articleUri] ?? "";
    for (let i = 0; i < claims.length; i++) {
      const { row, value } = claims[i]!;
      workspace.setClaimsText(uri, claimsText(file, i));
      const claim = workspace.entry(uri)?.facts.claims[i];
      const article = workspace.article(articleUri);
      if (!claim || !article) throw new Error(`${row.id}: no claim or article`);
      // Every passage, so that a gold passage ranked past the third is told from one never offered.
      const passages = statingPassages({ uri: articleUri, text: article.text, folded: article.folded }, claim, Infinity, workspace);
      const at = text.indexOf(row.quote);
      const end = at + row.quote.length;
      const rank = passages.findIndex((p) => p.figure.start < end && p.figure.end > at);
      const top = rank < 0 ? undefined : rank;
      for (const name of ["all", langOf(file), halfOf(file), `${langOf(file)} ${halfOf(file)}`]) add(name, top);
      if (top !== undefined) for (const name of ["offered", `offered ${langOf(file)}`, `offered ${halfOf(file)}`]) add(name, top);
      if (passages.length === 0) groups.get("all")!.none++;
      if (top === undefined) groups.get("all")!.unoffered++;
      if (top !== 0) misses.push(`${row.id} ${file.slice(0, 3)} ${snakeCase(row.metric)} = ${value} (${row.how}) gold «${row.quote}» → ${passages.length ? passages.map((p) => `«${p.figure.text}» ${p.figure.kind}: ${p.text.slice(0, 70)}`).join(" | ") : "nothing"}${top !== undefined ? ` [gold at ${top + 1}]` : ""}`);
    }
    workspace.setClaimsText(uri, claimsText(file));
  }
  const all = groups.get("all") ?? tally();
  console.log(`Citations on ${corpus}`);
  console.log(`gold rows ${rows.length}; claims ${all.claims}; left out ${rows.length - all.claims} (${[...leftOut].map(([k, n]) => `${k} ${n}`).join(", ")}); claims offered nothing ${all.none}; claims whose gold passage is never offered ${all.unoffered} (the figure reader does not read the gold figure as the value: bare weekdays, a month day resolved in the wrong year, «أحد», a kind the claim cannot cite)`);
  console.log("");
  console.log("group (offered: the claims whose gold passage is offered at all, the ranking alone)");
  console.log("              claims  top-1          top-3");
  for (const name of ["all", "ar", "fr", "odd", "even", "ar odd", "ar even", "fr odd", "fr even", "offered", "offered ar", "offered fr", "offered odd", "offered even"]) {
    const t = groups.get(name);
    if (!t) continue;
    console.log(`${name.padEnd(12)}  ${String(t.claims).padStart(6)}  ${pct(t.top1, t.claims).padStart(6)} (${String(t.top1).padStart(3)})   ${pct(t.top3, t.claims).padStart(6)} (${String(t.top3).padStart(3)})`);
  }
  console.log(`\n${misses.length} claims whose first passage is not the gold one${verbose ? ":" : " (--misses lists them)"}`);
  if (verbose) for (const m of misses) console.log(`  ${m}`);
}

void main();
