/** Quantities with what surrounds them: bounds, approximations, ranges, percentages, units, years. */
import { foldKey } from "../fold";
import * as L from "../lexicon";
import { offsetInToken, type Token } from "../tokens";
import type { Figure, Match, Quantity } from "./figureTypes";
import { ImplicitOneReader } from "./implicitOnes";
import {
  ALTERNATIVES,
  APPROX_PREFIXES,
  AMOUNT_NOUNS,
  APPROX_SUFFIXES,
  BELOW_ZERO,
  BOUND_PREFIXES,
  BOUND_SUFFIXES,
  FR_APPROX_NOUNS,
  PERCENT_WORDS,
  RANGE_OPENERS,
  REACH_WORDS,
  STOP,
  UNOPENED_TO,
  YEAR_CONTEXT,
  type BoundKind,
} from "./wordLists";
import { firstWordsOf, stripPrefix } from "./wordForms";

/** Bounded, approximate and ranged quantities, and the figure built from a quantity. */
export abstract class QuantityReader extends ImplicitOneReader {
  /** The last core read, and the index it was read at. */
  private coreIndex = -1;
  private coreRead: Core | undefined;

  /** The end offset of a quantity's last token. */
  private endOf(q: Quantity): number {
    return this.tok(q.to - 1)?.end ?? 0;
  }

  /** Percent sign or words right after index `j`: returns the index after them. */
  private percentAt(i: number, j: number): number | undefined {
    if (this.isPunct(i, j, "%٪")) return j + 1;
    for (const p of this.mayStart(i, j, PERCENT_FIRST) ? PERCENT_WORDS : []) {
      const next = this.phrase(i, j, p);
      if (next !== undefined) return next;
    }
    return undefined;
  }

  /** Unit noun at `j` as written ("%" for percentages): skips "من"/"de"/"of". */
  protected unitAt(i: number, j: number): string | undefined {
    let t = this.near(i, j);
    if (t && t.kind === "word" && ["من", "de", "d", "of"].includes(t.key)) {
      t = this.near(i, this.skipApostrophes(i, j + 1));
    }
    if (!t || t.kind !== "word" || STOP.has(t.key) || L.MONTHS.has(t.key)) return undefined;
    return t.text;
  }

  /** Range or single quantity at `i` (with the range's own openers), for the bound and plain patterns. */
  protected core(i: number): Core | undefined {
    // The bound and the plain patterns both ask for the core at the same word: it is read once.
    if (i !== this.coreIndex) {
      this.coreIndex = i;
      this.coreRead = this.readCore(i);
    }
    return this.coreRead;
  }

