/**
 * Fractions read as values: «ثلث السكان», «ثلثا الأعضاء», «ثلاثة أرباع الصادرات», «un quart des
 * élèves», «la moitié des lits», «a third of», «half a million», «1/3». Each is read only where a
 * fraction is the sole reading: «الربع الأول» (a quarter of the year, with the article) and «ربع
 * النهائي» are not, «خمس» is five unless a definite noun follows it, and French and English
 * fractions need the «de»/«of» of what they divide («un cinquième mandat» is an ordinal).
 */
import { foldKey } from "../fold";
import * as L from "../lexicon";
import { offsetInToken } from "../tokens";
import type { Quantity } from "./figureTypes";
import { NumberWordReader } from "./numberWords";
import { keys, STOP } from "./wordLists";

/** Quantities that are fractions, tried before the numbers of the layer below. */
export abstract class FractionReader extends NumberWordReader {
  protected override quantity(i: number): Quantity | undefined {
    return this.fraction(i) ?? super.quantity(i);
  }

  private fraction(i: number): Quantity | undefined {
    const t = this.tok(i);
    if (!t) return undefined;
    if (t.kind === "num") return this.digitFraction(i);
    if (t.kind !== "word") return undefined;
    if (this.arabic(i)) return this.arabicFraction(i);
    return this.langOf(i) === "en" ? this.englishFraction(i) : this.frenchFraction(i);
  }

  /** «1/3», «3/4»: a smaller number over one of two to ten, glued, neither a date (1/3/2020) nor a round of a cup («1/4 de finale»). */
  private digitFraction(i: number): Quantity | undefined {
    const a = this.tok(i)!;
    const bar = this.near(i, i + 1);
    const b = this.near(i, i + 2);
    if (!bar || !b || bar.text !== "/" || bar.gap !== "" || b.kind !== "num" || b.gap !== "" || !/^\d{1,2}$/.test(a.key) || !/^\d{1,2}$/.test(b.key)) return undefined;
    const [num, den] = [Number(a.key), Number(b.key)];
    if (num < 1 || den < 2 || den > 10 || num >= den) return undefined;
    if (this.isPunct(i, i - 1, "/") || this.isPunct(i, i + 3, "/")) return undefined;
    if (this.isWord(i, i + 3, FINALE) || (this.isWord(i, i + 3, FR_OF) && this.isWord(i, i + 4, FINALE))) return undefined;
    return fraction(num / den, i, i + 3, a.start, true);
  }

  private arabicFraction(i: number): Quantity | undefined {
    const t = this.tok(i)!;
    const key = this.bare(i);
    const start = key === t.key ? t.start : offsetInToken(t, t.key.length - key.length);
    const next = this.near(i, i + 1);
    if (!next || next.kind !== "word") return undefined;
    const value = L.AR_VALUE_FRACTIONS.get(key);
    if (value !== undefined) {
      // A scale after it is read by the number words (نصف مليون); نهائي makes a round of a cup.
      if (L.AR_SCALES.has(next.key) || NOT_A_FRACTION_BEFORE.has(next.key)) return undefined;
      const definite = next.key.startsWith("ال") && next.key.length > 3;
      // خمس before a definite noun, or before a noun a demonstrative defines (خمس أرباح هذه الشركة), is a fifth.
      const ok = key === FIFTH ? definite || (!STOP.has(next.key) && this.isWord(i, i + 2, DEMONSTRATIVES)) : definite || TIME_UNITS.has(next.key);
      return ok ? fraction(value, i, i + 1, start, false) : undefined;
    }
    const dual = L.AR_FRACTION_DUALS.get(key);
    if (dual !== undefined) return STOP.has(next.key) ? undefined : fraction(dual, i, i + 1, start, false);
    // ثلاثة أرباع, ثلاث أرباع.
    const count = L.AR_UNITS.get(key);
    const den = L.AR_FRACTION_PLURALS.get(next.key);
    if (count !== undefined && den !== undefined && count >= 2 && count < den) return fraction(count / den, i, i + 2, start, false);
    return undefined;
  }

