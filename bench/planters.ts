/**
 * One planter per check code: it changes an article of the corpus (or adds a file) so that the
 * check must report at a known line, and marks that line with the code. The corpus generator
 * refuses to run while a code of `CHECKS` has no planter here, so a new check cannot be left out.
 */
import type { CheckCode } from "../server/src/core/checks/codes";
import type { ArticleModel, ClaimSpec, Line } from "./corpus";
import { PLACES_AR, PLACES_FR } from "./templates";

export interface PlantContext {
  /** Which round of planting (one round per hundred articles). */
  readonly round: number;
  /** Unique to this case: used in qualifiers and ids so that cases never meet. */
  readonly tag: string;
  /** The article hosting the case. */
  readonly a: ArticleModel;
  /** Another article, for cases between two files. */
  b(): ArticleModel;
  readonly random: () => number;
  /** Adds a file of its own (path relative to the root) with the diagnostics expected in it. */
  addFile(path: string, content: string | Uint8Array, expect: { line: number; code: CheckCode }[]): void;
}

export type Planter = (c: PlantContext) => void;

const claim = (lines: Line[]): ClaimSpec => ({ lines, hasId: lines.some((l) => l.text.startsWith("  id:")), quoted: lines.some((l) => l.text.startsWith("  quote:")) });

/** Adds a sentence at the end of a random paragraph of the article. */
function addSentence(a: ArticleModel, sentence: string, random: () => number): void {
  const p = a.paragraphs[Math.floor(random() * a.paragraphs.length)];
  if (p) p.push(sentence);
  else a.paragraphs.push([sentence]);
}

/** A quoted claim of the article that satisfies `test`, or undefined. */
function someClaim(a: ArticleModel, test: (c: ClaimSpec) => boolean): ClaimSpec | undefined {
  return a.claims.find((c) => c.role === undefined && test(c));
}

/** A sentence stating `n` arrests at a place, and the passage a claim would quote. */
function arrests(a: ArticleModel, n: number, tag: string): { sentence: string; quote: (k: number) => string } {
  const place = (a.place + 7) % PLACES_AR.length;
  return a.lang === "ar"
    ? { sentence: `وفي عملية منفصلة رمزها ${tag} أوقفت الشرطة ${n} مشتبها بهم في ${PLACES_AR[place]}.`, quote: (k) => `رمزها ${tag} أوقفت الشرطة ${k} مشتبها بهم` }
    : { sentence: `Lors d'une opération distincte baptisée ${tag}, la police a arrêté ${n} suspects à ${PLACES_FR[place]}.`, quote: (k) => `baptisée ${tag}, la police a arrêté ${k} suspects` };
}

/** A source of its own, with no article: what its claims say is checked against nothing but each other. */
function statement(a: ArticleModel, tag: string): Line[] {
  return [{ text: `source planted-${tag}` }, { text: `  outlet: ${a.lang === "ar" ? "بلاغ" : "Communiqué"}` }];
}

/**
 * The corpus's isnad.json: differences under 1% are minor (the planted minor differences are one in
 * several hundred; every other disagreement of the corpus, the benchmark's edits included, is more),
 * and files over 1 MB are not read (the planted `file-too-large` export is the only one). One file
 * for both: a planter that wrote its own isnad.json took the other setting away.
 */
export const CORPUS_CONFIG = `${JSON.stringify({ minorDifference: 0.01, maxFileSizeMB: 1 })}\n`;

/** The declarations the planted reasoning cases rely on. */
export const PLANTED_METRICS = ["metric planted_cells", "  kind: flow", "metric planted_cells_isis", "  kind: flow", "  part-of: planted_cells", ""].join("\n");

