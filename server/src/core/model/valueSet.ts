/**
 * A claim's value read as the set of values it allows, so that "do these two claims disagree?"
 * is one question for every kind: do their sets intersect?
 */
import type { ValueLiteral } from "../syntax/ast";
import { daysInMonth, doubleDigits } from "../syntax/values";
import { foldKey } from "../text/fold";

export type ValueSet =
  /** `exact`: the digits of a single number that a double rounds (`9007199254740993`), so that it is compared as written. */
  | { readonly kind: "number"; readonly min: number; readonly max: number; readonly minOpen: boolean; readonly maxOpen: boolean; readonly exact?: string }
  | { readonly kind: "date"; readonly first: number; readonly last: number }
  | { readonly kind: "text"; readonly folded: string };

/** Reads a literal as a set; `tolerance` is the relative width of `~n` (0.1 is ±10%). */
export function valueSetOf(literal: ValueLiteral, tolerance: number): ValueSet {
  switch (literal.kind) {
    case "number":
      return literal.digits === undefined ? closed(literal.value, literal.value) : { kind: "number", min: literal.value, max: literal.value, minOpen: false, maxOpen: false, exact: literal.digits };
    case "range":
      return closed(literal.min, literal.max);
    case "approx": {
      const spread = Math.abs(literal.value) * tolerance;
      return closed(literal.value - spread, literal.value + spread);
    }
    case "bound":
      switch (literal.op) {
        case ">":
          return { kind: "number", min: literal.value, max: Infinity, minOpen: true, maxOpen: false };
        case ">=":
          return { kind: "number", min: literal.value, max: Infinity, minOpen: false, maxOpen: false };
        case "<":
          return { kind: "number", min: -Infinity, max: literal.value, minOpen: false, maxOpen: true };
        case "<=":
          return { kind: "number", min: -Infinity, max: literal.value, minOpen: false, maxOpen: false };
      }
      break;
    case "date":
      return dateSet(literal.year, literal.month, literal.day);
    case "text":
      return { kind: "text", folded: foldKey(literal.value) };
  }
}

function closed(min: number, max: number): ValueSet {
  return { kind: "number", min, max, minOpen: false, maxOpen: false };
}