  /** «un quart des», «deux tiers du», «la moitié des», «un demi-million». */
  private frenchFraction(i: number): Quantity | undefined {
    const t = this.tok(i)!;
    if (t.key === "moitié") {
      const before = this.tok(i - 1);
      return before && (before.key === "la" || before.key === "une") && this.ofAfter(i, i + 1) ? fraction(1 / 2, i, i + 1, t.start, false) : undefined;
    }
    const count = L.FR_UNITS.get(t.key);
    if (count === undefined || count < 1 || count > 10) return undefined;
    let k = i + 1;
    if (this.isPunct(i, k, "-")) k++;
    const d = this.near(i, k);
    if (d && d.key === "demi" && count === 1 && this.isPunct(i, k + 1, "-")) {
      const s = this.near(i, k + 2);
      const scale = s ? L.FR_SCALES.get(s.key) : undefined;
      return scale !== undefined && scale >= 1e3 ? fraction(scale / 2, i, k + 3, t.start, false) : undefined;
    }
    const den = d ? L.FR_FRACTIONS.get(d.key) : undefined;
    if (den === undefined || count >= den || !this.ofAfter(i, k + 1)) return undefined;
    return fraction(count / den, i, k + 1, t.start, false);
  }

  /** «a third of», «two thirds of», «half of the», «half a million», «half a dozen». */
  private englishFraction(i: number): Quantity | undefined {
    const t = this.tok(i)!;
    if (t.key === "half") {
      const a = this.near(i, i + 1);
      const s = this.near(i, i + 2);
      const scale = a?.key === "a" && s ? L.EN_SCALES.get(s.key) : undefined;
      if (scale !== undefined && (scale >= 1e3 || scale === 12)) return fraction(scale / 2, i, i + 3, t.start, false);
      // «the first half of», «a half»: a part of something, not a half of a count.
      const before = this.tok(i - 1);
      if (before && (before.key === "the" || before.key === "a" || L.EN_ORDINALS.has(before.key))) return undefined;
      return this.isWord(i, i + 1, EN_OF_THE) ? fraction(1 / 2, i, i + 1, t.start, false) : undefined;
    }
    const count = t.key === "a" ? 1 : L.EN_UNITS.get(t.key);
    if (count === undefined || count < 1 || count > 10) return undefined;
    let k = i + 1;
    if (this.isPunct(i, k, "-")) k++;
    const d = this.near(i, k);
    const den = d ? L.EN_FRACTIONS.get(d.key) : undefined;
    if (den === undefined || count >= den || !this.isWord(i, k + 1, EN_OF)) return undefined;
    return fraction(count / den, i, k + 1, t.start, false);
  }

  /** Whether «de», «des», «du» or «d'» follows at `j`: what a French fraction divides. */
  private ofAfter(i: number, j: number): boolean {
    return this.isWord(i, j, FR_OF);
  }
}

function fraction(value: number, from: number, to: number, startOffset: number, digits: boolean): Quantity {
  return { value, from, to, startOffset, base: value, scale: 1, yearLike: false, digits };
}

const FIFTH = foldKey("خمس");
const DEMONSTRATIVES = keys("هذا هذه ذلك تلك هؤلاء");
const NOT_A_FRACTION_BEFORE = keys("النهائي نهائي النهائية نهائية");
/** Indefinite nouns a half or a quarter of is a figure: نصف ساعة, ربع قرن. */
const TIME_UNITS = keys("ساعة قرن يوم شهر سنة عام");
const FINALE = keys("finale finales");
/** What a fraction divides is introduced by these: «un quart des élèves», «a third of», «half the». */
const FR_OF = keys("de des du d");
const EN_OF = keys("of");
const EN_OF_THE = keys("of the");
