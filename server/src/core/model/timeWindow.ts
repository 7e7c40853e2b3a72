/**
 * The time qualifiers of a claim read as a window of days and an as-of date, so that one window
 * written several ways (`year: 2017`, `period: 2017-01-01..2017-12-31`, `year: last` in a source
 * of 2018) is one quantity, and so that windows can be compared, nested and added up.
 *
 * Reserved keys: `year` (a year, or `this`, `last`, `next`), `period: A..B` (years, months or
 * days; an end may be left open), `from:`/`to:`/`since:`/`until:` (the same, spelled out), and
 * `asof: DATE` (or `published`). Relative years resolve against the source's `published` date.
 */
import { daysInMonth, readIsoDate, westernDigits } from "../syntax/values";

export type Precision = "year" | "month" | "day";

/** A date known to a year, a month or a day: the days it may be, as day numbers since 1970-01-01. */
export interface DateSpan {
  readonly first: number;
  readonly last: number;
  readonly precision: Precision;
  /** ISO spelling: `2024`, `2024-06`, `2024-06-08`. */
  readonly iso: string;
}

/** A window of days, both ends inclusive; an open end is undefined. */
export interface TimeWindow {
  readonly start: DateSpan | undefined;
  readonly end: DateSpan | undefined;
}

/** How a relative value was resolved, for hovers: `last` → 2019 from published 2020-11. */
export interface Resolution {
  readonly key: string;
  readonly written: string;
  readonly resolved: string;
  readonly published: string;
}

export const TIME_KEYS: ReadonlySet<string> = new Set(["year", "period", "from", "to", "since", "until", "asof"]);

const RELATIVE_YEARS: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

export interface TimeReading {
  readonly window: TimeWindow | undefined;
  /** An explicit as-of date; `published` when written so (resolved against the source by the checks). */
  readonly asof: DateSpan | "published" | undefined;
  readonly resolutions: readonly Resolution[];
  /** Qualifier keys whose relative value could not be resolved: the source has no `published`. */
  readonly unresolved: readonly string[];
  /** Keys whose value is not a time: they stay plain qualifiers. */
  readonly notTime: readonly string[];
}

/** A qualifier as the reader needs it: folded key, written value. */
export interface TimeQualifier {
  readonly key: string;
  readonly value: string;
}

/**
 * Reads the time qualifiers among `qualifiers` (others are ignored); `published` is the source's
 * publication date, against which `this`, `last` and `next` resolve.
 */
export function readTime(qualifiers: readonly TimeQualifier[], published: string | undefined): TimeReading {
  const publishedYear = published ? readIsoDate(published)?.year : undefined;
  const resolutions: Resolution[] = [];
  const unresolved: string[] = [];
  const notTime: string[] = [];
  let start: DateSpan | undefined;
  let end: DateSpan | undefined;
  let windowed = false;
  let asof: DateSpan | "published" | undefined;

  const point = (key: string, written: string): DateSpan | undefined | "unresolved" => {
    const text = westernDigits(written.trim()).toLowerCase();
    const shift = RELATIVE_YEARS[text];
    if (shift !== undefined) {
      if (publishedYear === undefined || !published) return "unresolved";
      const year = publishedYear + shift;
      resolutions.push({ key, written: written.trim(), resolved: String(year), published });
      return spanOf({ year });
    }
    const date = readIsoDate(text);
    return date ? spanOf(date) : undefined;
  };
  const take = (key: string, written: string, place: (span: DateSpan) => void): void => {
    const span = point(key, written);
    if (span === "unresolved") unresolved.push(key);
    else if (span) place(span);
    else notTime.push(key);
  };

  for (const { key, value } of qualifiers) {
    if (!TIME_KEYS.has(key)) continue;
    switch (key) {
      case "year":
        take(key, value, (span) => {
          if (span.precision !== "year") return void notTime.push(key);
          start = span;
          end = span;
          windowed = true;
        });
        break;
      case "period": {
        const at = westernDigits(value).indexOf("..");
        if (at < 0) {
          // `period: 2017` is the year 2017, `period: 2024-06` the month.
          take(key, value, (span) => {
            start = span;
            end = span;
            windowed = true;
          });
          break;
        }
        const left = value.slice(0, at).trim();
        const right = value.slice(at + 2).trim();
        if (left === "" && right === "") {
          notTime.push(key);
          break;
        }
        const before = unresolved.length + notTime.length;
        let a: DateSpan | undefined;
        let b: DateSpan | undefined;
        if (left !== "") take(key, left, (span) => (a = span));
        if (right !== "") take(key, right, (span) => (b = span));
        if (unresolved.length + notTime.length > before) break;
        start = a;
        end = b;
        windowed = true;
        break;
      }
      case "from":
      case "since":
        take(key, value, (span) => {
          start = span;
          windowed = true;
        });
        break;
      case "to":
      case "until":
        take(key, value, (span) => {
          end = span;
          windowed = true;
        });
        break;
      case "asof":
        if (westernDigits(value.trim()).toLowerCase() === "published") asof = "published";
        else take(key, value, (span) => (asof = span));
        break;
    }
  }
  return { window: windowed ? { start, end } : undefined, asof, resolutions, unresolved, notTime };
}

