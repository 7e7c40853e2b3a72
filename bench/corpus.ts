/**
 * The benchmark corpus: N articles in Arabic and French with their claims files, built from a
 * seed, and planted cases of every check at known places, listed in a manifest. The same seed
 * and size always give the same bytes.
 *
 * Every article states about ten figures (one quantity of the article alone per template, a few
 * regional statistics shared by many files, and in 100 files the death toll claimed everywhere),
 * each claim quoting its passage verbatim. Apart from the planted cases everything agrees, so
 * a check must report exactly the manifest.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { CHECKS, OFF_BY_DEFAULT, type CheckCode } from "../server/src/core/checks/codes";
import * as T from "./templates";
import { CORPUS_CONFIG, PLANTED_METRICS, PLANTERS, type PlantContext } from "./planters";

/** Bump when the generator's output changes, so a cached corpus is generated again. */
export const GENERATOR_VERSION = 8;

/** How many files claim the hot quantity: an edit there changes the diagnostics of all of them. */
export const HOT_FILES = 100;
/** How many files claim the warm quantity the other half of the edits moves. */
export const WARM_FILES = 5;
export const HOT_VALUE = 45;

/** A line of a claims file and the checks expected to report on it. */
export interface Line {
  text: string;
  codes?: CheckCode[];
}

export interface ClaimSpec {
  lines: Line[];
  /** Has an `id:` field already (planters that add one pick another claim). */
  hasId: boolean;
  /** Has a `quote:` field. */
  quoted: boolean;
  role?: "hot" | "warm";
}

export interface ArticleModel {
  readonly index: number;
  readonly lang: T.Lang;
  readonly sourceId: string;
  /** Path of the claims file relative to the corpus root, with `/`. */
  readonly claimsPath: string;
  readonly articlePath: string;
  readonly place: number;
  /** Lines above the source block (a planted claim with no source). */
  pre: Line[];
  source: Line[];
  claims: ClaimSpec[];
  /** Source blocks after the claims (planted: another article, a duplicate id). */
  post: Line[];
  /** Paragraphs of the article: each a list of sentences. */
  paragraphs: string[][];
  /** Sentences planted in the article for checks that report in the article itself. */
  marks: { sentence: string; code: CheckCode }[];
}

export interface PlantedCase {
  /** Path relative to the corpus root, with `/`. */
  readonly file: string;
  /** 1-based line of the diagnostic's start. */
  readonly line: number;
  readonly code: CheckCode;
}

export interface Place {
  readonly file: string;
  /** 0-based line and UTF-16 column of the claim's value, as LSP counts them. */
  readonly line: number;
  readonly character: number;
  readonly value: string;
}

export interface Manifest {
  readonly version: number;
  readonly seed: number;
  readonly claims: number;
  readonly articles: number;
  readonly claimsFiles: number;
  readonly planted: readonly PlantedCase[];
  /**
   * Cases of the checks that are off by default (`OFF_BY_DEFAULT`): no default run reports them,
   * so they are not in `planted`; test/bench.test.ts turns them on and finds them.
   */
  readonly offByDefault: readonly PlantedCase[];
  /** The hot quantity's claim in each of its files (the edited file first). */
  readonly hot: readonly Place[];
  /** The warm quantity's claim in each of its files (the edited file first). */
  readonly warm: readonly Place[];
  /** The claims file the benchmark edits. */
  readonly editFile: string;
  /** A claim value per file for hover, spread over the corpus. */
  readonly hoverPlaces: readonly Place[];
}

export interface CorpusOptions {
  /** About how many claims in all (ten an article). */
  readonly claims: number;
  readonly seed: number;
}

