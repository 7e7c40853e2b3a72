/**
 * How far apart two values are, in words for a message ("off by 4 (31%)", "6 years apart"), and
 * whether the difference is under the workspace's `minorDifference`: rounding noise, reported as
 * `minor-difference` (information) instead of `contradiction`, the way statcheck tells an
 * inconsistency from one that changes the conclusion.
 */
import type { Gap } from "../model/valueSet";
import { foldedName } from "../model/facts";
import { msg, type Message } from "../messages";

/** Whether the gap between two numbers is under `minorDifference` (0: never). Dates and years never are. */
export function isMinor(gap: Gap | undefined, minorDifference: number): boolean {
  return gap?.kind === "number" && minorDifference > 0 && gap.relative < minorDifference;
}

/** Words of a metric's name that say its values are years or dates. */
const TIME_WORDS = new Set(["year", "years", "date", "dated", "annee", "annees", "an", "ans", "سنة", "سنه", "عام", "تاريخ"].map(foldedName));

/**
 * Whether a quantity's whole numbers are years: one of its values is a date, or its metric is
 * named for a time (`event_year`, `date`, `année`, `سنة_الهجوم`), so that 2011 against 2017 is
 * six years apart, never a 0.3% difference.
 */
export function countsYears(metric: string, hasDate: boolean): boolean {
  return hasDate || foldedName(metric).split(/[_\-.\s]+/).some((word) => TIME_WORDS.has(word));
}

/** "off by 4 (31%)", "just outside the bound", "6 years apart", "about 4 months apart". */
export function gapMessage(gap: Gap): Message {
  if (gap.kind === "number") return gap.by === 0 ? msg("just outside the bound") : msg("off by {0} ({1})", amount(gap.by), percent(gap.relative));
  const one = gap.by === 1;
  const apart =
    gap.unit === "year" ? (one ? msg("1 year apart") : msg("{0} years apart", gap.by))
    : gap.unit === "month" ? (one ? msg("1 month apart") : msg("{0} months apart", gap.by))
    : one ? msg("1 day apart")
    : msg("{0} days apart", gap.by);
  return gap.about ? msg("about {0}", apart) : apart;
}

/** A relative difference as a percentage: whole from 1%, one significant digit under it. */
export function percent(relative: number): string {
  const p = relative * 100;
  if (p >= 1) return `${Math.round(p)}%`;
  if (p === 0) return "0%";
  if (p < 0.01) return "<0.01%";
  return `${Number(p.toPrecision(1))}%`;
}

/** A difference in base units, without the noise of binary fractions; millions and billions in words. */
function amount(by: number): string | Message {
  if (by >= 1e9) return msg("{0} billion", Number((by / 1e9).toPrecision(4)));
  if (by >= 1e6) return msg("{0} million", Number((by / 1e6).toPrecision(4)));
  return String(Number(by.toPrecision(12)));
}
