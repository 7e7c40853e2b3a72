/**
 * Ones that no numeral states: a duration after a closed list of triggers («مدة سنة», «منذ
 * شهر», «شهر أو أكثر», «أكثر من ساعة», «un an», «pendant une semaine», «for a year») and «un»/
 * «une» before a noun that is counted («un mort», «une personne»). They are read as quantities,
 * so that bounds and approximations take them («plus d'un an» is more than one), and marked
 * implicit: they serve the check that a quote states its figure, never as figures to claim.
 */
import * as L from "../lexicon";
import { offsetInToken } from "../tokens";
import { FractionReader } from "./fractions";
import type { Quantity } from "./figureTypes";
import { stripPrefix } from "./wordForms";
import { APPROX_PREFIXES, BOUND_PREFIXES, BOUND_SUFFIXES, keys } from "./wordLists";

/** Implicit ones, tried after every other reading of a quantity has failed. */
export abstract class ImplicitOneReader extends FractionReader {
  protected override quantity(i: number): Quantity | undefined {
    return super.quantity(i) ?? this.implicitOne(i);
  }

  private implicitOne(i: number): Quantity | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "word") return undefined;
    if (this.arabic(i)) return this.arabicDuration(i);
    return this.langOf(i) === "en" ? this.englishOne(i) : this.frenchOne(i);
  }

  /** «مدة سنة», «منذ شهر», «شهر أو أكثر», «أكثر من ساعة»: the noun itself is the figure. */
  private arabicDuration(i: number): Quantity | undefined {
    const t = this.tok(i)!;
    const key = this.bare(i);
    if (!AR_DURATIONS.has(key) || !this.plainAfter(i, i + 1)) return undefined;
    const prev = this.near(i, i - 1);
    const triggered = (prev && (AR_TRIGGERS.has(prev.key) || AR_TRIGGERS.has(stripPrefix(prev.key, L.AR_PREFIXES)))) || this.afterQualifier(i) || this.suffixAt(i, i + 1) || this.halfAt(i, i + 1);
    if (!triggered) return undefined;
    const start = key === t.key ? t.start : offsetInToken(t, t.key.length - key.length);
    return this.one(i, i + 1, start, t.text);
  }

  /** «un an», «une semaine», «pendant un jour», «un mort», «une personne», «un seul candidat». */
  private frenchOne(i: number): Quantity | undefined {
    const t = this.tok(i)!;
    if (t.key !== "un" && t.key !== "une") return undefined;
    const noun = this.near(i, i + 1);
    if (!noun || noun.kind !== "word") return undefined;
    if (noun.key === "seul" || noun.key === "seule") return this.one(i, i + 2, t.start, this.near(i, i + 2)?.text);
    if (FR_COUNTED.has(noun.key) || FR_DURATIONS.has(noun.key)) return this.one(i, i + 2, t.start, noun.text);
    // «un jour», «une heure» are a duration only after a trigger (un jour = some day; une heure du matin is a time).
    if (!FR_WEAK_DURATIONS.has(noun.key) || this.isWord(i, i + 2, FR_OF)) return undefined;
    const prev = this.near(i, i - 1);
    const yA = prev?.key === "a" && this.near(i, i - 2)?.key === "y";
    if ((prev && FR_TRIGGERS.has(prev.key)) || yA || this.afterQualifier(i) || this.suffixAt(i, i + 2)) return this.one(i, i + 2, t.start, noun.text);
    return undefined;
  }

  /** «for a year», «more than a month», «a week or more», «a year ago». */
  private englishOne(i: number): Quantity | undefined {
    const t = this.tok(i)!;
    if (t.key !== "a" && t.key !== "an") return undefined;
    const noun = this.near(i, i + 1);
    if (!noun || !EN_DURATIONS.has(noun.key)) return undefined;
    const prev = this.near(i, i - 1);
    const triggered = (prev && EN_TRIGGERS.has(prev.key)) || this.afterQualifier(i) || this.suffixAt(i, i + 2) || this.isWord(i, i + 2, EN_AFTER) || this.halfAt(i, i + 2);
    return triggered ? this.one(i, i + 2, t.start, noun.text) : undefined;
  }

  /** A one from token `from` to `to`, with «ونصف», «et demi», «and a half» after it making it one and a half. */
  private one(from: number, to: number, startOffset: number, unit: string | undefined): Quantity {
    let value = 1;
    const half = this.halfAt(from, to);
    if (half !== undefined) {
      value = 1.5;
      to = half;
    }
    const q: Quantity = { value, from, to, startOffset, base: value, scale: 1, yearLike: false, digits: false, implicit: true };
    if (unit) q.unit = unit;
    return q;
  }

  /** The index after «ونصف», «et demi», «and a half» at `j` (a duration and a half is a duration, whatever precedes it). */
  private halfAt(i: number, j: number): number | undefined {
    const half = this.halfAfterScale(i, j);
    if (half) return half.fraction === 0.5 ? half.next : undefined;
    return this.phrase(i, j, AND_A_HALF);
  }

  /** Whether what follows the noun at `j` leaves it a bare duration: no number, date or definite noun (سنة 2015, يوم الأحد, شهر رمضان). */
  private plainAfter(i: number, j: number): boolean {
    const n = this.near(i, j);
    if (!n) return true;
    if (n.kind === "num") return false;
    if (n.kind !== "word") return true;
    return !(n.key.startsWith("ال") || L.AR_UNITS.has(n.key) || L.MONTHS.has(n.key) || L.WEEKDAYS.has(n.key) || L.HIJRI_MONTHS.has(n.key) || AR_NOT_AFTER.has(n.key));
  }

  /** Whether a bound or an approximation ends just before token `i` («أكثر من», «plus d'», «at least»). */
  private afterQualifier(i: number): boolean {
    for (const words of QUALIFIER_PHRASES) {
      for (let from = i - words.length - 1; from <= i - words.length; from++) {
        const end = from >= 0 ? this.phrase(i, from, words) : undefined;
        if (end !== undefined && this.skipApostrophes(i, end) === i) return true;
      }
    }
    return false;
  }

  /** Whether a bound suffix starts at `j` («أو أكثر», «ou plus», «or more»). */
  private suffixAt(i: number, j: number): boolean {
    return this.anyPhrase(i, j, BOUND_SUFFIXES) !== undefined;
  }
}