export const PLANTERS: Partial<Record<CheckCode, Planter>> = {
  "syntax-error": ({ a, tag }) => {
    a.claims.push(claim([{ text: `claim planted_syntax {case: ${tag}} 45`, codes: ["syntax-error"] }]));
  },

  // A claims file saved as Windows-1256: «مصدر» is E3 D5 CF D1 there, invalid UTF-8.
  encoding: ({ tag, addFile }) => {
    const bytes = Uint8Array.from([...Buffer.from(`source legacy-${tag}\nclaim x = 1\n  note: `), 0xe3, 0xd5, 0xcf, 0xd1, 0x0a]);
    addFile(`planted/legacy-${tag}.claims`, bytes, [{ line: 1, code: "encoding" }]);
  },

  // A `text:` that names a folder: it is there, but it is not a file.
  "unreadable-file": ({ a, tag, addFile }) => {
    addFile(`planted/folder-${tag}/README.md`, "A folder, not an article.\n", []);
    a.post.push({ text: `source ${a.sourceId}-${tag}` }, { text: `  text: ../../planted/folder-${tag}`, codes: ["unreadable-file"] });
  },

  // The corpus's isnad.json (CORPUS_CONFIG) sets a limit of 1 MB, above every file but this one
  // (planted once: it is not read, but it is written).
  "file-too-large": ({ round, tag, addFile }) => {
    if (round > 0) return;
    addFile(`planted/export-${tag}.claims`, `source export-${tag}\n${"# an export that grew too large\n".repeat(36_000)}`, [{ line: 1, code: "file-too-large" }]);
  },

  // A file of 1,001 syntax errors: the first 1,000 are shown, then one note on the 1,001st (planted once).
  "too-many-problems": ({ round, tag, addFile }) => {
    if (round > 0) return;
    const lines = [`source flood-${tag}`];
    const expected: { line: number; code: CheckCode }[] = [];
    for (let i = 0; i < 1001; i++) {
      lines.push(`claim planted_flood {case: ${tag}, n: ${i}} 45`);
      expected.push({ line: lines.length, code: i < 1000 ? "syntax-error" : "too-many-problems" });
    }
    addFile(`planted/flood-${tag}.claims`, `${lines.join("\n")}\n`, expected);
  },

  "unknown-source": ({ a, tag }) => {
    const target = someClaim(a, () => true);
    if (!target) throw new Error("unknown-source: the host has no claim");
    target.lines.push({ text: `  via: @no-such-statement-${tag}`, codes: ["unknown-source"] });
  },

  // Even rounds: a claim id twice in one source (reported on the second); odd rounds: a source id
  // defined in two files (reported on both definitions).
  "duplicate-id": ({ a, b, round, tag }) => {
    if (round % 2 === 0) {
      const free = a.claims.filter((c) => c.role === undefined && !c.hasId);
      const [first, second] = free;
      if (!first || !second) throw new Error("duplicate-id: the host has fewer than two claims without id");
      first.lines.push({ text: `  id: dup-${tag}` });
      second.lines.push({ text: `  id: dup-${tag}`, codes: ["duplicate-id"] });
      first.hasId = second.hasId = true;
      return;
    }
    const other = b();
    a.post.push({ text: `source shared-${tag}`, codes: ["duplicate-id"] }, { text: `  outlet: ${a.lang === "ar" ? "وكالة" : "Agence"}` });
    other.post.push({ text: `source shared-${tag}`, codes: ["duplicate-id"] }, { text: `  outlet: ${other.lang === "ar" ? "وكالة" : "Agence"}` });
  },

  // A right-to-left override inside a year in a claim's note: «2017» that shows as 2071. Both the
  // override and the pop that ends it touch a digit: each is reported.
  "hidden-bidi-control": ({ a }) => {
    const target = someClaim(a, (c) => !c.lines.some((l) => l.text.startsWith("  note:")));
    if (!target) throw new Error("hidden-bidi-control: the host has no claim without a note");
    target.lines.push({ text: `  note: ${a.lang === "ar" ? "منذ" : "depuis"} 20\u202e17\u202c`, codes: ["hidden-bidi-control", "hidden-bidi-control"] });
  },

  // Persian, Arabic-Indic and Western digits in one number of a claim's note.
  "mixed-script": ({ a }) => {
    const target = someClaim(a, (c) => !c.lines.some((l) => l.text.startsWith("  note:")));
    if (!target) throw new Error("mixed-script: the host has no claim without a note");
    target.lines.push({ text: `  note: ${a.lang === "ar" ? "وفق سجل" : "selon le registre"} ۴٤4`, codes: ["mixed-script"] });
  },

  "no-source": ({ a, tag }) => {
    a.pre.push({ text: `claim planted_orphan {case: ${tag}} = 3`, codes: ["no-source"] });
  },

  "unknown-field": ({ a }) => {
    const target = someClaim(a, (c) => c.quoted);
    const quote = target?.lines.find((l) => l.text.startsWith("  quote:"));
    if (!target || !quote) throw new Error("unknown-field: the host has no quoted claim");
    target.lines.push({ text: quote.text.replace("  quote:", "  qoute:"), codes: ["unknown-field"] });
  },

  "invalid-field": ({ a }) => {
    a.source.push({ text: "  retrieved: yesterday", codes: ["invalid-field"] });
  },

  // `articles/0000/x.claims` → `../../../` leaves the root.
  "outside-root": ({ a, tag }) => {
    a.post.push({ text: `source ${a.sourceId}-${tag}` }, { text: `  text: ../../../outside-${tag}.txt`, codes: ["outside-root"] });
  },

  "missing-text": ({ a, tag }) => {
    a.post.push({ text: `source ${a.sourceId}-${tag}` }, { text: `  text: ${a.sourceId}-print-${tag}.txt`, codes: ["missing-text"] });
  },

  // A statement with no date, counting "last year": nothing to resolve `last` against.
  "undated-source": ({ a, tag }) => {
    a.post.push(...statement(a, tag), { text: `claim arrested {operation: ${tag}, year: last} = 7`, codes: ["undated-source"] });
  },

  // The article says n; the quote says n + 1, and so does the claim.
  "quote-not-found": ({ a, tag, random }) => {
    const n = 3 + Math.floor(random() * 20);
    const s = arrests(a, n, tag);
    addSentence(a, s.sentence, random);
    a.claims.push(claim([{ text: `claim arrested {operation: ${tag}} = ${n + 1}` }, { text: `  quote: «${s.quote(n + 1)}»`, codes: ["quote-not-found"] }]));
  },

  // The quote is in the article and says n; the claim says n + 2.
  "figure-not-in-quote": ({ a, tag, random }) => {
    const n = 3 + Math.floor(random() * 20);
    const s = arrests(a, n, tag);
    addSentence(a, s.sentence, random);
    a.claims.push(claim([{ text: `claim arrested {operation: ${tag}} = ${n + 2}` }, { text: `  quote: «${s.quote(n)}»`, codes: ["figure-not-in-quote"] }]));
  },

  "incompatible-values": ({ a, b, tag }) => {
    const other = b();
    a.claims.push(claim([{ text: `claim attack_place {event: ${tag}} = «مراكش»`, codes: ["incompatible-values", "unsourced-claim"] }]));
    other.claims.push(claim([{ text: `claim attack_place {event: ${tag}} = 3`, codes: ["incompatible-values", "unsourced-claim"] }]));
  },

  contradiction: ({ a, b, tag, random }) => {
    const other = b();
    const n = 5 + Math.floor(random() * 30);
    for (const [article, value] of [[a, n], [other, n + 4]] as const) {
      const s = arrests(article, value, tag);
      addSentence(article, s.sentence, random);
      article.claims.push(claim([{ text: `claim arrested {operation: ${tag}} = ${value}`, codes: ["contradiction"] }, { text: `  quote: «${s.quote(value)}»` }]));
    }
  },

  // Two outlets repeat one statement (a source of its own, with no claim of this quantity) and disagree.
  "same-origin-contradiction": ({ a, b, tag, random }) => {
    const other = b();
    const n = 5 + Math.floor(random() * 30);
    a.post.push(...statement(a, tag));
    for (const [article, value] of [[a, n], [other, n + 3]] as const) {
      const s = arrests(article, value, tag);
      addSentence(article, s.sentence, random);
      article.claims.push(claim([{ text: `claim arrested {operation: ${tag}} = ${value}`, codes: ["same-origin-contradiction"] }, { text: `  quote: «${s.quote(value)}»` }, { text: `  via: @planted-${tag}` }]));
    }
  },

  // Two counts one apart in several hundred: under the corpus's minorDifference (CORPUS_CONFIG).
  "minor-difference": ({ a, b, tag, random }) => {
    const other = b();
    const n = 400 + Math.floor(random() * 500);
    for (const [article, value] of [[a, n], [other, n + 1]] as const) {
      const s = arrests(article, value, tag);
      addSentence(article, s.sentence, random);
      article.claims.push(claim([{ text: `claim arrested {operation: ${tag}} = ${value}`, codes: ["minor-difference"] }, { text: `  quote: «${s.quote(value)}»` }]));
    }
  },

  // The same sentence twice, in two paragraphs.
  "ambiguous-quote": ({ a, tag, random }) => {
    const n = 3 + Math.floor(random() * 20);
    const s = arrests(a, n, tag);
    a.paragraphs[0]?.push(s.sentence);
    a.paragraphs[a.paragraphs.length - 1]?.push(s.sentence);
    if (a.paragraphs.length < 2) addSentence(a, s.sentence, random);
    a.claims.push(claim([{ text: `claim arrested {operation: ${tag}} = ${n}` }, { text: `  quote: «${s.quote(n)}»`, codes: ["ambiguous-quote"] }]));
  },

  "settled-contradiction": ({ a, b, tag }) => {
    const other = b();
    a.claims.push(claim([{ text: `claim cells_dismantled {year: 2017, case: ${tag}} = 9`, codes: ["settled-contradiction", "unsourced-claim"] }, { text: "  rank: preferred" }, { text: "  reason: the bureau's annual report, table 2" }]));
    other.claims.push(claim([{ text: `claim cells_dismantled {year: 2017, case: ${tag}} = 13`, codes: ["settled-contradiction", "unsourced-claim"] }, { text: "  rank: deprecated" }]));
  },

  // A figure with a note but no passage quoted.
  "unsourced-claim": ({ a, tag }) => {
    a.claims.push(claim([{ text: `claim planted_unquoted {case: ${tag}} = 7`, codes: ["unsourced-claim"] }, { text: `  note: ${a.lang === "ar" ? "ورد الرقم في الصورة المرفقة" : "le chiffre figure sur la photo jointe"}` }]));
  },

  // A metric spelt unlike every other claim about arrests.
  "similar-metric": ({ a, tag, random }) => {
    const n = 3 + Math.floor(random() * 20);
    const s = arrests(a, n, tag);
    addSentence(a, s.sentence, random);
    a.claims.push(claim([{ text: `claim arested {operation: ${tag}} = ${n}`, codes: ["similar-metric"] }, { text: `  quote: «${s.quote(n)}»` }]));
  },

  // Declaration mistakes, each in a file of its own so that nothing else is said of them. Even
  // rounds: a kind no metric has; odd rounds: a part-of to a metric nobody declares.
  "invalid-metric": ({ round, tag, addFile }) => {
    const name = `planted_${tag.replace(/-/g, "_")}`;
    const body = round % 2 === 0 ? [`metric ${name}`, "  kind: rate"] : [`metric ${name}`, "  kind: flow", `  part-of: ${name}_whole`];
    addFile(`planted/metrics-${tag}.claims`, `${body.join("\n")}\n`, [{ line: round % 2 === 0 ? 2 : 3, code: "invalid-metric" }]);
  },

  // One metric declared in two files: reported at both.
  "duplicate-metric": ({ tag, addFile }) => {
    const name = `planted_${tag.replace(/-/g, "_")}`;
    for (const n of [1, 2]) addFile(`planted/metrics-${tag}-${n}.claims`, `metric ${name}\n  kind: attribute\n`, [{ line: 1, code: "duplicate-metric" }]);
  },

  // One event written two ways: the spelling used by two sources, and a variant used by one,
  // which carries the hint. In sources with no article, so that no quote is asked for.
  "similar-qualifier": ({ a, b, tag }) => {
    const event = `argana-${tag}`;
    for (const [n, other] of [b(), b()].entries()) other.post.push(...statement(other, `${tag}-${n}`), { text: `claim killed {event: ${event}} = 17` });
    a.post.push(...statement(a, tag), { text: `claim killed {event: arganah-${tag}} = 17`, codes: ["similar-qualifier"] });
  },

  // The reasoning about flows (bench/corpus.ts declares planted_cells a flow, planted_cells_isis
  // part of it): each case in a source of its own, with no article, so that only its code fires.
  "as-of-decrease": ({ a, tag }) => {
    a.post.push(
      ...statement(a, tag),
      { text: `claim planted_cells {case: ${tag}, year: 2024, asof: 2024-06-06} = 5`, codes: ["as-of-decrease"] },
      { text: `claim planted_cells {case: ${tag}, year: 2024, asof: 2024-06-08} = 4`, codes: ["as-of-decrease"] },
    );
  },

  "sum-mismatch": ({ a, tag }) => {
    a.post.push(
      ...statement(a, tag),
      { text: `claim planted_cells {case: ${tag}, year: 2015} = 3` },
      { text: `claim planted_cells {case: ${tag}, year: 2016} = 4` },
      { text: `claim planted_cells {case: ${tag}, period: 2015..2016} = 8`, codes: ["sum-mismatch"] },
    );
  },

  "sources-sum-mismatch": ({ a, b, tag }) => {
    const other = b();
    a.post.push(...statement(a, `${tag}-parts`), { text: `claim planted_cells {case: ${tag}, year: 2015} = 3` }, { text: `claim planted_cells {case: ${tag}, year: 2016} = 4` });
    other.post.push(...statement(other, `${tag}-total`), { text: `claim planted_cells {case: ${tag}, period: 2015..2016} = 9`, codes: ["sources-sum-mismatch"] });
  },

  "subset-exceeds-total": ({ a, tag }) => {
    a.post.push(
      ...statement(a, tag),
      { text: `claim planted_cells_isis {case: ${tag}, year: 2017} = 12`, codes: ["subset-exceeds-total"] },
      { text: `claim planted_cells {case: ${tag}, year: 2017} = 9` },
    );
  },

  // Off by default: a narrower count that differs from the wider one.
  "possible-contradiction": ({ a, tag }) => {
    a.post.push(
      ...statement(a, tag),
      { text: `claim planted_cells {case: ${tag}, year: 2017, agency: bcij} = 8`, codes: ["possible-contradiction"] },
      { text: `claim planted_cells {case: ${tag}, year: 2017} = 9` },
    );
  },

  // Off by default, reported in the article: a figure no claim quotes.
  "uncovered-figure": ({ a, random }) => {
    const n = 31 + Math.floor(random() * 60);
    const place = (a.place + 3) % PLACES_AR.length;
    const sentence = a.lang === "ar" ? `وسجلت المصالح ${n} مخالفة في ${PLACES_AR[place]} خلال الحملة الأخيرة.` : `Les services ont relevé ${n} infractions à ${PLACES_FR[place]} lors de la dernière campagne.`;
    addSentence(a, sentence, random);
    a.marks.push({ sentence, code: "uncovered-figure" });
  },
};
