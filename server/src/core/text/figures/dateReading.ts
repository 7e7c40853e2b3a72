/** Reading relative dates, calendar dates (Gregorian and Hijri) and clock times. */
import { isoDate, isValidDay, resolveRelative } from "../dates";
import * as L from "../lexicon";
import { offsetInToken, type Token } from "../tokens";
import type { Figure, Match } from "./figureTypes";
import { TokenCursor } from "./tokenCursor";
import { CLOCK_WORDS, HIJRI_MARKS, keys, LAST_WORDS, MONTH_WORDS, NEXT_WORDS, ORDINAL_SUFFIXES, THIS_WORDS, YEAR_WORDS } from "./wordLists";
import { stripPrefix } from "./wordForms";

/**
 * Every key a relative date can start with, as written or without a joined prefix: the tests of
 * `relativeDate` below, gathered so that the many words that start none are dismissed at once.
 */
const RELATIVE_HEADS = new Set([
  "اول", "امس", "الامس", "هذا", "هذه", ...L.WEEKDAYS.keys(), ...YEAR_WORDS, ...MONTH_WORDS,
  "an", "année", "year", "mois", "month", "hier", "avant", "aujourd", "l", "le", "cette", "ce",
  "yesterday", "today", "tomorrow", "the", "last", "this", "next",
]);

/** First words of the two-word month names (كانون الثاني, ربيع الأول). */
const TWO_WORD_MONTH_HEADS = new Set(
  [...L.LEVANT_MONTHS.keys(), ...L.HIJRI_MONTHS.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0] ?? ""),
);

/** The date and time patterns: "yesterday", "أكتوبر المقبل", "16 May 2003", "13h30". */
export abstract class DateReader extends TokenCursor {
  // --- relative dates ----------------------------------------------------------------------------

  protected relativeDate(i: number): Match | undefined {
    const t = this.tok(i);
    if (!t || t.kind !== "word") return undefined;
    // Lexicon words may carry a joined و/ب/ل/ف (وأمس, بالأمس keep their article in the key).
    const key = this.bare(i);
    if (!RELATIVE_HEADS.has(t.key) && !RELATIVE_HEADS.has(key)) return undefined;
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
    const t2 = TWO_WORD_MONTH_HEADS.has(t.key) ? this.near(i, j + 1) : undefined;
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
    if (this.isPunct(i, next, ".") && t.key.length <= 4 && this.latin(j)) next++;
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

  protected date(i: number): Match | undefined {
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

  protected clock(i: number): Match | undefined {
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
}