/** The days a date of year, month or day precision covers. */
export function spanOf(date: { year: number; month?: number; day?: number }): DateSpan {
  const { year, month, day } = date;
  const firstMonth = month ?? 1;
  const lastMonth = month ?? 12;
  const first = dayNumber(year, firstMonth, day ?? 1);
  const last = dayNumber(year, lastMonth, day ?? daysInMonth(year, lastMonth));
  const precision: Precision = day !== undefined ? "day" : month !== undefined ? "month" : "year";
  const iso = [String(year).padStart(4, "0"), ...(month !== undefined ? [pad(month)] : []), ...(day !== undefined ? [pad(day)] : [])].join("-");
  return { first, last, precision, iso };
}

/** The last day a date covers, as a date of day precision: a count to the end of 2023 is as of 2023-12-31. */
export function lastDayOf(span: DateSpan): DateSpan {
  if (span.precision === "day") return span;
  const d = new Date(span.last * 86_400_000);
  return spanOf({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** Reads an ISO date (`2024`, `2024-06`, `2024-06-08`) as the days it covers. */
export function dateSpan(iso: string | undefined): DateSpan | undefined {
  const date = iso ? readIsoDate(iso) : undefined;
  return date ? spanOf(date) : undefined;
}

/** The window's first and last day; an open end is ±Infinity. */
export function windowDays(window: TimeWindow): { first: number; last: number } {
  return { first: window.start?.first ?? -Infinity, last: window.end?.last ?? Infinity };
}

/** One key for every spelling of the same window: its first and last day. */
export function windowKey(window: TimeWindow): string {
  const { first, last } = windowDays(window);
  return `${Number.isFinite(first) ? first : ""}..${Number.isFinite(last) ? last : ""}`;
}

/** A window in words for messages: `2017`, `2015..2023`, `2024-06`, `since 2002`. */
export function describeWindow(window: TimeWindow): string {
  const { start, end } = window;
  if (start && end && start.iso === end.iso) return start.iso;
  if (start && end) {
    const unit = calendarUnit(window);
    if (unit) return unit.label;
    return `${start.iso}..${end.iso}`;
  }
  if (start) return `${start.iso}..`;
  if (end) return `..${end.iso}`;
  return "..";
}

/** The window when it is exactly one calendar year, month or day, whatever precision its ends were written in. */
export function calendarUnit(window: TimeWindow): { unit: Precision; label: string } | undefined {
  const { first, last } = windowDays(window);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return undefined;
  const a = new Date(first * 86_400_000);
  const b = new Date(last * 86_400_000);
  const y = a.getUTCFullYear();
  if (first === last) return { unit: "day", label: `${y}-${pad(a.getUTCMonth() + 1)}-${pad(a.getUTCDate())}` };
  const m = a.getUTCMonth() + 1;
  if (a.getUTCDate() !== 1) return undefined;
  if (b.getUTCFullYear() === y && b.getUTCMonth() + 1 === m && b.getUTCDate() === daysInMonth(y, m)) return { unit: "month", label: `${y}-${pad(m)}` };
  if (m === 1 && b.getUTCFullYear() === y && b.getUTCMonth() === 11 && b.getUTCDate() === 31) return { unit: "year", label: String(y) };
  return undefined;
}

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
