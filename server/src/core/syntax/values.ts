import type { ValueLiteral } from "./ast";
import { said, type Message } from "../messages";

/** Western digits for the Arabic-Indic (U+0660…) and Persian (U+06F0…) ones, `٫` as the decimal point. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x066b) return ".";
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const numberOnly = new RegExp(`^${NUMBER}$`);
const range = new RegExp(`^(${NUMBER})\\.\\.(${NUMBER})$`);
const bound = new RegExp(`^(>=|<=|≥|≤|>|<)(${NUMBER})$`);
const approx = new RegExp(`^~(${NUMBER})$`);
const date = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

export type ValueReading = { ok: true; literal: ValueLiteral } | { ok: false; message: string; l10n: Message };

/** Reads an unquoted value as written after `=`: a number, `a..b`, a bound, `~n` or an ISO date. */
export function readValue(written: string): ValueReading {
  const text = westernDigits(written).replace(/\s+/g, "");
  if (numberOnly.test(text)) return { ok: true, literal: { kind: "number", value: Number(text) } };
  let m = range.exec(text);
  if (m) {
    const min = Number(m[1]);
    const max = Number(m[2]);
    if (min > max) return { ok: false, ...said("the range {0} runs backwards: write {1}..{2}", written, m[2] ?? "", m[1] ?? "") };
    return { ok: true, literal: { kind: "range", min, max } };
  }
  m = bound.exec(text);
  if (m) {
    const op = ({ "≥": ">=", "≤": "<=" } as Record<string, ">=" | "<=">)[m[1] ?? ""] ?? (m[1] as ">" | ">=" | "<" | "<=");
    return { ok: true, literal: { kind: "bound", op, value: Number(m[2]) } };
  }
  m = approx.exec(text);
  if (m) return { ok: true, literal: { kind: "approx", value: Number(m[1]) } };
  m = date.exec(text);
  if (m) return readDate(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), written);
  return {
    ok: false,
    ...said("'{0}' is not a value: expected a number, a range a..b, a bound such as >27, ~1000, a date YYYY-MM-DD or YYYY-MM, or quoted text", written),
  };
}

function readDate(year: number, month: number, day: number | undefined, written: string): ValueReading {
  if (month < 1 || month > 12) return { ok: false, ...said("'{0}' has no month {1}", written, month) };
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, ...said("'{0}' is not a day of the calendar", written) };
  }
  return { ok: true, literal: day === undefined ? { kind: "date", year, month } : { kind: "date", year, month, day } };
}

/** Days in `month` (1–12) of `year`, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads an ISO date of year, month or day precision (`2024`, `2024-06`, `2024-06-08`). */
export function readIsoDate(written: string): { year: number; month?: number; day?: number } | undefined {
  const text = westernDigits(written.trim());
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const reading = readDate(year, Number(m[2]), m[3] === undefined ? undefined : Number(m[3]), written);
  if (!reading.ok || reading.literal.kind !== "date") return undefined;
  const { month, day } = reading.literal;
  return day === undefined ? { year, month } : { year, month, day };
}

/** The canonical spelling of a literal, used in messages and keys: `13`, `21..41`, `>=27`, `2024-06`. */
export function formatLiteral(literal: ValueLiteral): string {
  switch (literal.kind) {
    case "number":
      return String(literal.value);
    case "range":
      return `${literal.min}..${literal.max}`;
    case "bound":
      return `${literal.op}${literal.value}`;
    case "approx":
      return `~${literal.value}`;
    case "date":
      return formatDate(literal.year, literal.month, literal.day);
    case "text":
      return `"${literal.value}"`;
  }
}

/** ISO spelling of a date at its precision. */
export function formatDate(year: number, month?: number, day?: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  let out = String(year).padStart(4, "0");
  if (month !== undefined) out += `-${pad(month)}`;
  if (day !== undefined) out += `-${pad(day)}`;
  return out;
}
