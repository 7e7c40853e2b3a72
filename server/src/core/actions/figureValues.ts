/** A figure read in a text, written as the value of a claim (`13`, `~3500`, `21..41`, `>27`, `2011-04-28`). */
import type { Figure } from "../text/figures";

/**
 * The claim values a figure can be written as, the likeliest first: its value (`~` when the text
 * says "about"), a range and then each of its ends, a bound; for a date claim, its date.
 */
export function valueReadings(f: Figure, dateClaim: boolean): string[] {
  if (dateClaim) return f.date ? [f.date] : [];
  if (f.kind === "date" || f.kind === "time" || f.kind === "ordinal") return [];
  if (f.value !== undefined) return [f.approx ? `~${f.value}` : String(f.value)];
  if (f.min !== undefined && f.max !== undefined) return [`${f.min}..${f.max}`, String(f.min), String(f.max)];
  if (f.min !== undefined) return [`${f.minExclusive ? ">" : ">="}${f.min}`];
  if (f.max !== undefined) return [`${f.maxExclusive ? "<" : "<="}${f.max}`];
  return [];
}

/** The value a new claim of this figure takes: a date for a date, else its first reading. */
export function claimValueOf(f: Figure): string | undefined {
  return f.date ?? valueReadings(f, false)[0];
}

/** `western` in Arabic-Indic digits (and `٫` for the decimal point) when `like` is written so. */
export function inDigitsOf(like: string, western: string): string {
  if (!/[\u0660-\u0669]/u.test(like)) return western;
  return western.replace(/[0-9]/gu, (d) => String.fromCharCode(0x0660 + Number(d))).replace(/(?<=[\u0660-\u0669])\.(?=[\u0660-\u0669])/gu, "٫");
}
