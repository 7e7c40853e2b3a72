/**
 * Calendar arithmetic for dates read in text: ISO formatting, validity, and relative dates
 * ("أمس", "l'an dernier", "الخميس الماضي", "24 نونبر الماضي") resolved against a publication date.
 * Plain UTC arithmetic on Date is all this needs; no date library is used.
 */
import { WEEKDAY_NAMES } from "./lexicon";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** ISO date of the given parts: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isoDate(year: number, month?: number, day?: number): string {
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True when day/month/year name a real Gregorian day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Parses an ISO YYYY-MM-DD publication date; undefined when it is not one. */
export function parseIsoDay(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? new Date(Date.UTC(y, mo - 1, d)) : undefined;
}

function dayIso(d: Date): string {
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function monthIso(year: number, month0: number): string {
  const d = new Date(Date.UTC(year, month0, 1));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/**
 * The ISO date a relative expression stands for, given the publication day; undefined when it
 * cannot be resolved. Codes: yesterday, day-before-yesterday, today, tomorrow,
 * last-|this-|next- + year|month, last-|next- + weekday, and a date without its year
 * "--MM-DD" or "--MM", optionally marked "last:", "this:" or "next:".
 */
export function resolveRelative(relative: string, published: string | undefined): string | undefined {
  const p = parseIsoDay(published);
  if (!p) return undefined;
  const year = p.getUTCFullYear();
  const month0 = p.getUTCMonth();
  switch (relative) {
    case "today":
      return dayIso(p);
    case "yesterday":
      return dayIso(addDays(p, -1));
    case "day-before-yesterday":
      return dayIso(addDays(p, -2));
    case "tomorrow":
      return dayIso(addDays(p, 1));
    case "last-year":
      return isoDate(year - 1);
    case "this-year":
      return isoDate(year);
    case "next-year":
      return isoDate(year + 1);
    case "last-month":
      return monthIso(year, month0 - 1);
    case "this-month":
      return monthIso(year, month0);
    case "next-month":
      return monthIso(year, month0 + 1);
  }
  const weekday = /^(last|next)-(\w+)$/.exec(relative);
  if (weekday) {
    const target = WEEKDAY_NAMES.indexOf(weekday[2] as (typeof WEEKDAY_NAMES)[number]);
    if (target < 0) return undefined;
    const today = p.getUTCDay();
    if (weekday[1] === "last") {
      const back = (today - target + 7) % 7 || 7;
      return dayIso(addDays(p, -back));
    }
    const ahead = (target - today + 7) % 7 || 7;
    return dayIso(addDays(p, ahead));
  }
  const partial = /^(?:(last|this|next):)?--(\d{2})(?:-(\d{2}))?$/.exec(relative);
  if (partial) {
    const mode = partial[1] ?? "this";
    const m = Number(partial[2]);
    const d = partial[3] === undefined ? undefined : Number(partial[3]);
    // Compare month and day with the publication day to pick the year the writer meant.
    const pubKey = (month0 + 1) * 100 + (d === undefined ? 0 : p.getUTCDate());
    const key = m * 100 + (d ?? 0);
    let y = year;
    if (mode === "last" && key >= pubKey && !(d === undefined && m === month0 + 1)) y = year - 1;
    if (mode === "next" && key <= pubKey && !(d === undefined && m === month0 + 1)) y = year + 1;
    if (d !== undefined && !isValidDay(y, m, d)) return undefined;
    return isoDate(y, m, d);
  }
  return undefined;
}
