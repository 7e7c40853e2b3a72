/** Reading a number at a token: digits with scale words, or number words in Arabic, French or English. */
import { foldKey } from "../fold";
import * as L from "../lexicon";
import { readDigits, scaled, type Lang } from "../numbers";
import { offsetInToken, type Token } from "../tokens";
import { DateReader } from "./dateReading";
import type { Quantity } from "./figureTypes";

/** Quantities written in digits or in words, before any bound, range or unit is read around them. */
export abstract class NumberWordReader extends DateReader {
  // --- quantities ----------------------------------------------------------------------------------

  /** A number at `i`: digits (with scale words) or number words in the sentence's language. */
  protected quantity(i: number): Quantity | undefined {
    const t = this.tok(i);
    if (!t) return undefined;
    const negative = this.negative(i);
    if (negative) return negative;
    if (t.kind === "num") return this.digitQuantity(i);
    if (t.kind === "punct") return this.leadingDecimal(i);
    if (t.kind !== "word") return undefined;
    // A joined prefix before digits: و41, بـ5, لـ2024, فـ3, "ب 5".
    const nt = this.near(i, i + 1);
    if (nt && nt.kind === "num" && L.AR_NUMBER_PREFIXES.includes(t.key) && (nt.gap === "" || t.text.endsWith("ـ") || t.key.length === 1)) return this.digitQuantity(i + 1);
    if (this.arabic(i)) return this.arabicWords(i);
    if (this.langOf(i) === "en") return this.englishWords(i);
    return this.frenchWords(i) ?? this.englishWords(i);
  }

  /** A negative number: a minus sign before digits («-3», «−3»), or سالب, ناقص, moins, minus before a number. */
  private negative(i: number): Quantity | undefined {
    const t = this.tok(i);
    if (!t) return undefined;
    let q: Quantity | undefined;
    if (t.kind === "punct" && MINUS_SIGNS.includes(t.text)) {
      const d = this.near(i, i + 1);
      if (!d || d.kind !== "num" || d.gap !== "") return undefined;
      // A hyphen glued to what precedes it joins the two (2016-2018, COVID-19); a sign stands apart.
      const prev = this.tok(i - 1);
      if (prev && t.gap === "" && !(prev.kind === "punct" && "([«:".includes(prev.text))) return undefined;
      q = this.digitQuantity(i + 1);
    } else if (t.kind === "word" && MINUS_WORDS.has(t.key) && this.near(i, i + 1)) {
      q = this.quantity(i + 1);
    }
    if (!q || q.value < 0) return undefined;
    return { ...q, value: -q.value, base: -q.base, from: i, startOffset: t.start, yearLike: false };
  }