const QUALIFIER_PHRASES = [...BOUND_PREFIXES.map(([words]) => words), ...APPROX_PREFIXES];
const AND_A_HALF = ["and", "a", "half"];

/** Singular durations, in the nominative and the accusative. */
const AR_DURATIONS = keys("سنة عام شهر أسبوع يوم ساعة دقيقة ليلة عاما شهرا أسبوعا يوما");
/** Words after which a bare duration counts one: مدة سنة, طيلة شهر, منذ عام, في ظرف أسبوع. */
const AR_TRIGGERS = keys("مدة طيلة طوال منذ مند ظرف غضون");
/** Relative dates a duration noun may begin (منذ يوم أمس). */
const AR_NOT_AFTER = keys("أمس غد واحد واحدة");
/** Nouns counted when «un»/«une» stands before them: casualties and persons. */
const FR_COUNTED = keys("mort morte tué tuée blessé blessée décès victime personne disparu disparue otage noyé noyée rescapé rescapée survivant survivante");
/** Durations «un»/«une» counts wherever it stands before them. */
const FR_DURATIONS = keys("an année mois semaine");
/** Durations counted only after a trigger. */
const FR_WEAK_DURATIONS = keys("jour journée heure minute nuit siècle décennie");
/** «une heure du matin», «un jour de grève»: a time or a day named, not a duration counted. */
const FR_OF = keys("du de d");
const FR_TRIGGERS = keys("pendant durant depuis pour dans en après sous avant");
const EN_DURATIONS = keys("year month week day hour minute decade night");
const EN_TRIGGERS = keys("for within after lasting");
/** «a year ago», «a month later». */
const EN_AFTER = keys("ago earlier later");
