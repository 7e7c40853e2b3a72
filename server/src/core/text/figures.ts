/**
 * Figure spotting: every figure an article or a quote states, with its exact span, its reading
 * (a value, an interval, a date) and the sentence around it. Pure functions over strings.
 *
 * The reader walks the tokens once and, at each position, tries the patterns from the most
 * specific to the least: list markers and phone numbers (not figures), relative dates, dates,
 * clock times, bounded and approximate quantities, ranges, plain quantities (digits or words),
 * vague quantities, ordinals and duals. The first pattern that matches consumes its tokens.
 */
import { foldKey } from "./fold";
import { isoDate, isValidDay, resolveRelative } from "./dates";
import * as L from "./lexicon";
import { readDigits, scaled, type DigitReading, type Lang } from "./numbers";
import { offsetInToken, sentenceRanges, tokenize, type Token } from "./tokens";

export type FigureKind = "number" | "ordinal" | "date" | "range" | "bound" | "vague" | "time";

export interface Figure {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  kind: FigureKind;
  /** Exact reading. */
  value?: number;
  /** Interval readings (bounds, ranges, vague quantities). */
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** "نحو 50", "environ 200". */
  approx?: boolean;
  /** ISO YYYY | YYYY-MM | YYYY-MM-DD (Gregorian). */
  date?: string;
  /** Relative date code (yesterday, last-year, last-thursday, --11-24, last:--11-24 …). */
  relative?: string;
  /** False when a relative date has no publication date to anchor it. */
  resolved?: boolean;
  /** Hijri date, YYYY or YYYY-MM-DD in the Hijri calendar ("1440 هـ"). */
  hijri?: string;
  /** Clock time HH:MM ("الساعة 8,38", "13H00"). */
  time?: string;
  /** Counted noun as written, or "%" for percentages. */
  unit?: string;
  /** Language the sentence was read in. */
  lang?: Lang;
  sentence: { start: number; end: number };
}

export interface ReadOptions {
  /** Publication date (ISO) that anchors relative dates. */
  published?: string;
  /** Language of the text; detected per sentence when absent. */
  lang?: Lang;
}

/** Lists every figure in `text`, in order of position. */
export function spotFigures(text: string, options: ReadOptions = {}): Figure[] {
  return new Reader(text, options).run();
}

/** The numbers a figure can stand for: its value, its bounds, or the year of a date. */
export function figureNumbers(f: Figure): number[] {
  const out: number[] = [];
  if (f.value !== undefined) out.push(f.value);
  if (f.min !== undefined) out.push(f.min);
  if (f.max !== undefined) out.push(f.max);
  if (f.date !== undefined && /^\d{4}$/.test(f.date)) out.push(Number(f.date));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Word lists used by the patterns, as sequences of folded keys.

const phrases = (list: string[]): string[][] => list.map((p) => p.split(" ").map(foldKey));
const keys = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(foldKey));

type BoundKind = ">" | ">=" | "<" | "<=";
const BOUND_PREFIXES: [string[], BoundKind][] = [
  ...phrases(["ما لا يقل عن", "لا يقل عن", "لا تقل عن", "ما لا يقل على", "لا يقل على", "على الأقل", "au moins", "pas moins de", "pas moins d", "at least", "no fewer than", "no less than", "not less than"]).map((p) => [p, ">="] as [string[], BoundKind]),
  ...phrases(["ما لا يزيد عن", "ما لا يزيد على", "لا يزيد عن", "لا يزيد على", "لا تزيد عن", "لا تزيد على", "لا تتجاوز", "لا يتجاوز", "لم تتجاوز", "لم يتجاوز", "ما لا يتجاوز", "إلى غاية", "الى غاية", "jusqu à", "au plus", "up to", "at most", "no more than", "not more than", "pas plus de", "pas plus d"]).map((p) => [p, "<="] as [string[], BoundKind]),
  ...phrases(["أكثر من", "ما يزيد عن", "ما يزيد على", "يزيد عن", "يزيد على", "ما يفوق", "يفوق", "تفوق", "فاق", "فاقت", "أزيد من", "ما يربو على", "يربو على", "تجاوز عتبة", "تجاوزت عتبة", "تتجاوز عتبة", "يتجاوز عتبة", "تجاوز", "تجاوزت", "يتجاوز", "تتجاوز", "plus de", "plus d", "more than", "over", "in excess of"]).map((p) => [p, ">"] as [string[], BoundKind]),
  ...phrases(["أقل من", "ما يقل عن", "moins de", "moins d", "less than", "fewer than"]).map((p) => [p, "<"] as [string[], BoundKind]),
];
const BOUND_SUFFIXES: [string[], BoundKind][] = [
  ...phrases(["على الأقل", "أو أكثر", "فأكثر", "فما فوق", "ou plus", "au moins", "or more", "at least"]).map((p) => [p, ">="] as [string[], BoundKind]),
  ...phrases(["أو أقل", "فأقل", "ou moins", "or less", "or fewer", "at most", "au plus"]).map((p) => [p, "<="] as [string[], BoundKind]),
];
const APPROX_PREFIXES = phrases(["نحو", "حوالي", "حوالى", "قرابة", "زهاء", "ما يقارب", "يقارب", "تقارب", "ما يناهز", "يناهز", "ناهز", "ناهزت", "تناهز", "environ", "près de", "près d", "quelque", "autour de", "approximativement", "about", "around", "nearly", "almost", "approximately", "roughly", "some", "close to"]);
const APPROX_SUFFIXES = phrases(["تقريبا", "environ", "approximately", "or so"]);
const PERCENT_WORDS = phrases(["في المائة", "في المئة", "في المائه", "بالمائة", "بالمئة", "pour cent", "pourcent", "pour - cent", "percent", "per cent"]);
const RANGE_OPENERS: [string[], string[]][] = [
  [phrases(["ما بين", "بين"])[0]!, ["و"]],
  [phrases(["بين"])[0]!, ["و"]],
  [phrases(["من"])[0]!, ["الى", "حتى"]],
  [phrases(["entre"])[0]!, ["et"]],
  [phrases(["de"])[0]!, ["à", "a"]],
  [phrases(["d"])[0]!, ["à", "a"]],
  [phrases(["between"])[0]!, ["and"]],
  [phrases(["from"])[0]!, ["to"]],
];
const ALTERNATIVES = keys("أو او ou or");
const UNOPENED_TO = keys("to à إلى");

const STOP = keys(`في من على الى إلى عن مع و أو ثم حتى منذ خلال بين قبل بعد عند لدى هو هي هم التي الذي الذين ان أن إن
  كان كانت قد لا لم لن ما هذا هذه ذلك تلك كل بعض غير سوى فقط أيضا منها منهم منهن فيها عليها حيث كما مقابل
  le la les l un une des de du d et ou à au aux en dans par pour sur avec sans que qui est sont a ont été soit dont
  the a an of and or in on at to for by with from is are was were has have had that which than`);

const VAGUE_AR = new Map<string, [number, number]>([
  [foldKey("عشرات"), [10, 99]],
  [foldKey("العشرات"), [10, 99]],
  [foldKey("مئات"), [100, 999]],
  [foldKey("المئات"), [100, 999]],
  [foldKey("مئات"), [100, 999]],
  [foldKey("آلاف"), [1000, 9999]],
  [foldKey("الآلاف"), [1000, 9999]],
  [foldKey("ألوف"), [1000, 9999]],
  [foldKey("ملايين"), [1e6, 1e9 - 1]],
  [foldKey("الملايين"), [1e6, 1e9 - 1]],
  [foldKey("بضع"), [3, 9]],
  [foldKey("بضعة"), [3, 9]],
]);
const VAGUE_LATIN = new Map<string, [number, number]>([
  ["dizaines", [10, 99]],
  ["centaines", [100, 999]],
  ["milliers", [1000, 9999]],
  ["millions", [1e6, 1e9 - 1]],
  ["dozens", [24, 99]],
  ["tens", [10, 99]],
  ["hundreds", [100, 999]],
  ["thousands", [1000, 9999]],
]);
/** French approximate nouns: une dizaine = about 10. */
const FR_APPROX_NOUNS = new Map<string, number>([
  ["dizaine", 10], ["douzaine", 12], ["quinzaine", 15], ["vingtaine", 20], ["trentaine", 30],
  ["quarantaine", 40], ["cinquantaine", 50], ["soixantaine", 60], ["centaine", 100], ["millier", 1000],
]);

const YEAR_CONTEXT = keys(`سنة عام العام السنة لسنة لعام بسنة بعام متم مطلع بداية نهاية أواخر أوائل منتصف أفق خلال منذ مند في حتى
  قبل بعد سنتي عامي وسنة وعام en in depuis since année an year during by until fin début mi courant été hiver printemps automne`);