  /**
   * Digits at `i`, with their grouping, scale word and the rest after the scale. `lead` is a
   * decimal mark written before them with no integer part («,08», «.77»), at token `i - 1`.
   */
  private digitQuantity(i: number, lead?: Token): Quantity | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "num") return undefined;
    const lang = this.langOf(i);
    let raw = lead ? `0٫${t.key}` : t.key;
    let j = i + 1;
    // Space grouping: "8 400", "1 250", "1 414 021 100" (French and Arabic), or no-break spaces in any language.
    if (!lead && /^\d{1,3}$/.test(raw)) {
      while (true) {
        const g = this.near(i, j);
        const nbsp = g?.gap === "\u00a0" || g?.gap === "\u202f";
        if (!g || g.kind !== "num" || !/^\d{3}([.,]\d+)?$/.test(g.key) || !(nbsp || (g.gap === " " && lang !== "en"))) break;
        const after = this.near(i, j + 1);
        if (after && after.kind === "num" && after.gap === " " && !/^\d{3}/.test(after.key)) break;
        raw += g.key.includes(",") ? g.key.replace(",", "٫") : g.key;
        j++;
        if (g.key.includes(",")) break;
      }
      // The Arabic comma between groups of three, glued: «١،٢٣٤،٥٦٧».
      const groups = j === i + 1 ? this.commaGroups(i, j) : undefined;
      if (groups) {
        raw += groups.digits;
        j = groups.next;
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
    const scale = scaleTok && scaleTok.kind === "word" ? (suffixScale(scaleTok) ?? scaleOf(scaleTok.key, lang)) : undefined;
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
    const yearLike = !lead && j === i + 1 && /^\d{4}$/.test(t.key) && Number(t.key) >= 1000 && Number(t.key) <= 2100;
    return { value, from: lead ? i - 1 : i, to: j, startOffset: lead ? lead.start : t.start, base, scale: sc, yearLike, digits: true, reading };
  }

  /**
   * Groups of three digits after the first, each glued to an Arabic comma «،» before it: the
   * thousands of «١،٢٣٤،٥٦٧», as the «٬» of the same number. Every glued group must have three
   * digits, else the commas are not read as grouping at all.
   */
  private commaGroups(i: number, j: number): { digits: string; next: number } | undefined {
    let digits = "";
    while (this.isPunct(i, j, "،") && this.tok(j)!.gap === "" && this.near(i, j + 1)?.kind === "num" && this.tok(j + 1)!.gap === "") {
      const g = this.tok(j + 1)!;
      if (!/^\d{3}$/.test(g.key)) return undefined;
      digits += `٬${g.key}`;
      j += 2;
    }
    return digits ? { digits, next: j } : undefined;
  }

  /** A decimal written without its integer part, «,08» or «.77»: the mark glued to the digits, with white space before it. */
  private leadingDecimal(i: number): Quantity | undefined {
    const t = this.tok(i);
    const d = this.near(i, i + 1);
    if (!t || !d || (t.text !== "," && t.text !== ".") || d.kind !== "num" || d.gap !== "" || !/^\d+$/.test(d.key)) return undefined;
    const prev = this.tok(i - 1);
    if (prev && (t.gap === "" || prev.kind === "num")) return undefined;
    return this.digitQuantity(i + 1, t);
  }

  /** The smaller part after a scale word: "و 377" after ألف, «ونصف» after ملايين, «et demi» after millions. */
  private scaleRest(i: number, j: number, scale: number): { value: number; next: number } | undefined {
    const half = this.halfAfterScale(i, j);
    if (half) return { value: half.fraction * scale, next: half.next };
    let k = j;
    const w = this.near(i, k);
    if (w && w.key === "و" && w.kind === "word") k++;
    const n = this.near(i, k);
    if (!n || n.kind !== "num" || !/^\d{1,3}$/.test(n.key)) return undefined;
    if (k === j && scale !== 1e3) return undefined;
    const after = this.near(i, k + 1);
    const sub = after && after.kind === "word" ? scaleOf(after.key, this.langOf(i)) : undefined;
    if (sub !== undefined && sub >= scale) return undefined;
    const v = Number(n.key) * (sub ?? 1);
    if (v >= scale) return undefined;
    return { value: v, next: k + (sub !== undefined ? 2 : 1) };
  }

  /** «ونصف», «و ربع», «et demi», «et demie» at `j`, right after a scale word: the fraction and the index after it. */
  protected halfAfterScale(i: number, j: number): { fraction: number; next: number } | undefined {
    const w = this.near(i, j);
    if (!w || w.kind !== "word") return undefined;
    const glued = w.key.startsWith("و") ? L.AR_SCALE_FRACTIONS.get(w.key.slice(1)) : undefined;
    if (glued !== undefined) return { fraction: glued, next: j + 1 };
    const n = this.near(i, j + 1);
    if (!n) return undefined;
    if (w.key === "و" && L.AR_SCALE_FRACTIONS.has(n.key)) return { fraction: L.AR_SCALE_FRACTIONS.get(n.key)!, next: j + 2 };
    if (w.key === "et" && (n.key === "demi" || n.key === "demie")) return { fraction: 0.5, next: j + 2 };
    return undefined;
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
    let end = i;
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
          const stripped = this.bare(j);
          // Most words are no number word, with or without a prefix: nothing further can match.
          if (stripped === key || !isArabicNumberWord(stripped)) break;
          prefix = key.slice(0, key.length - stripped.length);
          key = stripped;
        }
      } else if (needWaw) {
        // و glued (وعشرون) or written apart (و عشرون); a scale or a hundred may follow without it.
        if (key.startsWith("و") && isArabicNumberWord(key.slice(1))) key = key.slice(1);
        else if (key === "و" && this.near(i, j + 1)?.kind === "word" && isArabicNumberWord(this.near(i, j + 1)!.key)) {
          j++;
          needWaw = false;
          continue;
        } else if (!((L.AR_SCALES.has(key) || L.AR_HUNDRED.has(key) || L.AR_DOZENS.has(key)) && group > 0)) break;
      }
      const next = this.near(i, j + 1);
      const nextKey = next?.kind === "word" ? next.key : "";
      let consumed = 1;
      const fraction = L.AR_SCALE_FRACTIONS.get(key);
      if (fraction !== undefined && j === i && next && L.AR_SCALES.has(nextKey) && !L.AR_SCALE_PLURALS.has(nextKey)) {
        // نصف مليون, ربع مليون.
        total += fraction * (L.AR_SCALES.get(nextKey) ?? 1);
        consumed = 2;
        lastScale = L.AR_SCALES.get(nextKey) ?? 1;
      } else if (fraction !== undefined && j > i && lastScale > 1 && group === 0) {
        // مليون ونصف, مليونين ونصف: a fraction of the scale just read, and the number ends there.
        total += fraction * lastScale;
        j += consumed;
        end = j;
        break;
      } else if (fraction !== undefined) {
        break;
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
      else if (L.AR_DOZENS.has(key)) {
        // دزينة alone is twelve; the plural دزينات needs a count of three to ten before it.
        if (key !== DOZEN && (group < 3 || group > 10)) break;
        group = (group || 1) * 12;
      } else if (L.AR_DOZEN_DUALS.has(key) && group === 0) {
        group = 24;
      } else if (L.AR_SCALE_DUALS.has(key) && group === 0) {
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
      end = j;
      needWaw = true;
    }
    if (!any) return undefined;
    const value = total + group;
    // A و written apart that no number word followed is left out.
    return { value, from: i, to: end, startOffset, base: lastScale > 1 ? base : value, scale: lastScale > 1 ? lastScale : 1, yearLike: false, digits: false };
  }

  protected frenchWords(i: number): Quantity | undefined {
    // Asked at every Latin word (twice, for ordinals too): most start no number.
    const head = this.tok(i);
    if (!head || head.kind !== "word" || (!L.FR_UNITS.has(head.key) && !L.FR_SCALES.has(head.key))) return undefined;
    // «des douzaines» is vague: a dozen counts only after a number.
    if (L.FR_SCALES.get(head.key) === 12) return undefined;
    const sum = new SpokenNumber();
    let j = i;
    let count = 0;
    let prevKey = "";
    let lastEnd = i;
    let onlyUn = true;
    let approx = false;
    while (true) {
      const t = this.near(i, j);
      if (!t) break;
      // «vingt-et-un», «soixante-et-onze»: the hyphens around et.
      if (count > 0 && t.text === "-" && this.near(i, j + 1)?.key === "et" && this.isPunct(i, j + 2, "-") && ["un", "une", "onze"].includes(this.near(i, j + 3)?.key ?? "")) {
        j += 3;
        continue;
      }
      if (count > 0 && (t.text === "-" || t.key === "et") && t.gap === (t.text === "-" ? "" : t.gap)) {
        const n = this.near(i, j + 1);
        if (n && (L.FR_UNITS.has(n.key) || L.FR_SCALES.has(n.key)) && (t.text === "-" || ["un", "une", "onze"].includes(n.key))) {
          j++;
          continue;
        }
        break;
      }
      if (t.kind !== "word" || count >= MAX_SPOKEN_WORDS) break;
      const u = L.FR_UNITS.get(t.key);
      const s = L.FR_SCALES.get(t.key);
      if (u !== undefined) {
        // A unit follows a ten (vingt-deux, dix-sept), never a unit: «un un un…» is no number, and
        // stopping there keeps a long run of them linear. quatre-vingt: the four multiplies the twenty.
        const prev = L.FR_UNITS.get(prevKey);
        if (prev !== undefined && (prev < 10 || (prev > 10 && prev < 20)) && !(u === 20 && prevKey === "quatre")) break;
        sum.unit(u === 20 && prevKey === "quatre" ? 76 : u);
        if (u !== 1) onlyUn = false;
      } else if (s !== undefined) {
        onlyUn = false;
        // «deux douzaines» is about two dozen, as «une douzaine» is about twelve.
        if (s === 12) approx = true;
        if (s === 100 || s === 12) sum.multiply(s);
        else sum.scale(s);
      } else break;
      prevKey = t.key;
      count++;
      j++;
      lastEnd = j;
    }
    if (count === 0 || onlyUn) return undefined;
    // «un million et demi», «deux milliards et demi».
    const half = sum.scaled() ? this.halfAfterScale(i, lastEnd) : undefined;
    if (half) {
      sum.addFractionOfScale(half.fraction);
      lastEnd = half.next;
    }
    const q = sum.quantity(i, lastEnd, this.tok(i)!.start);
    return approx ? { ...q, approx } : q;
  }

  private englishWords(i: number): Quantity | undefined {
    const head = this.tok(i);
    if (!head || head.kind !== "word" || (head.key !== "a" && !L.EN_UNITS.has(head.key) && !L.EN_SCALES.has(head.key))) return undefined;
    const sum = new SpokenNumber();
    let j = i;
    let count = 0;
    let lastEnd = i;
    let onlyOne = true;
    let prevKey = "";
    const first = this.tok(i);
    if (first && first.key === "a" && first.kind === "word") {
      const n = this.near(i, i + 1);
      if (!n || !L.EN_SCALES.has(n.key)) return undefined;
      sum.unit(1);
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
      if (t.kind !== "word" || count >= MAX_SPOKEN_WORDS) break;
      const u = L.EN_UNITS.get(t.key);
      const s = L.EN_SCALES.get(t.key);
      if (u !== undefined) {
        // A unit follows a ten (twenty-one), never a unit or a teen: «one one one…» is no number.
        const prev = L.EN_UNITS.get(prevKey);
        if (prev !== undefined && prev < 20) break;
        sum.unit(u);
        if (u !== 1) onlyOne = false;
      } else if (s !== undefined) {
        onlyOne = false;
        if (s === 100 || s === 12) sum.multiply(s);
        else sum.scale(s);
      } else break;
      prevKey = t.key;
      count++;
      j++;
      lastEnd = j;
    }
    // «two and a half», «one and a half million»: the half joins the group the scale then multiplies.
    if (count > 0 && this.phrase(i, lastEnd, AND_A_HALF) !== undefined && !sum.scaled()) {
      sum.unit(0.5);
      onlyOne = false;
      lastEnd += AND_A_HALF.length;
      const s = this.near(i, lastEnd);
      const scale = s && s.kind === "word" ? L.EN_SCALES.get(s.key) : undefined;
      if (scale !== undefined && scale >= 1e3) {
        sum.scale(scale);
        lastEnd++;
      }
    }
    if (count === 0 || onlyOne) return undefined;
    return sum.quantity(i, lastEnd, first!.start);
  }

}

