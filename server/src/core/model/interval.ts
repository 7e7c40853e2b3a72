/**
 * Numbers as intervals, for arithmetic over values that are approximate, ranges, bounds or in
 * dispute: a sum of parts is the interval of every sum the parts allow, so that a total is
 * reported only when no choice of the parts' values can make it agree.
 */
import type { ValueSet } from "./valueSet";

export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

export const ZERO: Interval = { lo: 0, hi: 0, loOpen: false, hiOpen: false };

/** A number value set as an interval; other kinds have none. */
export function intervalOf(set: ValueSet | undefined): Interval | undefined {
  if (!set || set.kind !== "number") return undefined;
  return { lo: set.min, hi: set.max, loOpen: set.minOpen, hiOpen: set.maxOpen };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi, loOpen: a.loOpen || b.loOpen, hiOpen: a.hiOpen || b.hiOpen };
}

/** The smallest interval holding both. */
export function hull(a: Interval, b: Interval): Interval {
  const lo = Math.min(a.lo, b.lo);
  const hi = Math.max(a.hi, b.hi);
  return {
    lo,
    hi,
    loOpen: (a.lo !== lo || a.loOpen) && (b.lo !== lo || b.loOpen),
    hiOpen: (a.hi !== hi || a.hiOpen) && (b.hi !== hi || b.hiOpen),
  };
}

/** The interval with no upper end: what is known when a count may still have grown. */
export function atLeast(a: Interval): Interval {
  return { lo: a.lo, hi: Infinity, loOpen: a.loOpen, hiOpen: false };
}

/** Whether some number lies in both. */
export function meets(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  const loOpen = (a.lo === lo && a.loOpen) || (b.lo === lo && b.loOpen);
  const hiOpen = (a.hi === hi && a.hiOpen) || (b.hi === hi && b.hiOpen);
  return !loOpen && !hiOpen;
}

/** Whether every number of `a` is above every number of `b`. */
export function above(a: Interval, b: Interval): boolean {
  return a.lo > b.hi || (a.lo === b.hi && (a.loOpen || b.hiOpen));
}

/** An interval in words: `96`, `91..96`, `>=96`. */
export function formatInterval(i: Interval): string {
  if (i.lo === i.hi) return formatNumber(i.lo);
  if (i.hi === Infinity) return `${i.loOpen ? ">" : ">="}${formatNumber(i.lo)}`;
  if (i.lo === -Infinity) return `${i.hiOpen ? "<" : "<="}${formatNumber(i.hi)}`;
  return `${formatNumber(i.lo)}..${formatNumber(i.hi)}`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}