const HIJRI_MARKS = keys("ه هـ للهجرة هجرية هجري");
const LAST_WORDS = keys("الماضي الماضية المنصرم المنصرمة الفارط الفارطة الفائت الفائتة dernier dernière passé passée last");
const THIS_WORDS = keys("الجاري الجارية الحالي الحالية");
const NEXT_WORDS = keys("المقبل المقبلة القادم القادمة prochain prochaine next");
const YEAR_WORDS = keys("العام السنة عام سنة");
const MONTH_WORDS = keys("الشهر شهر");
const NOT_ORDINAL_AFTER = keys("كانون تشرين ربيع جمادى الوزير الحسن محمد الله عبدالله");
const FR_TITLES = keys("ministre magistrat secrétaire responsable vice plan lieu temps ministère");
const ORDINAL_SUFFIXES = new Map<string, Lang>([
  ["e", "fr"], ["ème", "fr"], ["eme", "fr"], ["è", "fr"], ["er", "fr"], ["re", "fr"], ["ère", "fr"], ["ere", "fr"],
  ["st", "en"], ["nd", "en"], ["rd", "en"], ["th", "en"],
]);
const ROMAN = new Map<string, number>(
  ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"].map((r, k) => [r, k + 1]),
);
const ROMAN_HEADS = keys("acte tome saison chapitre act");
const CLOCK_WORDS = keys("الساعة الساعه");
const ARABIC_LETTER = /[\u0600-\u06ff]/;
const LATIN_LETTER = /[a-zA-Z\u00c0-\u024f]/;

// ---------------------------------------------------------------------------------------------

/** A quantity read from tokens `[from, to)`, before it becomes a figure. */
interface Quantity {
  value: number;
  from: number;
  to: number;
  /** Original offset where the quantity starts (after a joined prefix such as ب in بعشر). */
  startOffset: number;
  /** Value before a scale word (for "بين 2 و3 ملايين"), and the scale. */
  base: number;
  scale: number;
  approx?: boolean;
  /** Plain four digits 1000–2100 with nothing around them: maybe a year. */
  yearLike: boolean;
  digits: boolean;
  reading?: DigitReading;
}

interface Match {
  figures: Omit<Figure, "sentence" | "text">[];
  next: number;
}

class Reader {
  private readonly tokens: Token[];
  private readonly sentences: { start: number; end: number }[];
  private readonly langs: Lang[];
  private readonly out: Figure[] = [];

  constructor(
    private readonly text: string,
    private readonly options: ReadOptions,
  ) {
    this.tokens = tokenize(text);
    this.sentences = sentenceRanges(text);
    let s = 0;
    for (const t of this.tokens) {
      while (s < this.sentences.length - 1 && t.start >= (this.sentences[s]?.end ?? 0)) s++;
      t.sentence = s;
    }
    this.langs = this.sentences.map((r) => options.lang ?? detectLang(text.slice(r.start, r.end)));
  }

  run(): Figure[] {
    let i = 0;
    while (i < this.tokens.length) {
      const m = this.at(i);
      if (!m) {
        i++;
        continue;
      }
      for (const f of m.figures) {
        const sentence = this.sentences[this.tokens[i]?.sentence ?? 0] ?? { start: 0, end: this.text.length };
        const lang = this.langOf(i);
        this.out.push({ ...f, text: this.text.slice(f.start, f.end), lang, sentence: { ...sentence } });
      }
      i = Math.max(m.next, i + 1);
    }
    return this.out;
  }

  // --- token helpers -------------------------------------------------------------------------

  private tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Token `j` if it lies in the same sentence as token `i`. */
  private near(i: number, j: number): Token | undefined {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return a && b && a.sentence === b.sentence ? b : undefined;
  }

  private langOf(i: number): Lang {
    return this.langs[this.tokens[i]?.sentence ?? 0] ?? "ar";
  }

  private isWord(i: number, j: number, set: Set<string>): boolean {
    const t = this.near(i, j);
    return t !== undefined && t.kind === "word" && set.has(t.key);
  }

  private isPunct(i: number, j: number, chars: string): boolean {
    const t = this.near(i, j);
    return t !== undefined && t.kind === "punct" && chars.includes(t.text);
  }

  /** Skips apostrophes, which French elision puts between words (l'an, jusqu'à). */
  private skipApostrophes(i: number, j: number): number {
    while (this.isPunct(i, j, "'’`")) j++;
    return j;
  }

  /**
   * Matches a phrase of folded keys at `j`; the first word may carry a joined Arabic prefix
   * (بأكثر, وحوالي). Returns the index after the phrase.
   */
  private phrase(i: number, j: number, words: string[]): number | undefined {
    for (let k = 0; k < words.length; k++) {
      j = this.skipApostrophes(i, j);
      const t = this.near(i, j);
      const w = words[k];
      if (!t || w === undefined) return undefined;
      if (t.key !== w && !(k === 0 && t.kind === "word" && stripPrefix(t.key, L.AR_NUMBER_PREFIXES) === w)) return undefined;
      j++;
    }
    return j;
  }

  /**
   * Whether some phrase of a list can start at `j`: its first word is the token's key, or the key
   * without a joined prefix. Tried before the phrases one by one, since most tokens start none.
   */
  private mayStart(i: number, j: number, first: ReadonlySet<string>): boolean {
    const t = this.near(i, this.skipApostrophes(i, j));
    if (!t) return false;
    return first.has(t.key) || (t.kind === "word" && first.has(stripPrefix(t.key, L.AR_NUMBER_PREFIXES)));
  }

  private anyPhrase<T>(i: number, j: number, list: [string[], T][]): { next: number; tag: T } | undefined {
    if (!this.mayStart(i, j, firstWordsOf(list, (entry) => entry[0]))) return undefined;
    let best: { next: number; tag: T } | undefined;
    for (const [words, tag] of list) {
      const next = this.phrase(i, j, words);
      if (next !== undefined && (!best || next > best.next)) best = { next, tag };
    }
    return best;
  }

  // --- the patterns, in order ------------------------------------------------------------------

  private at(i: number): Match | undefined {
    // A prefix written before digits (و41, بـ 5) is read with the digits, at the next token.
    const t = this.tok(i);
    const n = this.near(i, i + 1);
    if (t && n && t.kind === "word" && n.kind === "num" && (L.AR_NUMBER_PREFIXES.includes(t.key) || t.key === "ال")) return undefined;
    return (
      this.listMarker(i) ??
      this.relativeDate(i) ??
      this.date(i) ??
      this.phoneOrIdentifier(i) ??
      this.clock(i) ??
      this.qualified(i) ??
      this.vague(i) ??
      this.plain(i) ??
      this.ordinal(i) ??
      this.dual(i)
    );
  }