/**
 * A number said in words, summed as it is spoken: units add to the current group, a hundred
 * multiplies it, a larger scale (thousand, million) closes it into the total.
 */
class SpokenNumber {
  private total = 0;
  private group = 0;
  private base = 0;
  private lastScale = 1;

  unit(n: number): void {
    this.group += n;
  }

  /** "trois cents", "two dozen": the group so far (one when empty) times `factor`. */
  multiply(factor: number): void {
    this.group = (this.group || 1) * factor;
  }

  /** "mille", "million": the group so far (one when empty) times the scale, into the total. */
  scale(s: number): void {
    this.base = this.group || 1;
    this.total += this.base * s;
    this.group = 0;
    this.lastScale = s;
  }

  /** Whether a scale of a thousand or more has been read. */
  scaled(): boolean {
    return this.lastScale >= 1e3;
  }

  /** «un million et demi»: a fraction of the last scale, added to the total. */
  addFractionOfScale(fraction: number): void {
    this.total += fraction * this.lastScale;
  }

  quantity(from: number, to: number, startOffset: number): Quantity {
    const value = this.total + this.group;
    return { value, from, to, startOffset, base: this.lastScale > 1 ? this.base : value, scale: this.lastScale, yearLike: false, digits: false };
  }
}

/** The scale word `key` after digits, in the sentence's language: «billion» is 10¹² in French, 10⁹ in English. */
function scaleOf(key: string, lang: Lang): number | undefined {
  const ar = L.AR_SCALES.get(key);
  if (ar !== undefined) return ar;
  const fr = lang === "en" ? undefined : L.FR_SCALES.get(key);
  if (fr !== undefined && fr >= 1e3) return fr;
  const en = L.EN_SCALES.get(key);
  if (en !== undefined && en >= 1e3) return en;
  return undefined;
}