  private readCore(i: number): Core | undefined {
    for (const [opener, joiners] of this.mayStart(i, i, OPENER_WORDS) ? RANGE_OPENERS : []) {
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
      // A hyphen or an en dash, glued or with spaces around it: «21-41», «1000 – 5000».
      if (!opened && t.kind === "punct" && (t.text === "-" || t.text === "\u2013") && q1.digits) {
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
  protected approxNoun(i: number): Quantity | undefined {
    const a = this.tok(i);
    const n = this.near(i, i + 1);
    if (!a || !n || !["un", "une"].includes(a.key)) return undefined;
    const v = FR_APPROX_NOUNS.get(n.key);
    if (v === undefined) return undefined;
    return { value: v, from: i, to: i + 2, startOffset: a.start, base: v, scale: 1, approx: true, yearLike: false, digits: false };
  }

  /** Bounded or approximate quantities, and ranges opened by بين/من/entre/between. */
  protected qualified(i: number): Match | undefined {
    const t = this.tok(i);
    // Words open bounds, and so do the signs > < ≥ ≤ ~ (a number opens nothing).
    if (!t || t.kind === "num") return undefined;
    // Most words open no bound and no approximation: only a range can still start at them.
    if (!QUALIFIER_HEADS.has(t.key) && !QUALIFIER_HEADS.has(this.bare(i))) return this.openedRange(i, t);
    let approx = false;
    let j = i;
    let firstWord: string | undefined;
    for (const p of this.mayStart(i, i, APPROX_PREFIX_FIRST) ? APPROX_PREFIXES : []) {
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
    if (!approx && !bound) return this.openedRange(i, t);
    if (bound && firstWord && REACH_WORDS.has(firstWord) && !this.reachBounds(i, t, firstWord)) return undefined;
    let c: Core | undefined = this.core(j) ?? (this.approxNoun(j) ? { q: this.approxNoun(j)!, next: j + 2 } : undefined);
    if (!c) return undefined;
    if (c.q.yearLike && !bound && this.yearContext(c.q)) return undefined;
    if (bound && !c.q2) c = this.twoSided(i, c, bound.tag) ?? c;
    return this.emit(i, c, start, approx, bound?.tag);
  }

  /** Whether «يصل إلى» at `i` bounds what follows: not after ل (ليصل, to reach) nor after the amount it states (بقيمة تصل إلى). */
  private reachBounds(i: number, t: Token, word: string): boolean {
    if (t.key !== word && t.key.slice(0, t.key.length - word.length).endsWith("ل")) return false;
    for (let k = i - 1; k >= i - 4; k--) {
      const w = this.near(i, k);
      if (w && w.kind === "word" && (AMOUNT_NOUNS.has(w.key) || AMOUNT_NOUNS.has(stripPrefix(w.key, L.AR_PREFIXES)))) return false;
    }
    return true;
  }

  /**
   * A bound followed by the bound on the other side of the same quantity, «أكثر من 18 وأقل من
   * 30», «au moins 5 et au plus 10», «> 10 و < 20»: one interval, each end with its own flag. A
   * unit noun may stand after the first number only when the second has the same one or none
   * («plus de 10 morts et moins de 20 blessés» are two quantities).
   */
  private twoSided(i: number, c: Core, first: BoundKind): Core | undefined {
    const lowerFirst = first === ">" || first === ">=";
    for (const unitBetween of [false, true]) {
      let k = c.next;
      const unit = unitBetween ? this.near(i, k) : undefined;
      if (unitBetween) {
        if (!unit || unit.kind !== "word" || STOP.has(unit.key)) return undefined;
        k++;
      }
      const joiner = this.near(i, k);
      if (!joiner) return undefined;
      // The joiner is a word of its own (و, et, and, but, a comma) or و glued to the next bound (وأقل).
      if (TWO_SIDED_JOINERS.has(joiner.key) || joiner.text === ",") k++;
      else if (!(joiner.kind === "word" && joiner.key.startsWith("و") && this.bare(k) !== joiner.key)) continue;
      const second = this.anyPhrase(i, k, BOUND_PREFIXES);
      if (!second || (second.tag === ">" || second.tag === ">=") === lowerFirst) continue;
      const q2 = this.quantity(this.skipApostrophes(i, second.next));
      if (!q2) continue;
      if (unit && this.unitAt(i, q2.to) !== undefined && this.near(i, q2.to)?.key !== unit.key) return undefined;
      const [lower, upper, lowKind, highKind] = lowerFirst ? [c.q, q2, first, second.tag] : [q2, c.q, second.tag, first];
      if (lower.value >= upper.value) return undefined;
      return { q: lower, q2: upper, next: q2.to, ends: { minExclusive: lowKind === ">", maxExclusive: highKind === "<" } };
    }
    return undefined;
  }

  /** Ranges with an opener: "بين 21 و41", "entre 3 et 5". */
  private openedRange(i: number, t: Token): Match | undefined {
    const c = this.core(i);
    if (!c || !c.q2) return undefined;
    const opener = c.opener ?? t.key;
    return this.emit(i, c, opener !== t.key && t.key.endsWith(opener) ? offsetInToken(t, t.key.length - opener.length) : t.start, false, undefined);
  }

  /** Builds the figure for a quantity or range, with any bound, percent, unit and suffix. */
  protected emit(i: number, c: Core, start: number, approx: boolean, bound: BoundKind | undefined): Match {
    let next = c.next;
    let end = this.tok(next - 1)?.end ?? start;
    let unit: string | undefined;
    const pct = this.percentAt(i, next);
    if (pct !== undefined) {
      unit = "%";
      next = pct;
      end = this.tok(pct - 1)?.end ?? end;
    } else unit = c.q.unit ?? this.unitAt(i, next);
    // Suffixes may follow the unit noun: "عشرين شخصا على الأقل", "40 إقليما تقريبا", and a name
    // quoted after the noun: «وعشر عربات « ريكشو » على الأقل».
    const hasUnit = this.near(i, next)?.kind === "word" && !STOP.has(this.near(i, next)!.key);
    const afterName = hasUnit ? this.quotedNameEnd(i, next + 1) : undefined;
    for (const skip of afterName !== undefined ? [0, 1, afterName - next] : [0, 1]) {
      const at = next + skip;
      if (skip > 0 && !hasUnit) break;
      const suffix = bound === undefined ? this.anyPhrase(i, at, BOUND_SUFFIXES) : undefined;
      if (suffix && !c.q2) {
        bound = suffix.tag;
        end = this.tok(suffix.next - 1)?.end ?? end;
        next = suffix.next;
        break;
      }
      const ap = this.mayStart(i, at, APPROX_SUFFIX_FIRST) ? APPROX_SUFFIXES.map((p) => this.phrase(i, at, p)).find((x) => x !== undefined) : undefined;
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
    let q = c.q;
    const below = c.q2 ? undefined : this.belowZero(i, next);
    if (below !== undefined && q.value > 0) {
      q = { ...q, value: -q.value };
      next = below;
      end = this.tok(below - 1)?.end ?? end;
    }
    const base: Omit<Figure, "sentence" | "text"> = { start, end, kind: "number" };
    if (unit) base.unit = unit;
    if (approx || q.approx || c.q2?.approx) base.approx = true;
    if (q.implicit || c.q2?.implicit) base.implicit = true;
    if (c.q2) {
      return { figures: [{ ...base, kind: "range", min: q.value, max: c.q2.value, ...c.ends }], next };
    }
    if (bound) {
      const f = { ...base, kind: "bound" as const };
      if (bound === ">" || bound === ">=") Object.assign(f, { min: q.value, minExclusive: bound === ">" });
      else Object.assign(f, { max: q.value, maxExclusive: bound === "<" });
      return { figures: [f], next };
    }
    return { figures: [{ ...base, value: q.value }], next };
  }

  /** The index after a name of at most four words between « and » starting at `j`. */
  private quotedNameEnd(i: number, j: number): number | undefined {
    if (!this.isPunct(i, j, "«\"")) return undefined;
    for (let k = j + 1; k <= j + 5; k++) {
      const t = this.near(i, k);
      if (!t) return undefined;
      if (t.kind === "punct") return t.text === "»" || t.text === "\"" ? k + 1 : undefined;
    }
    return undefined;
  }

  /** The index after «تحت الصفر», «sous zéro» at `j` or after the unit noun at `j`. */
  private belowZero(i: number, j: number): number | undefined {
    for (const at of [j, j + 1]) {
      if (at > j && !(this.near(i, j)?.kind === "word")) break;
      if (!this.mayStart(i, at, BELOW_ZERO_FIRST)) continue;
      const end = BELOW_ZERO.map((p) => this.phrase(i, at, p)).find((x) => x !== undefined);
      if (end !== undefined) return end;
    }
    return undefined;
  }

  /** Whether a four-digit number reads as a year where it stands. */
  protected yearContext(q: Quantity): boolean {
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
}

// The first words of each phrase list, for the cheap test before trying its phrases one by one.
const OPENER_WORDS = firstWordsOf(RANGE_OPENERS, (entry) => entry[0]);
const PERCENT_FIRST = firstWordsOf(PERCENT_WORDS, (words) => words);
const APPROX_PREFIX_FIRST = firstWordsOf(APPROX_PREFIXES, (words) => words);
const APPROX_SUFFIX_FIRST = firstWordsOf(APPROX_SUFFIXES, (words) => words);
const BELOW_ZERO_FIRST = firstWordsOf(BELOW_ZERO, (words) => words);
/** Every word a bound, an approximation or an opened range starts with. */
const QUALIFIER_HEADS = new Set([...APPROX_PREFIX_FIRST, ...firstWordsOf(BOUND_PREFIXES, (entry) => entry[0]), ...OPENER_WORDS]);

/** A quantity, or a range of two, with the index after it and the opener that started the range. */
interface Core {
  q: Quantity;
  q2?: Quantity;
  next: number;
  opener?: string;
  /** For an interval made of two bounds: whether each end is excluded. */
  ends?: { minExclusive: boolean; maxExclusive: boolean };
}

/** What joins the two bounds of one interval. */
const TWO_SIDED_JOINERS = new Set(["و", "et", "and", "but", "mais"]);

function fixScale(r: { q: Quantity; q2: Quantity; next: number }): { q: Quantity; q2: Quantity; next: number } {
  // "بين 2 و3 ملايين": the scale of the second number applies to the first.
  if (r.q2.scale > 1 && r.q.scale === 1 && r.q.value < r.q2.base) {
    return { ...r, q: { ...r.q, value: r.q.value * r.q2.scale, scale: r.q2.scale } };
  }
  return r;
}