  /** "1." or "2)" at the start of a line numbers a list: not a figure. */
  private listMarker(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "num" || !/^\d{1,2}$/.test(t.key)) return undefined;
    const lineStart = i === 0 || t.gap.includes("\n");
    const next = this.tok(i + 1);
    if (lineStart && next && next.gap === "" && next.kind === "punct" && ".)-".includes(next.text)) {
      const after = this.tok(i + 2);
      if (!after || after.gap !== "") return { figures: [], next: i + 2 };
    }
    return undefined;
  }

  /** Phone numbers, and digits that belong to a name (G20, A320, COVID-19): not figures. */
  private phoneOrIdentifier(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "num") return undefined;
    const prev = this.tok(i - 1);
    const prev2 = this.tok(i - 2);
    if (prev && t.gap === "" && prev.kind === "word" && LATIN_LETTER.test(prev.text)) return { figures: [], next: i + 1 };
    if (prev && prev2 && t.gap === "" && prev.text === "-" && prev.gap === "" && prev2.kind === "word" && LATIN_LETTER.test(prev2.text)) {
      return { figures: [], next: i + 1 };
    }
    const next = this.tok(i + 1);
    if (next && next.gap === "" && next.kind === "word" && LATIN_LETTER.test(next.text) && !ORDINAL_SUFFIXES.has(next.key) && !/^(h|km|kg|m|cm|mm|t|k)$/.test(next.key)) {
      return { figures: [], next: i + 2 };
    }
    // A run of digit groups joined by spaces, dots or hyphens that is not thousands grouping.
    const plus = prev?.text === "+" && t.gap === "";
    let j = i;
    const groups: string[] = [t.key];
    while (true) {
      const sep = this.near(i, j + 1);
      if (sep && sep.kind === "num" && (sep.gap === " " || sep.gap === "\u00a0")) {
        groups.push(sep.key);
        j += 1;
        continue;
      }
      const after = this.near(i, j + 2);
      if (sep && sep.kind === "punct" && "-.".includes(sep.text) && after && after.kind === "num") {
        groups.push(after.key);
        j += 2;
        continue;
      }
      break;
    }
    const digits = groups.join("").replace(/\D/g, "");
    const thousands = groups.length > 1 && /^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((g) => /^\d{3}$/.test(g));
    if ((groups.length >= 3 && digits.length >= 8 && !thousands) || (plus && digits.length >= 6) || /^0\d{7,}$/.test(t.key)) {
      return { figures: [], next: j + 1 };
    }
    return undefined;
  }

  // --- relative dates ----------------------------------------------------------------------------

  private relativeDate(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "word") return undefined;
    // Lexicon words may carry a joined و/ب/ل/ف (وأمس, بالأمس keep their article in the key).
    const key = stripPrefix(t.key, L.AR_NUMBER_PREFIXES);
    const start = key === t.key ? t.start : offsetInToken(t, t.key.length - key.length);
    const mk = (relative: string, end: number): Match => ({
      figures: [this.relativeFigure(relative, start, end)],
      next: this.tokenIndexAfter(end),
    });
    const next = this.near(i, i + 1);
    // Arabic.
    if (key === "اول" && next && next.key === "امس") return mk("day-before-yesterday", next.end);
    if (key === "امس" || key === "الامس") {
      const wd = this.near(i, i + 1);
      const end = wd && L.WEEKDAYS.has(wd.key) ? wd.end : t.end;
      return mk("yesterday", end);
    }
    const wd = L.WEEKDAYS.get(t.key) ?? L.WEEKDAYS.get(key);
    if (wd !== undefined && next) {
      const name = L.WEEKDAY_NAMES[wd] ?? "sunday";
      if (LAST_WORDS.has(next.key)) return mk(`last-${name}`, next.end);
      if (NEXT_WORDS.has(next.key)) return mk(`next-${name}`, next.end);
    }
    const isYear = YEAR_WORDS.has(key) || t.key === "an" || t.key === "année" || t.key === "year";
    const isMonth = MONTH_WORDS.has(key) || t.key === "mois" || t.key === "month";
    if ((isYear || isMonth) && next) {
      const unit = isYear ? "year" : "month";
      if (LAST_WORDS.has(next.key)) return mk(`last-${unit}`, next.end);
      if (THIS_WORDS.has(next.key)) return mk(`this-${unit}`, next.end);
      if (NEXT_WORDS.has(next.key)) return mk(`next-${unit}`, next.end);
    }
    if ((t.key === "هذا" || t.key === "هذه") && next && (YEAR_WORDS.has(next.key) || MONTH_WORDS.has(next.key))) {
      return mk(YEAR_WORDS.has(next.key) ? "this-year" : "this-month", next.end);
    }
    // French.
    if (t.key === "hier") return mk("yesterday", t.end);
    if (t.key === "avant" && this.isPunct(i, i + 1, "-") && this.isWord(i, i + 2, keys("hier"))) return mk("day-before-yesterday", this.tok(i + 2)!.end);
    if (t.key === "aujourd") {
      const end = this.phrase(i, i, ["aujourd", "hui"]);
      if (end !== undefined) return mk("today", this.tok(end - 1)!.end);
    }
    if (t.key === "l" || t.key === "le" || t.key === "cette" || t.key === "ce") {
      const j = this.skipApostrophes(i, i + 1);
      const u = this.near(i, j);
      const m = this.near(i, j + 1);
      if (u && (u.key === "an" || u.key === "année" || u.key === "mois")) {
        const unit = u.key === "mois" ? "month" : "year";
        if (t.key === "cette" || t.key === "ce") return mk(`this-${unit}`, u.end);
        if (m && LAST_WORDS.has(m.key)) return mk(`last-${unit}`, m.end);
        if (m && NEXT_WORDS.has(m.key)) return mk(`next-${unit}`, m.end);
      }
    }
    // English.
    if (t.key === "yesterday") return mk("yesterday", t.end);
    if (t.key === "today" && this.langOf(i) === "en") return mk("today", t.end);
    if (t.key === "tomorrow") return mk("tomorrow", t.end);
    if (t.key === "the") {
      const end = this.phrase(i, i, ["the", "day", "before", "yesterday"]);
      if (end !== undefined) return mk("day-before-yesterday", this.tok(end - 1)!.end);
    }
    if ((t.key === "last" || t.key === "this" || t.key === "next") && next) {
      const w = L.WEEKDAYS.get(next.key);
      if ((next.key === "year" || next.key === "month") && this.langOf(i) === "en") return mk(`${t.key}-${next.key}`, next.end);
      if (w !== undefined && t.key !== "this") return mk(`${t.key}-${L.WEEKDAY_NAMES[w]}`, next.end);
    }
    return undefined;
  }

  private relativeFigure(relative: string, start: number, end: number): Omit<Figure, "sentence" | "text"> {
    const date = resolveRelative(relative, this.options.published);
    return date ? { start, end, kind: "date", relative, resolved: true, date } : { start, end, kind: "date", relative, resolved: false };
  }

  /** Index of the first token starting at or after `offset`. */
  private tokenIndexAfter(offset: number): number {
    let k = 0;
    while (k < this.tokens.length && (this.tokens[k]?.start ?? 0) < offset) k++;
    return k;
  }

  // --- dates -------------------------------------------------------------------------------------

  /** Month number of a month name at `j` (one or two tokens), with the index after it. */
  private month(i: number, j: number): { month: number; next: number; hijri?: boolean } | undefined {
    const t = this.near(i, j);
    if (!t || t.kind !== "word") return undefined;
    const t2 = this.near(i, j + 1);
    if (t2) {
      const two = `${t.key} ${t2.key}`;
      const lev = L.LEVANT_MONTHS.get(two);
      if (lev) return { month: lev, next: j + 2 };
      const hij = L.HIJRI_MONTHS.get(two);
      if (hij) return { month: hij, next: j + 2, hijri: true };
    }
    const hij = L.HIJRI_MONTHS.get(t.key);
    if (hij) return { month: hij, next: j + 1, hijri: true };
    let m = L.MONTHS.get(t.key);
    if (m === undefined) return undefined;
    // "May" the month is capitalised; "may" is a verb.
    if (t.key === "may" && t.text !== "May") return undefined;
    let next = j + 1;
    if (this.isPunct(i, next, ".") && t.key.length <= 4 && LATIN_LETTER.test(t.text)) next++;
    // Both names: "مايو/أيار", "يونيو (حزيران)".
    if (this.isPunct(i, next, "/-") && L.MONTHS.get(this.near(i, next + 1)?.key ?? "") === m) next += 2;
    else if (this.isPunct(i, next, "(") && this.isPunct(i, next + 2, ")") && L.MONTHS.get(this.near(i, next + 1)?.key ?? "") === m) next += 3;
    else if (this.isPunct(i, next, "/")) {
      const lev = this.month(i, next + 1);
      if (lev && lev.month === m) next = lev.next;
    }
    m = m as number;
    return { month: m, next };
  }

  /** A four-digit year at `j` (1000–2100), with any Hijri mark after it. */
  private year(i: number, j: number): { year: number; next: number; end: number; hijri: boolean } | undefined {
    let t = this.near(i, j);
    // "May 16, 2003": a comma may stand before the year.
    if (t && t.kind === "punct" && t.text === ",") {
      j++;
      t = this.near(i, j);
    }
    if (!t || t.kind !== "num" || !/^\d{4}$/.test(t.key)) return undefined;
    const y = Number(t.key);
    const mark = this.near(i, j + 1);
    if (mark && mark.kind === "word" && HIJRI_MARKS.has(mark.key)) return { year: y, next: j + 2, end: mark.end, hijri: true };
    if (y < 1000 || y > 2100) return undefined;
    return { year: y, next: j + 1, end: t.end, hijri: false };
  }

  private date(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t) return undefined;
    const fig = (start: number, end: number, extra: Partial<Figure>): Omit<Figure, "sentence" | "text"> => ({ start, end, kind: "date", ...extra });
    if (t.kind === "num") {
      // 17.11.2020 in one token.
      const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.key);
      if (dotted) {
        const [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
        if (isValidDay(y, m, d)) return { figures: [fig(t.start, t.end, { date: isoDate(y, m, d) })], next: i + 1 };
      }
      // 17 - 11 - 2020, 17/11/2020, 2020-11-17.
      const s1 = this.near(i, i + 1);
      const n2 = this.near(i, i + 2);
      const s2 = this.near(i, i + 3);
      const n3 = this.near(i, i + 4);
      if (s1 && n2 && s2 && n3 && s1.kind === "punct" && "-/".includes(s1.text) && s2.text === s1.text && n2.kind === "num" && n3.kind === "num") {
        const a = Number(t.key);
        const b = Number(n2.key);
        const c = Number(n3.key);
        if (/^\d{4}$/.test(n3.key) && /^\d{1,2}$/.test(t.key) && isValidDay(c, b, a)) return { figures: [fig(t.start, n3.end, { date: isoDate(c, b, a) })], next: i + 5 };
        if (/^\d{4}$/.test(t.key) && /^\d{1,2}$/.test(n3.key) && isValidDay(a, b, c)) return { figures: [fig(t.start, n3.end, { date: isoDate(a, b, c) })], next: i + 5 };
      }
      // Days sharing one month: "يومي 11 و12 يونيو", "du 9 au 11 juin", "الـ19 والـ20 من شهر غشت".
      const list = this.dayList(i);
      if (list) return list;
      // Day then month name: "16 ماي 2003", "1er juin", "3مايو".
      if (/^\d{1,2}$/.test(t.key)) {
        const d = Number(t.key);
        let j = i + 1;
        if (this.near(i, j)?.gap === "" && (this.near(i, j)?.key === "er" || this.near(i, j)?.key === " er")) j++;
        const mo = this.month(i, j);
        if (mo && d >= 1 && d <= 31) return this.finishDate(i, t.start, d, mo);
      }
    }
    if (t.kind === "word") {
      const mo = this.month(i, i);
      if (!mo) return undefined;
      // English "May 16, 2003", "June 1st, 2019".
      const dt = this.near(i, mo.next);
      if (dt && dt.kind === "num" && /^\d{1,2}$/.test(dt.key) && this.langOf(i) === "en") {
        let j = mo.next + 1;
        if (this.near(i, j)?.gap === "" && ORDINAL_SUFFIXES.get(this.near(i, j)?.key ?? "") === "en") j++;
        const y = this.year(i, j);
        const d = Number(dt.key);
        if (y && isValidDay(y.year, mo.month, d)) return { figures: [fig(t.start, y.end, { date: isoDate(y.year, mo.month, d) })], next: y.next };
        if (!y && d >= 1 && d <= 31) return { figures: [this.partialDate(t.start, this.tok(j - 1)!.end, "", mo.month, d)], next: j };
      }
      // Month and year: "نونبر 2018", "كانون الثاني 2020".
      const y = this.year(i, mo.next);
      if (y && !y.hijri && !mo.hijri) return { figures: [fig(t.start, y.end, { date: isoDate(y.year, mo.month) })], next: y.next };
      // Month and a relative word: "أكتوبر المقبل".
      const rel = this.near(i, mo.next);
      if (rel && !mo.hijri && !L.AMBIGUOUS_MONTHS.has(t.key)) {
        const mode = LAST_WORDS.has(rel.key) ? "last:" : NEXT_WORDS.has(rel.key) ? "next:" : THIS_WORDS.has(rel.key) ? "this:" : undefined;
        if (mode) return { figures: [this.partialDate(t.start, rel.end, mode, mo.month)], next: mo.next + 1 };
      }
    }
    return undefined;
  }

  /** A list of two or more days before one month name; each day becomes a date. */
  private dayList(i: number): Match | undefined {
    const days: Token[] = [];
    let j = i;
    while (true) {
      const d = this.near(i, j);
      if (!d || d.kind !== "num" || !/^\d{1,2}$/.test(d.key) || Number(d.key) < 1 || Number(d.key) > 31) return undefined;
      days.push(d);
      j++;
      const sep = this.near(i, j);
      if (!sep) return undefined;
      // و or والـ glued to the next day, or a separate word: و, au, et, à, إلى, -.
      if (sep.kind === "word" && (sep.key === "و" || sep.key === "وال") && this.near(i, j + 1)?.kind === "num") {
        j++;
        continue;
      }
      if ((sep.kind === "word" && ["و", "au", "et", "à", "الى", "حتى"].includes(sep.key)) || (sep.kind === "punct" && sep.text === "-")) {
        const n = this.near(i, j + 1);
        if (n && n.kind === "word" && (n.key === "ال" || n.key === "و") && this.near(i, j + 2)?.kind === "num") j += 2;
        else j++;
        continue;
      }
      break;
    }
    if (days.length < 2) return undefined;
    // "من شهر غشت", "de": words that may stand between the days and the month.
    let k = j;
    if (this.isWord(i, k, keys("من de"))) k++;
    if (this.isWord(i, k, keys("شهر"))) k++;
    const mo = this.month(i, k);
    if (!mo || mo.hijri) return undefined;
    const lastDay = days[days.length - 1]!;
    const tail = this.finishDate(i, lastDay.start, Number(lastDay.key), mo);
    const last = tail?.figures[0];
    if (!tail || !last) return undefined;
    const figures = days.slice(0, -1).map((d) => {
      const day = Number(d.key);
      const f: Omit<Figure, "sentence" | "text"> = { start: d.start, end: d.end, kind: "date" };
      if (last.date) f.date = last.date.slice(0, 8) + String(day).padStart(2, "0");
      else if (last.relative) {
        const rel = last.relative.replace(/-\d{2}$/, "-" + String(day).padStart(2, "0"));
        return this.relativeFigure(rel, d.start, d.end);
      }
      return f;
    });
    return { figures: [...figures, last], next: tail.next };
  }

  private finishDate(i: number, start: number, d: number, mo: { month: number; next: number; hijri?: boolean }): Match | undefined {
    const y = this.year(i, mo.next);
    if (mo.hijri) {
      if (!y) return undefined;
      return { figures: [{ start, end: y.end, kind: "date", hijri: isoDate(y.year, mo.month, d) }], next: y.next };
    }
    if (y && y.hijri) return { figures: [{ start, end: y.end, kind: "date", hijri: isoDate(y.year, mo.month, d) }], next: y.next };
    if (y && isValidDay(y.year, mo.month, d)) return { figures: [{ start, end: y.end, kind: "date", date: isoDate(y.year, mo.month, d) }], next: y.next };
    if (y) return undefined;
    const monthTok = this.tok(mo.next - 1)!;
    const rel = this.near(i, mo.next);
    const mode = rel && LAST_WORDS.has(rel.key) ? "last:" : rel && NEXT_WORDS.has(rel.key) ? "next:" : rel && THIS_WORDS.has(rel.key) ? "this:" : "";
    const end = mode ? rel!.end : monthTok.end;
    return { figures: [this.partialDate(start, end, mode, mo.month, d)], next: mode ? mo.next + 1 : mo.next };
  }

  private partialDate(start: number, end: number, mode: string, month: number, day?: number): Omit<Figure, "sentence" | "text"> {
    const code = `${mode}--${String(month).padStart(2, "0")}${day === undefined ? "" : "-" + String(day).padStart(2, "0")}`;
    return this.relativeFigure(code, start, end);
  }

  // --- clock times -------------------------------------------------------------------------------

  private clock(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "num") return undefined;
    const prev = this.tok(i - 1);
    const afterClockWord = prev !== undefined && prev.kind === "word" && (CLOCK_WORDS.has(prev.key) || CLOCK_WORDS.has(stripPrefix(prev.key, L.AR_PREFIXES)));
    const hm = /^(\d{1,2})[.,:](\d{2})$/.exec(t.key);
    const mk = (h: number, m: number, end: number, next: number): Match | undefined =>
      h <= 24 && m < 60 ? { figures: [{ start: t.start, end, kind: "time", time: `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}` }], next } : undefined;
    // 10:45 — the colon is not part of a digit run.
    const colon = this.near(i, i + 1);
    const mins = this.near(i, i + 2);
    if (/^\d{1,2}$/.test(t.key) && colon?.text === ":" && colon.gap === "" && mins?.kind === "num" && mins.gap === "" && /^\d{2}$/.test(mins.key)) {
      return mk(Number(t.key), Number(mins.key), mins.end, i + 3);
    }
    // 13H00, 14h30, 13h.
    const h = this.near(i, i + 1);
    if (/^\d{1,2}$/.test(t.key) && h && h.gap === "" && h.key === "h") {
      const m = this.near(i, i + 2);
      if (m && m.gap === "" && m.kind === "num" && /^\d{2}$/.test(m.key)) return mk(Number(t.key), Number(m.key), m.end, i + 3);
      return mk(Number(t.key), 0, h.end, i + 2);
    }
    if (hm) {
      const gmt = this.isWord(i, i + 1, keys("ت")) && this.isWord(i, i + 2, keys("غ"));
      const chained = prev?.key === "و" && this.out.length > 0 && this.out[this.out.length - 1]?.kind === "time" && this.out[this.out.length - 1]?.sentence.start === this.sentences[t.sentence]?.start;
      if (afterClockWord || gmt || chained) return mk(Number(hm[1]), Number(hm[2]), t.end, i + 1);
    }
    if (afterClockWord && /^\d{1,2}$/.test(t.key)) return mk(Number(t.key), 0, t.end, i + 1);
    return undefined;
  }

  // --- quantities ----------------------------------------------------------------------------------

  /** A number at `i`: digits (with scale words) or number words in the sentence's language. */
  private quantity(i: number): Quantity | undefined {
    const t = this.tok(i);
    if (!t) return undefined;
    if (t.kind === "num") return this.digitQuantity(i);
    if (t.kind !== "word") return undefined;
    // A joined prefix before digits: و41, بـ5, لـ2024, فـ3, "ب 5".
    const nt = this.near(i, i + 1);
    if (nt && nt.kind === "num" && L.AR_NUMBER_PREFIXES.includes(t.key) && (nt.gap === "" || t.text.endsWith("ـ") || t.key.length === 1)) return this.digitQuantity(i + 1);
    if (ARABIC_LETTER.test(t.text)) return this.arabicWords(i);
    if (this.langOf(i) === "en") return this.englishWords(i);
    return this.frenchWords(i) ?? this.englishWords(i);
  }

  private digitQuantity(i: number): Quantity | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "num") return undefined;
    const lang = this.langOf(i);
    let raw = t.key;
    let j = i + 1;
    // Space grouping: "8 400", "1 250" (French), or no-break spaces in any language.
    if (/^\d{1,3}$/.test(raw)) {
      while (true) {
        const g = this.near(i, j);
        const nbsp = g?.gap === "\u00a0" || g?.gap === "\u202f";
        if (!g || g.kind !== "num" || !/^\d{3}([.,]\d+)?$/.test(g.key) || !(nbsp || (g.gap === " " && lang === "fr"))) break;
        const after = this.near(i, j + 1);
        if (after && after.kind === "num" && after.gap === " " && !/^\d{3}/.test(after.key)) break;
        raw += g.key.includes(",") ? g.key.replace(",", "٫") : g.key;
        j++;
        if (g.key.includes(",")) break;
      }
    }
    // MAP notation "7 ر 1 مليار" = 1.7 billion: the digits are written in reverse order.
    const r = this.near(i, j);
    const r2 = this.near(i, j + 1);
    if (r && r2 && r.key === "ر" && r2.kind === "num" && /^\d+$/.test(raw) && /^\d+$/.test(r2.key)) {
      raw = `${r2.key}٫${raw}`;
      j += 2;
    }
    const scaleTok = this.near(i, j);
    const scale = scaleTok && scaleTok.kind === "word" ? scaleOf(scaleTok.key) : undefined;
    const reading = readDigits(raw, lang, scale !== undefined);
    if (!reading) return undefined;
    const base = scaled(reading);
    let value = base;
    let sc = 1;
    if (scale !== undefined) {
      sc = scale;
      value = scaled(reading, scale);
      j++;
      // "363 ألف و 377", "40 ألف 869", "مليون و200 ألف".
      const rest = this.scaleRest(i, j, scale);
      if (rest) {
        value += rest.value;
        j = rest.next;
      }
    }
    const yearLike = j === i + 1 && /^\d{4}$/.test(t.key) && Number(t.key) >= 1000 && Number(t.key) <= 2100;
    return { value, from: i, to: j, startOffset: t.start, base, scale: sc, yearLike, digits: true, reading };
  }

  /** The smaller part after a scale word: "و 377" after ألف. */
  private scaleRest(i: number, j: number, scale: number): { value: number; next: number } | undefined {
    let k = j;
    const w = this.near(i, k);
    if (w && w.key === "و" && w.kind === "word") k++;
    const n = this.near(i, k);
    if (!n || n.kind !== "num" || !/^\d{1,3}$/.test(n.key)) return undefined;
    if (k === j && scale !== 1e3) return undefined;
    const after = this.near(i, k + 1);
    const sub = after && after.kind === "word" ? scaleOf(after.key) : undefined;
    if (sub !== undefined && sub >= scale) return undefined;
    const v = Number(n.key) * (sub ?? 1);
    if (v >= scale) return undefined;
    return { value: v, next: k + (sub !== undefined ? 2 : 1) };
  }

  private arabicWords(i: number): Quantity | undefined {
    const first = this.tok(i);
    if (!first) return undefined;
    let total = 0;
    let group = 0;
    let j = i;
    let any = false;
    let startOffset = first.start;
    let needWaw = false;
    let lastScale = 1;
    let base = 0;
    while (true) {
      const t = this.near(i, j);
      if (!t || t.kind !== "word") break;
      let key = t.key;
      let prefix = "";
      if (j === i) {
        if (key === "لست") break;
        if (!isArabicNumberWord(key)) {
          const stripped = stripPrefix(key, L.AR_NUMBER_PREFIXES);
          if (stripped !== key && isArabicNumberWord(stripped)) {
            prefix = key.slice(0, key.length - stripped.length);
            key = stripped;
          }
        }
      } else if (needWaw) {
        if (key.startsWith("و") && isArabicNumberWord(key.slice(1))) key = key.slice(1);
        else if (key === "و" && this.near(i, j + 1)?.kind === "word" && isArabicNumberWord(this.near(i, j + 1)!.key)) {
          j++;
          continue;
        } else if (!((L.AR_SCALES.has(key) || L.AR_HUNDRED.has(key)) && group > 0)) break;
      }
      const next = this.near(i, j + 1);
      const nextKey = next?.kind === "word" ? next.key : "";
      let consumed = 1;
      if (key === foldKey("نصف") && next && (L.AR_SCALES.has(nextKey) && !L.AR_SCALE_PLURALS.has(nextKey))) {
        total += 0.5 * (L.AR_SCALES.get(nextKey) ?? 1);
        consumed = 2;
        lastScale = L.AR_SCALES.get(nextKey) ?? 1;
      } else if (L.AR_TEEN_HEADS.has(key) && L.AR_TEN.has(nextKey) && group % 100 === 0) {
        group += 10 + (L.AR_TEEN_HEADS.get(key) ?? 0);
        consumed = 2;
      } else if (L.AR_TEEN_HEADS.has(key) && nextKey.startsWith("و") && L.AR_TENS.has(nextKey.slice(1)) && group % 100 === 0) {
        // إحدى وعشرين: the head of 11 is also the unit of 21.
        group += L.AR_TEEN_HEADS.get(key) ?? 0;
      } else if (L.AR_UNITS.has(key)) {
        if (group % 100 !== 0) break;
        const u = L.AR_UNITS.get(key) ?? 0;
        if (u >= 3 && u <= 9 && L.AR_TEN.has(nextKey)) {
          group += 10 + u;
          consumed = 2;
        } else if (u >= 3 && u <= 9 && L.AR_HUNDRED.has(nextKey)) {
          group += u * 100;
          consumed = 2;
        } else {
          // "واحد من" is "one of"; "كل واحد" is "each": neither counts.
          if (u === 1 && j === i && (nextKey === "من" || this.tok(i - 1)?.key === "كل")) break;
          group += u;
        }
      } else if (L.AR_TENS.has(key)) {
        // Tens follow a unit (خمسة وعشرون) or a hundred, never another ten or tens.
        if (group % 100 >= 10) break;
        group += L.AR_TENS.get(key) ?? 0;
      } else if (L.AR_HUNDREDS.has(key)) {
        if (group !== 0 && !(L.AR_HUNDRED.has(key) && group < 10)) break;
        group = L.AR_HUNDRED.has(key) && group > 0 ? group * 100 : group + (L.AR_HUNDREDS.get(key) ?? 0);
      }
      else if (L.AR_SCALE_DUALS.has(key) && group === 0) {
        total += L.AR_SCALE_DUALS.get(key) ?? 0;
        lastScale = (L.AR_SCALE_DUALS.get(key) ?? 2) / 2;
      } else if (L.AR_SCALES.has(key)) {
        const s = L.AR_SCALES.get(key) ?? 1;
        if (L.AR_SCALE_PLURALS.has(key) && group < 3) break;
        if (!L.AR_SCALE_PLURALS.has(key) && group === 0 && any) break;
        base = group || 1;
        total += (group || 1) * s;
        group = 0;
        lastScale = s;
      } else break;
      if (j === i) startOffset = prefix ? offsetInToken(t, prefix.length) : t.start;
      any = true;
      j += consumed;
      needWaw = true;
    }
    if (!any) return undefined;
    const value = total + group;
    return { value, from: i, to: j, startOffset, base: lastScale > 1 ? base : value, scale: lastScale > 1 ? lastScale : 1, yearLike: false, digits: false };
  }

  private frenchWords(i: number): Quantity | undefined {
    let total = 0;
    let group = 0;
    let j = i;
    let count = 0;
    let prevKey = "";
    let lastEnd = i;
    let onlyUn = true;
    let lastScale = 1;
    let base = 0;
    while (true) {
      const t = this.near(i, j);
      if (!t) break;
      if (count > 0 && (t.text === "-" || t.key === "et") && t.gap === (t.text === "-" ? "" : t.gap)) {
        const n = this.near(i, j + 1);
        if (n && (L.FR_UNITS.has(n.key) || L.FR_SCALES.has(n.key)) && (t.text === "-" || ["un", "une", "onze"].includes(n.key))) {
          j++;
          continue;
        }
        break;
      }
      if (t.kind !== "word") break;
      const u = L.FR_UNITS.get(t.key);
      const s = L.FR_SCALES.get(t.key);
      if (u !== undefined) {
        if (u === 20 && prevKey === "quatre") group += 76;
        else group += u;
        if (u !== 1) onlyUn = false;
      } else if (s !== undefined) {
        onlyUn = false;
        if (s === 100) group = (group || 1) * 100;
        else {
          base = group || 1;
          total += (group || 1) * s;
          group = 0;
          lastScale = s;
        }
      } else break;
      prevKey = t.key;
      count++;
      j++;
      lastEnd = j;
    }
    if (count === 0 || onlyUn) return undefined;
    const first = this.tok(i)!;
    const value = total + group;
    return { value, from: i, to: lastEnd, startOffset: first.start, base: lastScale > 1 ? base : value, scale: lastScale, yearLike: false, digits: false };
  }

  private englishWords(i: number): Quantity | undefined {
    let total = 0;
    let group = 0;
    let j = i;
    let count = 0;
    let lastEnd = i;
    let onlyOne = true;
    let lastScale = 1;
    let base = 0;
    const first = this.tok(i);
    if (first && first.key === "a" && first.kind === "word") {
      const n = this.near(i, i + 1);
      if (!n || !L.EN_SCALES.has(n.key)) return undefined;
      group = 1;
      j = i + 1;
      count = 1;
    }
    while (true) {
      const t = this.near(i, j);
      if (!t) break;
      if (count > 0 && (t.text === "-" || t.key === "and")) {
        const n = this.near(i, j + 1);
        if (n && (L.EN_UNITS.has(n.key) || L.EN_SCALES.has(n.key))) {
          j++;
          continue;
        }
        break;
      }
      if (t.kind !== "word") break;
      const u = L.EN_UNITS.get(t.key);
      const s = L.EN_SCALES.get(t.key);
      if (u !== undefined) {
        group += u;
        if (u !== 1) onlyOne = false;
      } else if (s !== undefined) {
        onlyOne = false;
        if (s === 100 || s === 12) group = (group || 1) * s;
        else {
          base = group || 1;
          total += (group || 1) * s;
          group = 0;
          lastScale = s;
        }
      } else break;
      count++;
      j++;
      lastEnd = j;
    }
    if (count === 0 || onlyOne) return undefined;
    const value = total + group;
    return { value, from: i, to: lastEnd, startOffset: first!.start, base: lastScale > 1 ? base : value, scale: lastScale, yearLike: false, digits: false };
  }

  /** The end offset of a quantity's last token. */
  private endOf(q: Quantity): number {
    return this.tok(q.to - 1)?.end ?? 0;
  }

  /** Percent sign or words right after index `j`: returns the index after them. */
  private percentAt(i: number, j: number): number | undefined {
    if (this.isPunct(i, j, "%٪")) return j + 1;
    for (const p of this.mayStart(i, j, firstWordsOf(PERCENT_WORDS, (words) => words)) ? PERCENT_WORDS : []) {
      const next = this.phrase(i, j, p);
      if (next !== undefined) return next;
    }
    return undefined;
  }

  /** Unit noun at `j` as written ("%" for percentages): skips "من"/"de"/"of". */
  private unitAt(i: number, j: number): string | undefined {
    let t = this.near(i, j);
    if (t && t.kind === "word" && ["من", "de", "d", "of"].includes(t.key)) {
      t = this.near(i, this.skipApostrophes(i, j + 1));
    }
    if (!t || t.kind !== "word" || STOP.has(t.key) || L.MONTHS.has(t.key)) return undefined;
    return t.text;
  }

  /** Range or single quantity at `i` (with the range's own openers), for the bound and plain patterns. */
  private core(i: number): { q: Quantity; q2?: Quantity; next: number; opener?: string } | undefined {
    for (const [opener, joiners] of RANGE_OPENERS) {
      const j = this.phrase(i, i, opener);
      if (j === undefined) continue;
      const r = this.rangeTail(i, this.skipApostrophes(i, j), joiners, true);
      if (r) return { ...r, opener: opener[0] };
    }
    const q = this.quantity(i);
    if (!q) return undefined;
    const alt = this.rangeTail(i, i, [], false, q);
    return alt ?? { q, next: q.to };
  }

  /** "Q1 [unit] و Q2", "Q1 إلى Q2", "Q1 - Q2", "Q1 أو Q2". */
  private rangeTail(i: number, j: number, joiners: string[], opened: boolean, first?: Quantity): { q: Quantity; q2?: Quantity; next: number } | undefined {
    const q1 = first ?? this.approxNoun(j) ?? this.quantity(j);
    if (!q1) return undefined;
    let k = q1.to;
    const tryJoin = (k: number): { q: Quantity; q2: Quantity; next: number } | undefined => {
      const t = this.near(i, k);
      if (!t) return undefined;
      const joinerKeys = opened ? joiners.map(foldKey) : [];
      // و glued to the second number: "بين 21 و41".
      if (opened && joinerKeys.includes("و") && t.kind === "word" && t.key === "و") {
        const q2 = this.quantity(k + 1);
        if (q2) return { q: q1, q2, next: q2.to };
      }
      if (opened && joinerKeys.includes("و") && t.kind === "word" && t.key.startsWith("و") && t.key.length > 1) {
        const q2 = this.quantity(k);
        if (q2) return { q: q1, q2, next: q2.to };
      }
      if (opened && t.kind === "word" && joinerKeys.includes(t.key)) {
        const q2 = this.approxNoun(k + 1) ?? this.quantity(k + 1);
        if (q2) return { q: q1, q2, next: q2.to };
      }
      if (!opened && t.kind === "punct" && t.text === "-" && q1.digits) {
        const q2 = this.quantity(k + 1);
        if (q2 && q2.digits && q2.value > q1.value) return { q: q1, q2, next: q2.to };
      }
      // "aged 21 to 41", "3 à 5 ans", "21 إلى 41": a range when both sides are digits.
      if (!opened && t.kind === "word" && UNOPENED_TO.has(t.key) && q1.digits) {
        const q2 = this.quantity(k + 1);
        if (q2 && q2.digits && q2.value > q1.value && !q2.yearLike === !q1.yearLike) return { q: q1, q2, next: q2.to };
      }
      if (!opened && t.kind === "word" && ALTERNATIVES.has(t.key)) {
        const q2 = this.quantity(k + 1);
        if (q2 && q2.value > q1.value && q2.value <= q1.value * 2 + 10 && q2.digits === q1.digits) return { q: q1, q2, next: q2.to };
      }
      return undefined;
    };
    const direct = tryJoin(k);
    if (direct) return fixScale(direct);
    // A unit noun between the two numbers: "بين 30 سنة و50".
    if (opened && joiners.includes("و")) {
      const u = this.near(i, k);
      if (u && u.kind === "word" && !STOP.has(u.key)) {
        k++;
        const withUnit = tryJoin(k);
        if (withUnit) return fixScale(withUnit);
      }
    }
    return undefined;
  }

  /** French "une dizaine", "un millier": approximate numbers. */
  private approxNoun(i: number): Quantity | undefined {
    const a = this.tok(i);
    const n = this.near(i, i + 1);
    if (!a || !n || !["un", "une"].includes(a.key)) return undefined;
    const v = FR_APPROX_NOUNS.get(n.key);
    if (v === undefined) return undefined;
    return { value: v, from: i, to: i + 2, startOffset: a.start, base: v, scale: 1, approx: true, yearLike: false, digits: false };
  }

  /** Bounded or approximate quantities, and ranges opened by بين/من/entre/between. */
  private qualified(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "word") return undefined;
    let approx = false;
    let j = i;
    let firstWord: string | undefined;
    for (const p of this.mayStart(i, i, firstWordsOf(APPROX_PREFIXES, (words) => words)) ? APPROX_PREFIXES : []) {
      const k = this.phrase(i, i, p);
      if (k !== undefined) {
        approx = true;
        j = k;
        firstWord = p[0];
        break;
      }
    }
    const bound = this.anyPhrase(i, j, BOUND_PREFIXES);
    if (bound && firstWord === undefined) firstWord = BOUND_PREFIXES.find(([words, tag]) => tag === bound.tag && this.phrase(i, i, words) === bound.next)?.[0][0];
    // The span starts after a joined conjunction or preposition: "بأكثر من 20" → "أكثر من 20".
    const start = firstWord && firstWord !== t.key && t.key.endsWith(firstWord) ? offsetInToken(t, t.key.length - firstWord.length) : t.start;
    if (bound) j = this.skipApostrophes(i, bound.next);
    if (!approx && !bound) {
      // Ranges with an opener.
      const c = this.core(i);
      if (c && c.q2) {
        const opener = c.opener ?? t.key;
        return this.emit(i, c, opener !== t.key && t.key.endsWith(opener) ? offsetInToken(t, t.key.length - opener.length) : t.start, false, undefined);
      }
      return undefined;
    }
    const c = this.core(j) ?? (this.approxNoun(j) ? { q: this.approxNoun(j)!, next: j + 2 } : undefined);
    if (!c) return undefined;
    if (c.q.yearLike && !bound && this.yearContext(c.q)) return undefined;
    return this.emit(i, c, start, approx, bound?.tag);
  }

  /** Builds the figure for a quantity or range, with any bound, percent, unit and suffix. */
  private emit(i: number, c: { q: Quantity; q2?: Quantity; next: number }, start: number, approx: boolean, bound: BoundKind | undefined): Match {
    let next = c.next;
    let end = this.tok(next - 1)?.end ?? start;
    let unit: string | undefined;
    const pct = this.percentAt(i, next);
    if (pct !== undefined) {
      unit = "%";
      next = pct;
      end = this.tok(pct - 1)?.end ?? end;
    } else unit = this.unitAt(i, next);
    // Suffixes may follow the unit noun: "عشرين شخصا على الأقل", "40 إقليما تقريبا".
    for (const skip of [0, 1]) {
      const at = next + skip;
      if (skip === 1 && !(this.near(i, next)?.kind === "word" && !STOP.has(this.near(i, next)!.key))) break;
      const suffix = bound === undefined ? this.anyPhrase(i, at, BOUND_SUFFIXES) : undefined;
      if (suffix && !c.q2) {
        bound = suffix.tag;
        end = this.tok(suffix.next - 1)?.end ?? end;
        next = suffix.next;
        break;
      }
      const ap = this.mayStart(i, at, firstWordsOf(APPROX_SUFFIXES, (words) => words)) ? APPROX_SUFFIXES.map((p) => this.phrase(i, at, p)).find((x) => x !== undefined) : undefined;
      if (ap !== undefined && skip === 0) {
        approx = true;
        end = this.tok(ap - 1)?.end ?? end;
        next = ap;
        break;
      }
      if (ap !== undefined) {
        approx = true;
        break;
      }
    }
    const q = c.q;
    const base: Omit<Figure, "sentence" | "text"> = { start, end, kind: "number" };
    if (unit) base.unit = unit;
    if (approx || q.approx || c.q2?.approx) base.approx = true;
    if (c.q2) {
      return { figures: [{ ...base, kind: "range", min: q.value, max: c.q2.value }], next };
    }
    if (bound) {
      const f = { ...base, kind: "bound" as const };
      if (bound === ">" || bound === ">=") Object.assign(f, { min: q.value, minExclusive: bound === ">" });
      else Object.assign(f, { max: q.value, maxExclusive: bound === "<" });
      return { figures: [f], next };
    }
    return { figures: [{ ...base, value: q.value }], next };
  }

  /** Whether a four-digit number reads as a year where it stands. */
  private yearContext(q: Quantity): boolean {
    let p = q.from - 1;
    const glued = this.tok(q.from)?.gap === "" ? this.near(q.from, p) : undefined;
    if (glued && glued.kind === "word" && L.AR_NUMBER_PREFIXES.concat(["ال"]).includes(glued.key)) {
      if (glued.key === "و") {
        const prevFig = this.out[this.out.length - 1];
        if (prevFig && prevFig.kind === "date" && prevFig.date && /^\d{4}$/.test(prevFig.date)) return true;
      }
      if (glued.key === "ل" || glued.key === "ب") {
        const before = this.near(q.from, p - 1);
        if (before && YEAR_CONTEXT.has(before.key)) return true;
      }
      p--;
    }
    p = this.skipBackApostrophes(p);
    const prev = this.near(q.from, p);
    if (prev && prev.kind === "word" && (YEAR_CONTEXT.has(prev.key) || YEAR_CONTEXT.has(stripPrefix(prev.key, L.AR_PREFIXES)))) return true;
    if (prev && prev.kind === "word" && (prev.key === "de" || prev.key === "of")) {
      const pp = this.near(q.from, this.skipBackApostrophes(p - 1));
      if (pp && YEAR_CONTEXT.has(pp.key)) return true;
    }
    // A recent year closing a clause ("2018, 45.000", "… 2017.") is a date, not a count.
    const next = this.near(q.from, q.to);
    return q.value >= 1950 && q.value <= 2050 && (!next || (next.kind === "punct" && ".,،;:)".includes(next.text)));
  }

  private skipBackApostrophes(p: number): number {
    while (p >= 0 && "'’`".includes(this.tok(p)?.text ?? "x")) p--;
    return p;
  }

  /** Plain quantities: digits or words, possibly a range by "-", "أو", "ou", "or". */
  private plain(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t) return undefined;
    // Ordinal digits: 5e, 2ème, 21st, 1er; الـ19 after a definite noun.
    if (t.kind === "num" && /^\d{1,4}$/.test(t.key)) {
      const suf = this.near(i, i + 1);
      if (suf && suf.gap === "" && suf.kind === "word" && ORDINAL_SUFFIXES.has(suf.key)) {
        return { figures: [{ start: t.start, end: suf.end, kind: "ordinal", value: Number(t.key) }], next: i + 2 };
      }
      const art = this.tok(i - 1);
      const before = this.tok(i - 2);
      if (art && t.gap === "" && art.kind === "word" && art.key === "ال" && before && before.kind === "word" && before.key.startsWith("ال") && this.near(i, i + 1)?.kind !== "num") {
        return { figures: [{ start: t.start, end: t.end, kind: "ordinal", value: Number(t.key) }], next: i + 1 };
      }
    }
    if (t.kind === "word" && LATIN_LETTER.test(t.text)) {
      const compound = this.frenchOrdinal(i);
      if (compound) return compound;
    }
    const c = this.core(i);
    if (!c) return undefined;
    const q = c.q;
    if (!c.q2 && q.digits) {
      // Hijri year: "1440 هـ".
      const mark = this.near(i, q.to);
      if (q.to === q.from + 1 && mark && mark.kind === "word" && HIJRI_MARKS.has(mark.key) && /^\d{3,4}$/.test(this.tok(q.from)!.key)) {
        return { figures: [{ start: this.tok(q.from)!.start, end: mark.end, kind: "date", hijri: this.tok(q.from)!.key }], next: q.to + 1 };
      }
      if (q.yearLike && this.yearContext(q)) {
        const tk = this.tok(q.from)!;
        return { figures: [{ start: tk.start, end: tk.end, kind: "date", date: tk.key }], next: q.to };
      }
    }
    return this.emit(i, c, q.startOffset, false, undefined);
  }

  // --- vague quantities, ordinals, duals -------------------------------------------------------

  private vague(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "word") return undefined;
    const mk = (start: number, endTok: number, min: number, max: number): Match => {
      const end = this.tok(endTok)?.end ?? t.end;
      const f: Omit<Figure, "sentence" | "text"> = { start, end, kind: "vague", min, max };
      const unit = this.unitAt(i, endTok + 1);
      if (unit) f.unit = unit;
      return { figures: [f], next: endTok + 1 };
    };
    if (ARABIC_LETTER.test(t.text)) {
      let key = t.key;
      let start = t.start;
      if (!VAGUE_AR.has(key)) {
        const s = stripPrefix(key, L.AR_NUMBER_PREFIXES);
        if (!VAGUE_AR.has(s)) return undefined;
        start = offsetInToken(t, key.length - s.length);
        key = s;
      }
      const range = VAGUE_AR.get(key)!;
      // "عشرات الآلاف": tens of thousands.
      const n = this.near(i, i + 1);
      const nk = n?.kind === "word" ? n.key : "";
      const mult = nk === foldKey("الآلاف") || nk === foldKey("آلاف") ? 1e3 : nk === foldKey("الملايين") || nk === foldKey("ملايين") ? 1e6 : 1;
      if (mult > 1 && range[1] < 1000) return mk(start, i + 1, range[0] * mult, (range[1] + 1) * mult - 1);
      return mk(start, i, range[0], range[1]);
    }
    // French and English: "des dizaines de milliers", "plusieurs milliers", "dozens", "tens of thousands".
    const range = VAGUE_LATIN.get(t.key);
    if (range) {
      if (t.key === "tens" && !(this.isWord(i, i + 1, keys("of")) && this.isWord(i, i + 2, keys("thousands millions")))) return undefined;
      if (t.key === "millions" && this.tok(i - 1)?.kind === "num") return undefined;
      const prev = this.tok(i - 1);
      const start = prev && prev.kind === "word" && ["des", "plusieurs", "quelques"].includes(prev.key) ? prev.start : t.start;
      const of = this.near(i, i + 1);
      const big = this.near(i, i + 2);
      if (of && big && (of.key === "de" || of.key === "d" || of.key === "of") && (big.key === "milliers" || big.key === "thousands" || big.key === "millions")) {
        const mult = big.key === "millions" ? 1e6 : 1e3;
        return mk(start, i + 2, range[0] * mult, (range[1] + 1) * mult - 1);
      }
      return mk(start, i, range[0], range[1]);
    }
    const ap = this.approxNoun(i);
    if (ap) {
      return this.emit(i, { q: ap, next: ap.to }, t.start, true, undefined);
    }
    return undefined;
  }

  private ordinal(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "word") return undefined;
    const prev = this.tok(i - 1);
    const next = this.near(i, i + 1);
    const mk = (start: number, end: number, value: number, kind: FigureKind = "ordinal", nextIdx = i + 1): Match => ({
      figures: [{ start, end, kind, value }],
      next: nextIdx,
    });
    if (ARABIC_LETTER.test(t.text)) {
      const key = stripPrefix(t.key, L.AR_NUMBER_PREFIXES);
      const start = t.start + (key === t.key ? 0 : offsetInToken(t, t.key.length - key.length) - t.start);
      if (prev && prev.kind === "word" && NOT_ORDINAL_AFTER.has(prev.key)) return undefined;
      const ord = L.AR_ORDINALS.get(key);
      if (ord !== undefined) {
        // الحادي عشر, الثانية عشرة …; الحادي والعشرون.
        if (next && L.AR_TEN.has(next.key)) return mk(start, next.end, 10 + ord, "ordinal", i + 2);
        if (next && next.key.startsWith("و") && L.AR_ARTICLE_TENS.has(next.key.slice(1))) {
          return mk(start, next.end, ord + (L.AR_ARTICLE_TENS.get(next.key.slice(1)) ?? 0), "ordinal", i + 2);
        }
        if (key === foldKey("الحادي") || key === foldKey("الحادية")) return undefined;
        return mk(start, t.end, ord);
      }
      const card = L.AR_ARTICLE_UNITS.get(key);
      if (card !== undefined) {
        if (next && L.AR_TEN.has(stripPrefix(next.key, ["ال"])) && card >= 3) return mk(start, next.end, 10 + card, "number", i + 2);
        return mk(start, t.end, card, "number");
      }
      const tens = L.AR_ARTICLE_TENS.get(key);
      if (tens !== undefined) {
        const nounAfter = next && next.kind === "word" && !STOP.has(next.key);
        return mk(start, t.end, tens, nounAfter ? "number" : "ordinal");
      }
      const cons = L.AR_CONSTRUCT_ORDINALS.get(key);
      if (cons !== undefined && next && next.kind === "word" && next.gap !== "" && next.key !== "امس" && !STOP.has(next.key)) {
        return mk(start, t.end, cons);
      }
      return undefined;
    }
    // French.
    const fr = L.FR_ORDINALS.get(t.key);
    if (fr !== undefined && this.langOf(i) !== "en") {
      if (fr === 1 && next && FR_TITLES.has(next.key)) return undefined;
      if (fr === 2 && (t.key === "second" || t.key === "seconde") && !(prev && ["le", "la", "l"].includes(prev.key))) return undefined;
      return mk(t.start, t.end, fr);
    }
    const en = L.EN_ORDINALS.get(t.key);
    if (en !== undefined) {
      if (en === 2 && !(prev && prev.key === "the")) return undefined;
      return mk(t.start, t.end, en);
    }
    // Roman numerals after "acte", "tome": "acte IV".
    if (prev && prev.kind === "word" && ROMAN_HEADS.has(prev.key) && ROMAN.has(t.key) && t.text === t.text.toUpperCase()) {
      return mk(t.start, t.end, ROMAN.get(t.key) ?? 0);
    }
    return undefined;
  }

  /** French compound ordinals: "vingt et unième", "quatre-vingt-dixième". */
  private frenchOrdinal(i: number): Match | undefined {
    const t = this.tok(i);
    const fw = this.frenchWords(i);
    if (!t || !fw) return undefined;
    let k = fw.to;
    if (this.near(i, k)?.key === "et" || this.near(i, k)?.text === "-") k++;
    const tail = this.near(i, k);
    const tv = tail ? L.FR_ORDINAL_TAILS.get(tail.key) : undefined;
    if (!tail || tv === undefined) return undefined;
    return { figures: [{ start: t.start, end: tail.end, kind: "ordinal", value: fw.value + tv }], next: k + 1 };
  }

  private dual(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "word" || !ARABIC_LETTER.test(t.text)) return undefined;
    if (L.NOT_DUALS.has(t.key) || L.NOT_DUALS.has(stripPrefix(t.key, L.AR_PREFIXES))) return undefined;
    for (const key of candidates(t.key)) {
      const suffix = key.endsWith("ان") ? "ان" : key.endsWith("ين") ? "ين" : undefined;
      if (!suffix) continue;
      const stem = key.slice(0, -2);
      const noun = L.DUAL_STEMS.get(stem);
      if (!noun || (noun.plural && suffix === "ين")) continue;
      // "يومي 11 و12" is a construct dual followed by what it counts; the ين/ان forms are not.
      // The span keeps the article (المواطنان) and drops joined conjunctions and prepositions.
      const prefix = t.key.slice(0, t.key.length - key.length);
      const cut = prefix.endsWith("ال") ? prefix.length - 2 : prefix === "لل" ? 1 : prefix.length;
      const start = cut === 0 ? t.start : offsetInToken(t, cut);
      // An adjective agreeing with a dual ("المواطنان المغربيان") repeats the same two.
      const last = this.out[this.out.length - 1];
      if (last && last.value === 2 && last.end === this.tok(i - 1)?.end && last.unit === this.tok(i - 1)?.text) return undefined;
      return { figures: [{ start, end: t.end, kind: "number", value: 2, unit: t.text }], next: i + 1 };
    }
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------

