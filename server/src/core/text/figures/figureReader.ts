/**
 * The reader: walks the tokens once and, at each position, tries the patterns from the most
 * specific to the least; the first pattern that matches consumes its tokens.
 */
import { foldKey } from "../fold";
import * as L from "../lexicon";
import { offsetInToken, type Token } from "../tokens";
import { QuantityReader } from "./boundsAndRanges";
import type { Figure, FigureKind, Match } from "./figureTypes";
import {
  FR_TITLES,
  HIJRI_MARKS,
  keys,
  NOT_ORDINAL_AFTER,
  ORDINAL_SUFFIXES,
  ROMAN,
  ROMAN_HEADS,
  STOP,
  VAGUE_AR,
  VAGUE_LATIN,
} from "./wordLists";
import { candidates, stripPrefix } from "./wordForms";

/** Reads every figure of a text; `run` returns them in order of position. */
export class Reader extends QuantityReader {
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

  // --- the patterns, in order ------------------------------------------------------------------

  private at(i: number): Match | undefined {
    // A prefix written before digits (و41, بـ 5) is read with the digits, at the next token.
    const t = this.tok(i);
    const n = this.near(i, i + 1);
    if (t && n && t.kind === "word" && n.kind === "num" && (L.AR_NUMBER_PREFIXES.includes(t.key) || t.key === "ال")) return undefined;
    // Punctuation starts no pattern, save an apostrophe, which the phrases skip (l'entre 3 et 5),
    // the marks a number may start with (a decimal mark: «,08»; a minus sign: «-3», «−3») and the
    // signs of bounds and approximations (> < ≥ ≤ ~).
    if (t && t.kind === "punct" && !PUNCT_STARTS.includes(t.text)) return undefined;
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
    const lineStart = i === 0 || /[\r\n]/.test(t.gap);
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
    if (prev && t.gap === "" && prev.kind === "word" && this.latin(i - 1)) return { figures: [], next: i + 1 };
    if (prev && prev2 && t.gap === "" && prev.text === "-" && prev.gap === "" && prev2.kind === "word" && this.latin(i - 2)) {
      return { figures: [], next: i + 1 };
    }
    const next = this.tok(i + 1);
    if (next && next.gap === "" && next.kind === "word" && this.latin(i + 1) && !ORDINAL_SUFFIXES.has(next.key) && !/^(h|km|kg|m|cm|mm|t|k)$/.test(next.key) && !L.SUFFIX_SCALES.has(next.text)) {
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
    // Thousands grouping, the last group possibly with decimals: «1 234 567,89».
    const thousands = groups.length > 1 && /^\d{1,3}$/.test(groups[0] ?? "") && groups.slice(1).every((g, k, rest) => /^\d{3}$/.test(g) || (k === rest.length - 1 && /^\d{3}[.,]\d+$/.test(g)));
    if ((groups.length >= 3 && digits.length >= 8 && !thousands) || (plus && digits.length >= 6) || /^0\d{7,}$/.test(t.key)) {
      return { figures: [], next: j + 1 };
    }
    return undefined;
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
    if (t.kind === "word" && this.latin(i)) {
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
    if (this.arabic(i)) {
      let key = t.key;
      let start = t.start;
      if (!VAGUE_AR.has(key)) {
        const s = this.bare(i);
        if (!VAGUE_AR.has(s)) return undefined;
        start = offsetInToken(t, key.length - s.length);
        key = s;
      }
      const range = VAGUE_AR.get(key)!;
      // "عشرات الآلاف": tens of thousands.
      const n = this.near(i, i + 1);
      const nk = n?.kind === "word" ? n.key : "";
      const mult = THOUSANDS.has(nk) ? 1e3 : MILLIONS.has(nk) ? 1e6 : 1;
      if (mult > 1 && range[1] < 1000) return this.vagueMatch(i, t, start, i + 1, range[0] * mult, (range[1] + 1) * mult - 1);
      return this.vagueMatch(i, t, start, i, range[0], range[1]);
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
        return this.vagueMatch(i, t, start, i + 2, range[0] * mult, (range[1] + 1) * mult - 1);
      }
      return this.vagueMatch(i, t, start, i, range[0], range[1]);
    }
    const ap = this.approxNoun(i);
    if (ap) {
      return this.emit(i, { q: ap, next: ap.to }, t.start, true, undefined);
    }
    return undefined;
  }

  /** A vague quantity from `start` to token `endTok`, with the unit noun after it. */
  private vagueMatch(i: number, t: Token, start: number, endTok: number, min: number, max: number): Match {
    const end = this.tok(endTok)?.end ?? t.end;
    const f: Omit<Figure, "sentence" | "text"> = { start, end, kind: "vague", min, max };
    const unit = this.unitAt(i, endTok + 1);
    if (unit) f.unit = unit;
    return { figures: [f], next: endTok + 1 };
  }

  private ordinal(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "word") return undefined;
    return this.arabic(i) ? this.arabicOrdinal(i, t) : this.latinOrdinal(i, t);
  }