/** A small, fast, seeded generator (mulberry32): the corpus must not depend on Math.random. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Files of the corpus (path relative to the root → content) and its manifest, in memory. */
export function buildCorpus(options: CorpusOptions): { files: Map<string, string | Uint8Array>; manifest: Manifest } {
  const missing = (Object.keys(CHECKS) as CheckCode[]).filter((code) => !PLANTERS[code]);
  if (missing.length > 0) {
    throw new Error(`bench/planters.ts plants no case of ${missing.join(", ")}: add a planter for every check in server/src/core/checks/codes.ts`);
  }
  const random = seeded(options.seed);
  const pick = <X>(list: readonly X[]): X => list[Math.floor(random() * list.length)] as X;
  const articleCount = Math.max(20, Math.round(options.claims / 10));
  const files = new Map<string, string | Uint8Array>();

  // Regional statistics: each is claimed by about fifteen files, all agreeing.
  const shared: T.SharedQuantity[] = [];
  const sharedKeys = new Set<string>();
  const sharedCount = Math.max(12, Math.floor((articleCount * 3) / 15));
  while (shared.length < sharedCount) {
    const metric = pick(["unemployment_rate", "road_deaths", "schools_opened"] as const);
    const place = Math.floor(random() * T.PLACES_AR.length);
    // Before every article's publication (2019 on): a yearly figure is a complete count.
    const year = 2018 - Math.floor(random() * (sharedCount / 40 + 14));
    const key = `${metric}/${place}/${year}`;
    if (sharedKeys.has(key)) continue;
    sharedKeys.add(key);
    const value = metric === "unemployment_rate" ? 8 + Math.floor(random() * 18) : metric === "road_deaths" ? T.roadDeathsOf(place, year) : 5 + Math.floor(random() * 56);
    shared.push({ metric, place, year, value });
  }

  // Statements that articles attribute figures to (`via: @id`): sources without a text.
  const statementCount = Math.max(3, Math.floor(articleCount / 50));
  const statementIds: string[] = [];
  for (let s = 0; s < statementCount; s++) {
    const id = `bcij-statement-${String(s).padStart(4, "0")}`;
    statementIds.push(id);
    const lines = [`source ${id}`, `  outlet: المكتب المركزي للأبحاث القضائية`, `  published: 2024-0${1 + (s % 9)}-1${s % 10}`, `  url: https://example.org/bcij/${s}`];
    for (let c = 0; c < 3; c++) lines.push(`claim statement_figure {statement: ${id}, item: ${c}} = ${10 + c}`, `  id: figure-${c}`, `  quote: «${10 + c} حالة مسجلة في البند ${c + 1}»`);
    files.set(`statements/${id}.claims`, `${lines.join("\n")}\n`);
  }

  const articles: ArticleModel[] = [];
  for (let i = 0; i < articleCount; i++) {
    const outlet = pick(T.OUTLETS);
    const lang = outlet.lang;
    const place = Math.floor(random() * T.PLACES_AR.length);
    const sourceId = `${outlet.slug}-${String(i).padStart(6, "0")}`;
    const dir = `articles/${String(Math.floor(i / 100)).padStart(4, "0")}`;
    const published = `${2019 + Math.floor(random() * 6)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
    const article: ArticleModel = {
      index: i,
      lang,
      sourceId,
      claimsPath: `${dir}/${sourceId}.claims`,
      articlePath: `${dir}/${sourceId}.txt`,
      place,
      pre: [],
      source: [
        { text: `source ${sourceId}` },
        { text: `  outlet: ${outlet.name}` },
        { text: `  title: ${T.titleOf(lang, place)}` },
        { text: `  published: ${published}` },
        { text: `  text: ${sourceId}.txt` },
        { text: `  url: https://example.org/${outlet.slug}/${published.replace(/-/g, "/")}/${i}` },
        { text: `  language: ${lang === "ar" ? "ar" : "fr-MA"}` },
      ],
      claims: [],
      post: [],
      paragraphs: [],
      marks: [],
    };
    const statements: { s: T.Statement; role?: "hot" | "warm" }[] = [];
    if (i < HOT_FILES) statements.push({ s: T.hotStatement(lang, HOT_VALUE), role: "hot" });
    if (i < WARM_FILES) statements.push({ s: T.warmStatement(lang, 23), role: "warm" });
    const mine = new Set<number>();
    while (mine.size < 3) mine.add(Math.floor(random() * shared.length));
    for (const k of mine) statements.push({ s: T.sharedStatement(shared[k] as T.SharedQuantity, lang) });
    // Road deaths are a declared flow: some articles add years up, some count the current year so far.
    if (random() < 0.3) {
      const from = 2005 + Math.floor(random() * 10);
      statements.push({ s: T.roadDeathsPeriod(lang, place, from, from + 1 + Math.floor(random() * 3)) });
    }
    const [pubYear = 2019, pubMonth = 1, pubDay = 1] = published.split("-").map(Number);
    if (random() < 0.2 && (pubMonth > 1 || pubDay > 1)) {
      // This year so far, as of a day before the article's.
      const month = 1 + Math.floor(random() * pubMonth);
      const day = 1 + Math.floor(random() * (month === pubMonth ? Math.max(1, pubDay - 1) : 28));
      statements.push({ s: T.roadDeathsSoFar(lang, (place + 11) % T.PLACES_AR.length, pubYear, month, day) });
    }
    const input = (n: number): T.TemplateInput => ({ lang, tag: `op-${String(i).padStart(6, "0")}-${n}`, place: (place + n) % T.PLACES_AR.length, random });
    const templates = shuffled(T.LOCAL_TEMPLATES.map((_, n) => n), random).slice(0, 6);
    for (const n of templates) statements.push({ s: (T.LOCAL_TEMPLATES[n] as (t: T.TemplateInput) => T.Statement)(input(n)) });
    const [ageMin, ageMax] = T.ageSpan(input(T.LOCAL_TEMPLATES.length));
    if (random() < 0.5 && ageMin && ageMax) statements.push({ s: ageMin }, { s: ageMax });

    const sentences: string[] = [];
    for (const { s, role } of shuffled(statements, random)) {
      if (s.sentence) sentences.push(s.sentence);
      const claim: ClaimSpec = { lines: [{ text: `claim ${s.quantity} = ${s.value}` }, { text: `  quote: «${s.quote}»` }], hasId: false, quoted: true, ...(role ? { role } : {}) };
      const via = random();
      if (via < 0.25) claim.lines.push({ text: `  via: @${pick(statementIds)}` });
      else if (via < 0.35) claim.lines.push({ text: `  via: @${pick(statementIds)}/figure-${Math.floor(random() * 3)}` });
      else if (via < 0.6) claim.lines.push({ text: `  via: ${lang === "ar" ? "مصدر أمني" : "une source sécuritaire"}` });
      article.claims.push(claim);
    }
    article.paragraphs = paragraphsOf(sentences, lang, random);
    articles.push(article);
  }

  // Planted cases: every check, once per hundred articles (at least once), each in an article
  // of its own where one is free. The edited file hosts a quote check, so that its complete
  // diagnostics show the articles were read.
  const planted: PlantedCase[] = [];
  const rounds = Math.max(1, Math.floor(articleCount / 100));
  const codes = Object.keys(CHECKS) as CheckCode[];
  const hosts = shuffled(articles.slice(1), random);
  let next = 0;
  const host = () => hosts[next++ % hosts.length] as ArticleModel;
  const extra: { path: string; bytes: string | Uint8Array; expect: PlantedCase[] }[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const code of codes) {
      const a = round === 0 && code === "ambiguous-quote" ? (articles[0] as ArticleModel) : host();
      const context: PlantContext = {
        round,
        tag: `p${round}-${code}`,
        a,
        b: () => host(),
        random,
        addFile: (p, bytes, expect) => extra.push({ path: p, bytes, expect: expect.map((e) => ({ file: p, ...e })) }),
      };
      (PLANTERS[code] as (c: PlantContext) => void)(context);
    }
  }

  const hot: Place[] = [];
  const warm: Place[] = [];
  const hoverPlaces: Place[] = [];
  let claimTotal = statementCount * 3;
  for (const article of articles) {
    const rendered = renderClaims(article);
    files.set(article.claimsPath, rendered.text);
    const articleText = renderArticle(article);
    files.set(article.articlePath, articleText);
    for (const mark of article.marks) {
      const at = articleText.indexOf(mark.sentence);
      if (at < 0) throw new Error(`the planted sentence of ${mark.code} is not in ${article.articlePath}`);
      planted.push({ file: article.articlePath, line: articleText.slice(0, at).split("\n").length, code: mark.code });
    }
    planted.push(...rendered.expected);
    hot.push(...rendered.places.filter((p) => p.role === "hot").map(({ role: _, ...p }) => p));
    warm.push(...rendered.places.filter((p) => p.role === "warm").map(({ role: _, ...p }) => p));
    const first = rendered.places.find((p) => p.role === undefined);
    if (first && article.index % Math.max(1, Math.floor(articleCount / 200)) === 0) hoverPlaces.push(first);
    claimTotal += article.claims.length + article.pre.length;
  }
  files.set("metrics.claims", `metric road_deaths\n  kind: flow\n  label-ar: ضحايا حوادث السير\n  label-fr: morts sur les routes\n${PLANTED_METRICS}`);
  files.set("isnad.json", CORPUS_CONFIG);
  for (const e of extra) {
    files.set(e.path, e.bytes);
    planted.push(...e.expect);
  }
  const present = new Set(planted.map((p) => p.code));
  const offByDefault = planted.filter((p) => OFF_BY_DEFAULT.has(p.code));
  const onByDefault = planted.filter((p) => !OFF_BY_DEFAULT.has(p.code));
  const unplanted = codes.filter((c) => !present.has(c));
  if (unplanted.length > 0) throw new Error(`the corpus plants no case of ${unplanted.join(", ")}`);
  onByDefault.sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line || (x.code < y.code ? -1 : 1)));
  const claimsFiles = [...files.keys()].filter((f) => f.endsWith(".claims")).length;
  return {
    files,
    manifest: { version: GENERATOR_VERSION, seed: options.seed, claims: claimTotal, articles: articleCount, claimsFiles, planted: onByDefault, offByDefault, hot, warm, editFile: (articles[0] as ArticleModel).claimsPath, hoverPlaces },
  };
}