function fixScale(r: { q: Quantity; q2: Quantity; next: number }): { q: Quantity; q2: Quantity; next: number } {
  // "بين 2 و3 ملايين": the scale of the second number applies to the first.
  if (r.q2.scale > 1 && r.q.scale === 1 && r.q.value < r.q2.base) {
    return { ...r, q: { ...r.q, value: r.q.value * r.q2.scale, scale: r.q2.scale } };
  }
  return r;
}

function scaleOf(key: string): number | undefined {
  const ar = L.AR_SCALES.get(key);
  if (ar !== undefined) return ar;
  const fr = L.FR_SCALES.get(key);
  if (fr !== undefined && fr >= 1e3) return fr;
  const en = L.EN_SCALES.get(key);
  if (en !== undefined && en >= 1e3) return en;
  return undefined;
}

function isArabicNumberWord(key: string): boolean {
  return (
    L.AR_UNITS.has(key) ||
    L.AR_TEEN_HEADS.has(key) ||
    L.AR_TENS.has(key) ||
    L.AR_HUNDREDS.has(key) ||
    L.AR_SCALES.has(key) ||
    L.AR_SCALE_DUALS.has(key) ||
    key === foldKey("نصف")
  );
}

/** The key without its longest matching prefix (when something is left). */
const firstWords = new WeakMap<object, ReadonlySet<string>>();