  /** الثالث, الحادي عشر, الثلاثة (a cardinal with the article), ثاني أكبر. */
  private arabicOrdinal(i: number, t: Token): Match | undefined {
    const key = this.bare(i);
    if (!AR_ORDINAL_HEADS.has(key)) return undefined;
    const prev = this.tok(i - 1);
    if (prev && prev.kind === "word" && NOT_ORDINAL_AFTER.has(prev.key)) return undefined;
    const next = this.near(i, i + 1);
    const start = key === t.key ? t.start : offsetInToken(t, t.key.length - key.length);
    const ord = L.AR_ORDINALS.get(key);
    if (ord !== undefined) {
      // الحادي عشر, الثانية عشرة …; الحادي والعشرون.
      if (next && L.AR_TEN.has(next.key)) return ordinalMatch(start, next.end, 10 + ord, "ordinal", i + 2);
      if (next && next.key.startsWith("و") && L.AR_ARTICLE_TENS.has(next.key.slice(1))) {
        return ordinalMatch(start, next.end, ord + (L.AR_ARTICLE_TENS.get(next.key.slice(1)) ?? 0), "ordinal", i + 2);
      }
      if (key === ELEVENTH || key === ELEVENTH_F) return undefined;
      return ordinalMatch(start, t.end, ord, "ordinal", i + 1);
    }
    const card = L.AR_ARTICLE_UNITS.get(key);
    if (card !== undefined) {
      if (next && L.AR_TEN.has(stripPrefix(next.key, ["ال"])) && card >= 3) return ordinalMatch(start, next.end, 10 + card, "number", i + 2);
      return ordinalMatch(start, t.end, card, "number", i + 1);
    }
    const tens = L.AR_ARTICLE_TENS.get(key);
    if (tens !== undefined) {
      const nounAfter = next && next.kind === "word" && !STOP.has(next.key);
      return ordinalMatch(start, t.end, tens, nounAfter ? "number" : "ordinal", i + 1);
    }
    const cons = L.AR_CONSTRUCT_ORDINALS.get(key);
    if (cons !== undefined && next && next.kind === "word" && next.gap !== "" && next.key !== "امس" && !STOP.has(next.key)) {
      return ordinalMatch(start, t.end, cons, "ordinal", i + 1);
    }
    return undefined;
  }

  /** French and English ordinal words, and Roman numerals after "acte", "tome". */
  private latinOrdinal(i: number, t: Token): Match | undefined {
    const prev = this.tok(i - 1);
    const next = this.near(i, i + 1);
    const mk = (start: number, end: number, value: number): Match => ordinalMatch(start, end, value, "ordinal", i + 1);
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
    if (!t || t.kind !== "word" || !this.arabic(i)) return undefined;
    // Every form of the word ends as the word does: without ان or ين none is a dual.
    if (!t.key.endsWith("ان") && !t.key.endsWith("ين")) return undefined;
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

/** Punctuation a pattern may start at. */
const PUNCT_STARTS = "'’`,.-\u2212><≥≤⩾⩽~≈";
const THOUSANDS = new Set([foldKey("الآلاف"), foldKey("آلاف")]);
const MILLIONS = new Set([foldKey("الملايين"), foldKey("ملايين")]);

/** The words an Arabic ordinal (or a cardinal with the article) starts with. */
const AR_ORDINAL_HEADS = new Set([...L.AR_ORDINALS.keys(), ...L.AR_ARTICLE_UNITS.keys(), ...L.AR_ARTICLE_TENS.keys(), ...L.AR_CONSTRUCT_ORDINALS.keys()]);
const ELEVENTH = foldKey("الحادي");
const ELEVENTH_F = foldKey("الحادية");

function ordinalMatch(start: number, end: number, value: number, kind: FigureKind, next: number): Match {
  return { figures: [{ start, end, kind, value }], next };
}
