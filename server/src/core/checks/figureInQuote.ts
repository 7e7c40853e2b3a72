/**
 * `figure-not-in-quote`: does the quoted passage state the claimed value? The passage's figures
 * are read by the text module; the check speaks only when it can tell. A quote that states
 * figures, none of which fits the claim, is reported; a date claim whose quote holds no date or
 * year it can read, or a text value, is never reported: no false warnings.
 */
import type { ValueLiteral } from "../syntax/ast";
import { compareSets, dateSet, type ValueSet } from "../model/valueSet";
import { readIsoDate } from "../syntax/values";
import { figureNumbers, spotFigures, type Figure } from "../text/figures";
import { remembered } from "../memory/remembered";

export interface QuoteVerdict {
  /** true: a figure states the value; false: it does not; undefined: the check cannot tell. */
  readonly states: boolean | undefined;
  /** The figures read in the quote, as written. */
  readonly read: readonly string[];
}

export function quoteStatesValue(quote: string, set: ValueSet, literal: ValueLiteral): QuoteVerdict {
  if (set.kind === "text") return { states: undefined, read: [] };
  const figures = figuresOf(quote);
  if (set.kind === "date" || literal.kind === "date") return dateVerdict(figures, set);
  // Clock times («الساعة 8,38») are not figures of a count.
  const numeric = figures.filter((f) => f.kind !== "date" && f.kind !== "time");
  const read = numeric.map((f) => f.text);
  if (numeric.some((f) => figureFits(f, set, literal))) return { states: true, read };
  // A year claimed as a number (`event_year = 2011`) is stated by a date in that year («28 أبريل 2011»).
  if (figures.some((f) => f.kind === "date" && f.date !== undefined && fits(Number(f.date.slice(0, 4)), set))) return { states: true, read };
  if (numeric.length > 0) return { states: false, read };
  // No figure at all: a bare singular noun can state one ("a cell was dismantled").
  if (literal.kind === "number" && literal.value === 1) return { states: undefined, read };
  return { states: false, read };
}

function dateVerdict(figures: readonly Figure[], set: ValueSet): QuoteVerdict {
  const dated = figures.filter(isDated);
  const read = dated.map((f) => f.text);
  if (dated.length === 0) return { states: undefined, read };
  return { states: dated.some((f) => datedFits(f, set)), read };
}

/**
 * Whether one figure states the claim's value, by the same rules as {@link quoteStatesValue}:
 * what the quick fixes use to pick, among an article's figures, those that state a claim.
 */
export function figureStates(f: Figure, set: ValueSet, literal: ValueLiteral): boolean {
  if (set.kind === "text") return false;
  if (set.kind === "date" || literal.kind === "date") return isDated(f) && datedFits(f, set);
  if (f.kind === "time") return false;
  if (f.kind !== "date") return figureFits(f, set, literal);
  return f.date !== undefined && fits(Number(f.date.slice(0, 4)), set);
}

/** A date, or a whole number that reads as a year. */
function isDated(f: Figure): boolean {
  return (f.kind === "date" && f.date !== undefined) || (f.kind === "number" && Number.isInteger(f.value) && (f.value ?? 0) >= 1000 && (f.value ?? 0) <= 2999);
}

function datedFits(f: Figure, set: ValueSet): boolean {
  const iso: { year: number; month?: number; day?: number } | undefined = f.date ? readIsoDate(f.date) : f.value !== undefined ? { year: f.value } : undefined;
  return iso !== undefined && compareSets(dateSet(iso.year, iso.month, iso.day), set) === "agree";
}

/** Whether a figure of the quote states the claim: its reading meets the claim's set, or it is the claim's own bound. */
function figureFits(f: Figure, set: ValueSet, literal: ValueLiteral): boolean {
  const values = figureNumbers(f);
  if (values.some((v) => fits(v, set))) return true;
  const written = literal.kind === "range" ? [literal.min, literal.max] : literal.kind === "number" || literal.kind === "bound" || literal.kind === "approx" ? [literal.value] : [];
  return values.some((v) => written.includes(v));
}

function fits(value: number, set: ValueSet): boolean {
  if (set.kind !== "number") return false;
  return compareSets({ kind: "number", min: value, max: value, minOpen: false, maxOpen: false }, set) === "agree";
}

/**
 * The figures of a quote, remembered: a quantity claimed in many files is often quoted in the
 * same words, and reading figures is the costliest step of checking a claim. Bounded, so that an
 * archive's worth of unique quotes does not stay in memory.
 */
export const figuresOf: (quote: string) => Figure[] = remembered(4096, (quote) => spotFigures(quote), { repeatedOnly: true });