/** The first words of a list of phrases, computed once per list. */
function firstWordsOf<E>(list: readonly E[], words: (entry: E) => readonly string[]): ReadonlySet<string> {
  let set = firstWords.get(list);
  if (!set) firstWords.set(list, (set = new Set(list.map((entry) => words(entry)[0] ?? ""))));
  return set;
}

function stripPrefix(key: string, prefixes: readonly string[]): string {
  for (const p of prefixes) {
    if (key.length > p.length + 1 && key.startsWith(p)) return key.slice(p.length);
  }
  return key;
}

/** A word and its forms without each possible joined prefix. */
function candidates(key: string): string[] {
  const out = [key];
  for (const p of L.AR_PREFIXES) {
    if (key.length > p.length + 2 && key.startsWith(p)) out.push(key.slice(p.length));
  }
  return out;
}

/** Arabic when Arabic letters dominate; else French or English by their function words. */
function detectLang(sentence: string): Lang {
  let ar = 0;
  let latin = 0;
  // ARABIC_LETTER and LATIN_LETTER by code unit ranges: this runs on every sentence read.
  for (let k = 0; k < sentence.length; k++) {
    const c = sentence.charCodeAt(k);
    if (c >= 0x0600 && c <= 0x06ff) ar++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (ar >= latin) return "ar";
  const words = sentence.toLowerCase().split(/[^a-zà-ÿ]+/);
  let fr = 0;
  let en = 0;
  for (const w of words) {
    if (FR_HINTS.has(w)) fr++;
    if (EN_HINTS.has(w)) en++;
  }
  return en > fr ? "en" : "fr";
}
const FR_HINTS = new Set("le la les des du et est une un pour dans sur avec au aux été sont ont par qui que mois année ans hier personnes selon".split(" "));
const EN_HINTS = new Set("the of and is was were to in with for at by from people year years said last this more than".split(" "));