/** The scale of a suffix after digits («3M», «100k», «10 Md»), by its exact spelling. */
function suffixScale(t: Token): number | undefined {
  const s = L.SUFFIX_SCALES.get(t.text);
  return s && (t.gap === "" || s.spaced) ? s.scale : undefined;
}

/** More words than any number said in French or English takes (quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf is twelve). */
const MAX_SPOKEN_WORDS = 16;
/** The hyphen and the minus sign U+2212. */
const MINUS_SIGNS = ["-", "\u2212"];
const MINUS_WORDS = new Set(["سالب", "ناقص", "moins", "minus"].map(foldKey));
const AND_A_HALF = ["and", "a", "half"];
const DOZEN = foldKey("دزينة");

/** Every Arabic number word, so that a word is tested with one look-up instead of seven. */
const AR_NUMBER_WORDS = new Set([
  ...L.AR_UNITS.keys(),
  ...L.AR_TEEN_HEADS.keys(),
  ...L.AR_TENS.keys(),
  ...L.AR_HUNDREDS.keys(),
  ...L.AR_SCALES.keys(),
  ...L.AR_SCALE_DUALS.keys(),
  ...L.AR_DOZENS.keys(),
  ...L.AR_DOZEN_DUALS.keys(),
  ...L.AR_SCALE_FRACTIONS.keys(),
]);

function isArabicNumberWord(key: string): boolean {
  return AR_NUMBER_WORDS.has(key);
}