/** Writes the corpus under `dir` (emptied first) with its manifest in `dir/manifest.json`. */
export function writeCorpus(dir: string, options: CorpusOptions): Manifest {
  const { files, manifest } = buildCorpus(options);
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const [rel, content] of files) {
    const full = path.join(dir, rel);
    const parent = path.dirname(full);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(full, content);
  }
  writeFileSync(path.join(dir, "manifest.json"), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

function renderClaims(a: ArticleModel): { text: string; expected: PlantedCase[]; places: (Place & { role?: "hot" | "warm" })[] } {
  const out: string[] = [];
  const expected: PlantedCase[] = [];
  const places: (Place & { role?: "hot" | "warm" })[] = [];
  const push = (line: Line) => {
    out.push(line.text);
    for (const code of line.codes ?? []) expected.push({ file: a.claimsPath, line: out.length, code });
  };
  push({ text: `# ${a.claimsPath.split("/").pop()} — generated by bench/corpus.ts` });
  for (const line of a.pre) push(line);
  for (const line of a.source) push(line);
  for (const claim of a.claims) {
    push({ text: "" });
    const [head, ...rest] = claim.lines;
    if (!head) continue;
    push(head);
    const m = /= (.*)$/.exec(head.text);
    if (m && m.index !== undefined) places.push({ file: a.claimsPath, line: out.length - 1, character: m.index + 2, value: m[1] ?? "", ...(claim.role ? { role: claim.role } : {}) });
    for (const line of rest) push(line);
  }
  if (a.post.length > 0) push({ text: "" });
  for (const line of a.post) push(line);
  return { text: `${out.join("\n")}\n`, expected, places };
}

function renderArticle(a: ArticleModel): string {
  const head = a.lang === "ar" ? `${T.PLACES_AR[a.place]} – ${a.sourceId}` : `${T.PLACES_FR[a.place]} – ${a.sourceId}`;
  return `${T.titleOf(a.lang, a.place)}\n\n${head}\n\n${a.paragraphs.map((p) => p.join(" ")).join("\n\n")}\n`;
}

/** Claimed sentences spread over paragraphs of filler, about 3,500 characters in all. */
function paragraphsOf(sentences: readonly string[], lang: T.Lang, random: () => number): string[][] {
  const filler = lang === "ar" ? T.FILLER_AR : T.FILLER_FR;
  const paragraphs: string[][] = [];
  let current: string[] = [];
  let length = 0;
  const fill = () => {
    const f = filler[Math.floor(random() * filler.length)] as string;
    current.push(f);
    length += f.length;
  };
  for (const s of sentences) {
    current.push(s);
    length += s.length;
    fill();
    if (random() < 0.4) fill();
    if (current.length >= 4) {
      paragraphs.push(current);
      current = [];
    }
  }
  while (length < 3000) {
    fill();
    if (current.length >= 4) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

export function shuffled<X>(list: readonly X[], random: () => number): X[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as X, out[i] as X];
  }
  return out;
}
