/**
 * When two metric names are probably one metric written two ways: a typo (`cells_dismantled` /
 * `cells_dismanteld`), a plural (`cell` / `cells`, `خلية` / `خلايا`), or the same words in another
 * order (`cells_dismantled` / `dismantled_cells`). Names are compared folded (see text/fold), so
 * case, Arabic letter variants and marks never count as a difference: such names already name the
 * same quantity.
 */
import { editDistance } from "../syntax/fieldNames";
import { foldKey } from "../text/fold";

export type Likeness = "order" | "plural" | "spelling";

/** The words of a folded metric name: split on `_`, `-`, `.` and spaces. */
export function metricWords(folded: string): string[] {
  return folded.split(/[_\-. ]+/u).filter((w) => w.length > 0);
}

// A few Arabic broken plurals frequent in security news, folded (ة is folded to ه).
const ARABIC_PLURALS = new Map<string, string>(
  [
    ["خلايا", "خلية"],
    ["قتلى", "قتيل"],
    ["جرحى", "جريح"],
    ["أشخاص", "شخص"],
    ["أسلحة", "سلاح"],
    ["عمليات", "عملية"],
    ["مقاتلين", "مقاتل"],
    ["ضحايا", "ضحية"],
    ["هجمات", "هجوم"],
    ["سنوات", "سنة"],
  ].map(([plural, singular]) => [foldKey(plural ?? ""), foldKey(singular ?? "")]),
);

const ARABIC = /[\u0600-\u06ff]/u;

/**
 * A word reduced to a rough singular without its Arabic article, so that plurals meet: English
 * and French `-s`, `-es`, `-ies`, `-aux`; Arabic sound plurals (`-ات`, `-ون`, `-ين`) and a short
 * list of broken plurals. Rough on purpose: it only ever decides whether to show a hint.
 */
export function stem(word: string): string {
  if (ARABIC.test(word)) {
    let w = word.length >= 4 && word.startsWith("ال") ? word.slice(2) : word;
    const broken = ARABIC_PLURALS.get(w);
    if (broken) return broken;
    if (w.length >= 5 && w.endsWith("ات")) w = `${w.slice(0, -2)}ه`;
    else if (w.length >= 5 && (w.endsWith("ون") || w.endsWith("ين"))) w = w.slice(0, -2);
    return ARABIC_PLURALS.get(w) ?? w;
  }
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith("aux")) return `${word.slice(0, -3)}al`;
  if (word.length > 4 && /(?:ss|x|ch|sh)es$/u.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !/(?:ss|us|is)$/u.test(word)) return word.slice(0, -1);
  return word;
}

/** A folded metric name taken apart once, so that comparing it with many others is cheap. */
export interface MetricShape {
  readonly folded: string;
  readonly words: readonly string[];
  readonly stems: readonly string[];
  /** Stems in order, joined by `_`: equal for plural variants. */
  readonly stemmed: string;
  /** Stems sorted: equal for the same words in another order. */
  readonly sorted: string;
  /** Stems joined with no separator: equal when only separators differ. */
  readonly joined: string;
  /** Words joined with no separator, unstemmed. */
  readonly plain: string;
}

export function shapeOf(folded: string): MetricShape {
  const words = metricWords(folded);
  const stems = words.map(stem);
  return { folded, words, stems, stemmed: stems.join("_"), sorted: [...stems].sort().join("_"), joined: stems.join(""), plain: words.join("") };
}

/**
 * Keys under which a name's shape is filed so that every name it may look like (see
 * {@link likeness}) shares at least one: the same stems, the same stems sorted, the same letters
 * without separators, or all stems but one the same. Comparing a new name with the names under
 * its keys, not with every name in use, keeps 20,000 distinct names near-linear.
 */
export function lookalikeKeys(shape: MetricShape): string[] {
  if (shape.words.length === 0) return [];
  const keys = [`s\u0000${shape.stemmed}`, `o\u0000${shape.stems.length}\u0000${shape.sorted}`, `j\u0000${shape.joined}`, `p\u0000${shape.plain}`];
  for (let i = 0; i < shape.stems.length; i++) {
    const x = shape.stems[i] ?? "";
    // A stem that cannot be a spelling variant (see likeness) files no keys of its own.
    if (x.length < 4 || /\p{N}/u.test(x)) continue;
    const rest = shape.stems.map((y, j) => (j === i ? "\u0001" : y)).join("\u0000");
    // Two stems within the edit distance likeness allows (1, or 2 from 8 letters) share a form
    // with at most that many letters deleted from each.
    for (const variant of deletions(x, x.length >= 8 ? 2 : 1)) keys.push(`d\u0000${i}\u0000${rest}\u0000${variant}`);
  }
  return keys;
}

/** `word` with up to `depth` of its letters deleted, each form once. */
function deletions(word: string, depth: number): Set<string> {
  const out = new Set([word]);
  let layer = [word];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of layer) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    layer = next;
  }
  return out;
}

/**
 * How two different folded metric names look alike, or undefined when they are different
 * metrics. Words that differ by a digit (`cells_2017` / `cells_2018`) or short words
 * (`age_min` / `age_max`) are different metrics, not typos.
 */
export function likeness(a: MetricShape, b: MetricShape): Likeness | undefined {
  if (a.folded === b.folded || a.words.length === 0 || b.words.length === 0) return undefined;
  if (a.stemmed === b.stemmed) return a.words.join("") === b.words.join("") ? "spelling" : "plural";
  if (a.stems.length === b.stems.length && a.sorted === b.sorted) return "order";
  // Separators dropped or added (`cellsdismantled`).
  if (a.joined === b.joined || a.plain === b.plain) return "spelling";
  if (a.stems.length !== b.stems.length || Math.abs(a.joined.length - b.joined.length) > 2) return undefined;
  let differing = -1;
  for (let i = 0; i < a.stems.length; i++) {
    if (a.stems[i] === b.stems[i]) continue;
    if (differing >= 0) return undefined;
    differing = i;
  }
  const x = a.stems[differing] ?? "";
  const y = b.stems[differing] ?? "";
  if (/\p{N}/u.test(x) || /\p{N}/u.test(y)) return undefined;
  const shortest = Math.min(x.length, y.length);
  if (shortest < 4) return undefined;
  return editDistance(x, y) <= (shortest >= 8 ? 2 : 1) ? "spelling" : undefined;
}
