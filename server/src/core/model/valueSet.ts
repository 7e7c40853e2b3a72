/**
 * A claim's value read as the set of values it allows, so that "do these two claims disagree?"
 * is one question for every kind: do their sets intersect?
 */
import type { ValueLiteral } from "../syntax/ast";
import { daysInMonth } from "../syntax/values";
import { foldKey } from "../text/fold";

export type ValueSet =
  | { readonly kind: "number"; readonly min: number; readonly max: number; readonly minOpen: boolean; readonly maxOpen: boolean }
  | { readonly kind: "date"; readonly first: number; readonly last: number }
  | { readonly kind: "text"; readonly folded: string };

/** Reads a literal as a set; `tolerance` is the relative width of `~n` (0.1 is ±10%). */
export function valueSetOf(literal: ValueLiteral, tolerance: number): ValueSet {
  switch (literal.kind) {
    case "number":
      return closed(literal.value, literal.value);
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

/** A short key identifying a set, so that claims with equal sets are compared once. */
export function setKey(set: ValueSet): string {
  switch (set.kind) {
    case "number":
      return `n${set.minOpen ? "(" : "["}${set.min},${set.max}${set.maxOpen ? ")" : "]"}`;
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