/** Every day a date of year, month or day precision covers, as day numbers since 1970-01-01. */
export function dateSet(year: number, month?: number, day?: number): ValueSet {
  const firstMonth = month ?? 1;
  const lastMonth = month ?? 12;
  const first = dayNumber(year, firstMonth, day ?? 1);
  const last = dayNumber(year, lastMonth, day ?? daysInMonth(year, lastMonth));
  return { kind: "date", first, last };
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** A whole number that reads as a year when it meets a date: `2011` against `2011-04-28`. */
function asYear(set: ValueSet): ValueSet | undefined {
  if (set.kind !== "number" || set.min !== set.max || !Number.isInteger(set.min) || set.min < 1 || set.min > 9999) return undefined;
  return dateSet(set.min);
}

export type Comparison = "agree" | "contradict" | "incompatible";

/** Whether two value sets intersect; sets of different kinds cannot be compared. */
export function compareSets(a: ValueSet, b: ValueSet): Comparison {
  if (a.kind === "number" && b.kind === "date") return compareYear(a, b);
  if (a.kind === "date" && b.kind === "number") return compareYear(b, a);
  if (a.kind === "number" && b.kind === "number") {
    // Two single numbers the doubles cannot tell apart are compared by their digits as written.
    if ((a.exact !== undefined || b.exact !== undefined) && a.min === a.max && b.min === b.max && a.min === b.min) {
      return (a.exact ?? doubleDigits(a.min)) === (b.exact ?? doubleDigits(b.min)) ? "agree" : "contradict";
    }
    const lo = Math.max(a.min, b.min);
    const hi = Math.min(a.max, b.max);
    if (lo < hi) return "agree";
    if (lo > hi) return "contradict";
    // The sets touch at one point: they share it only if both include it.
    const loOpen = (a.min === lo && a.minOpen) || (b.min === lo && b.minOpen);
    const hiOpen = (a.max === hi && a.maxOpen) || (b.max === hi && b.maxOpen);
    return loOpen || hiOpen ? "contradict" : "agree";
  }
  if (a.kind === "date" && b.kind === "date") return a.first <= b.last && b.first <= a.last ? "agree" : "contradict";
  if (a.kind === "text" && b.kind === "text") return a.folded === b.folded ? "agree" : "contradict";
  return "incompatible";
}

function compareYear(number: ValueSet, date: ValueSet): Comparison {
  const year = asYear(number);
  return year ? compareSets(year, date) : "incompatible";
}

/**
 * How far apart two sets are that do not meet, between their nearest ends: a number by how much
 * and by how much of the larger end (`13` and `12`: 1, 8%); dates in years, months or days, at the
 * coarser of the two precisions (`2011` and `2017-03-01`: six years).
 */
export type Gap =
  | { readonly kind: "number"; readonly by: number; readonly relative: number }
  | { readonly kind: "date"; readonly unit: "year" | "month" | "day"; readonly by: number; readonly about: boolean };

/**
 * The gap between two sets, or undefined when they meet or cannot be measured (text, kinds that
 * do not compare). `years`: whole numbers are years (a quantity whose values are dates or years).
 */
export function gapBetween(a: ValueSet, b: ValueSet, years = false): Gap | undefined {
  const x = years || b.kind === "date" ? (asYear(a) ?? a) : a;
  const y = years || a.kind === "date" ? (asYear(b) ?? b) : b;
  if (x.kind === "number" && y.kind === "number") {
    const [lo, hi] = x.max <= y.min ? [x.max, y.min] : y.max <= x.min ? [y.max, x.min] : [undefined, undefined];
    if (lo === undefined || hi === undefined) return undefined;
    // Digits a double cannot hold apart: the gap is below what a double measures, so none is given.
    if (lo === hi && (x.exact !== undefined || y.exact !== undefined)) return undefined;
    const by = hi - lo;
    const scale = Math.max(Math.abs(lo), Math.abs(hi));
    return { kind: "number", by, relative: scale === 0 ? 0 : by / scale };
  }
  if (x.kind === "date" && y.kind === "date") {
    const [early, late] = x.last < y.first ? [x, y] : y.last < x.first ? [y, x] : [undefined, undefined];
    if (!early || !late) return undefined;
    return dateGap(early, late);
  }
  return undefined;
}

type DateSet = Extract<ValueSet, { kind: "date" }>;
type Precision = "year" | "month" | "day";

function dateGap(early: DateSet, late: DateSet): Gap {
  const precision = coarser(precisionOf(early), precisionOf(late));
  const from = civil(early.last);
  const to = civil(late.first);
  if (precision === "year") return { kind: "date", unit: "year", by: to.year - from.year, about: false };
  if (precision === "month") return inMonths(to.year * 12 + to.month - (from.year * 12 + from.month));
  const days = late.first - early.last;
  if (days < 60) return { kind: "date", unit: "day", by: days, about: false };
  if (from.day === to.day) return inMonths(to.year * 12 + to.month - (from.year * 12 + from.month));
  return days < 730 ? { kind: "date", unit: "month", by: Math.round(days / 30.44), about: true } : { kind: "date", unit: "year", by: Math.round(days / 365.25), about: true };
}

/** Months, or whole years when they are (`24 months` reads as two years). */
function inMonths(months: number): Gap {
  if (months >= 12 && months % 12 === 0) return { kind: "date", unit: "year", by: months / 12, about: false };
  if (months >= 24) return { kind: "date", unit: "year", by: Math.round(months / 12), about: true };
  return { kind: "date", unit: "month", by: months, about: false };
}

function precisionOf(set: DateSet): Precision {
  if (set.first === set.last) return "day";
  const first = civil(set.first);
  const last = civil(set.last);
  if (first.day !== 1) return "day";
  if (first.month === 1 && last.month === 12 && last.day === 31 && first.year === last.year) return "year";
  if (first.year === last.year && first.month === last.month && last.day === daysInMonth(last.year, last.month)) return "month";
  return "day";
}

function coarser(a: Precision, b: Precision): Precision {
  const order: Record<Precision, number> = { year: 0, month: 1, day: 2 };
  return order[a] <= order[b] ? a : b;
}

/** A day number as year, month (1–12) and day. */
function civil(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** A short key identifying a set, so that claims with equal sets are compared once. */
export function setKey(set: ValueSet): string {
  switch (set.kind) {
    case "number":
      return set.exact !== undefined ? `n=${set.exact}` : `n${set.minOpen ? "(" : "["}${set.min},${set.max}${set.maxOpen ? ")" : "]"}`;
    case "date":
      return `d${set.first},${set.last}`;
    case "text":
      return `t${set.folded}`;
  }
}

/** The set's kind in words, for messages: "a number", "a date", "text". */
export function kindName(set: ValueSet): string {
  return set.kind === "number" ? "a number" : set.kind === "date" ? "a date" : "text";
}

