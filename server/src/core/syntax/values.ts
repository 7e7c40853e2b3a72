import type { ValueLiteral } from "./ast";
import { said, type Message } from "../messages";
import { foldKey } from "../text/fold";

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

/**
 * The scale words a number may end in, as powers of ten: `2.5 billion`, `٢٫٥ مليار` and
 * `2500 million` are one number. Only words with one meaning are taken: `billion` and `trillion`
 * are read the English way (10^9, 10^12), since the format is one for every language; the French
 * `billion` (10^12) is written `1000 milliard`. The Arabic `بليون`, 10^9 in some countries and
 * 10^12 in others, is not taken.
 */
const SCALE_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      [3, "thousand thousands mille ألف ألفا آلاف ألاف"],
      [6, "million millions مليون مليونا ملايين"],
      [9, "billion billions milliard milliards مليار مليارا مليارات"],
      [12, "trillion trillions تريليون تريليونا تريليونات"],
    ] as const
  ).flatMap(([exponent, words]) => words.split(" ").map((word) => [foldKey(word), exponent] as const)),
);

/** A value that ends in a letter after its last digit: `2.5 billion`, `~3 مليون`, `1..2 million`. */
const scaled = /^(.*\d)\s*([\p{L}\p{M}]+)$/u;

/**
 * Reads an unquoted value as written after `=`: a number, `a..b`, a bound, `~n` or an ISO date; a
 * number, range, bound or `~n` may end in a scale word (`scale: false` refuses them, as qualifier
 * values do). The literal holds the numbers in base units; the written value is kept by the caller.
 */
export function readValue(written: string, options: { scale?: boolean } = {}): ValueReading {
  const digits = westernDigits(written).trim();
  const m = options.scale === false ? null : scaled.exec(digits);
  const exponent = m ? SCALE_WORDS.get(foldKey(m[2] ?? "")) : undefined;
  if (m && exponent !== undefined) {
    const reading = readPlainValue(m[1] ?? "", written);
    if (!reading.ok || reading.literal.kind === "date" || reading.literal.kind === "text") return notAValue(written);
    return { ok: true, literal: scaleLiteral(reading.literal, exponent) };
  }
  return readPlainValue(digits, written);
}

function readPlainValue(digits: string, written: string): ValueReading {
  const text = digits.replace(/\s+/g, "");
  if (numberOnly.test(text)) return { ok: true, literal: numberLiteral(Number(text), canonicalDecimal(text)) };
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
  return notAValue(written);
}

function notAValue(written: string): ValueReading {
  return {
    ok: false,
    ...said("'{0}' is not a value: expected a number, a range a..b, a bound such as >27, ~1000, a date YYYY-MM-DD or YYYY-MM, or quoted text", written),
  };
}

/** The scale word a value ends in, as written, and its power of ten: `2.5 billion` → billion, 9. */
export function scaleOf(written: string): { word: string; exponent: number } | undefined {
  const m = scaled.exec(westernDigits(written).trim());
  const exponent = m ? SCALE_WORDS.get(foldKey(m[2] ?? "")) : undefined;
  return m && exponent !== undefined ? { word: m[2] ?? "", exponent } : undefined;
}

/** A number in Western digits divided by 10^exponent, as digits: `2500000000`, 9 → `2.5`. */
export function unscaled(number: string, exponent: number): string {
  const negative = number.startsWith("-");
  const [whole = "", fraction = ""] = number.replace(/^-/, "").split(".");
  // At least one digit stays before the point: `600000000`, 9 → `0.6`.
  const padded = whole.padStart(exponent + 1, "0");
  const head = padded.slice(0, padded.length - exponent).replace(/^0+(?=\d)/, "");
  const tail = (padded.slice(padded.length - exponent) + fraction).replace(/0+$/, "");
  return `${negative ? "-" : ""}${head}${tail ? `.${tail}` : ""}`;
}

/** The literal with every number multiplied by 10^exponent, exactly: `1.1 million` is 1100000, not 1100000.0000000002. */
function scaleLiteral(literal: Exclude<ValueLiteral, { kind: "date" | "text" }>, exponent: number): ValueLiteral {
  const up = (n: number) => shifted(n, exponent);
  switch (literal.kind) {
    case "number": {
      const digits = literal.digits ?? (/e/i.test(String(literal.value)) ? undefined : canonicalDecimal(String(literal.value)));
      return digits === undefined ? { kind: "number", value: up(literal.value) } : numberLiteral(up(literal.value), shiftDecimal(digits, exponent));
    }
    case "approx":
      return { kind: "approx", value: up(literal.value) };
    case "bound":
      return { kind: "bound", op: literal.op, value: up(literal.value) };
    case "range":
      return { kind: "range", min: up(literal.min), max: up(literal.max) };
  }
}

/** A number literal that keeps the written digits when the double does not hold them exactly. */
function numberLiteral(value: number, digits: string): ValueLiteral {
  return digits === doubleDigits(value) ? { kind: "number", value } : { kind: "number", value, digits };
}

/**
 * A decimal as compared digit by digit: no sign for zero, no leading zeros in the whole part, no
 * trailing zeros in the fraction (`-007.50` is `-7.5`).
 */
export function canonicalDecimal(written: string): string {
  const negative = written.startsWith("-");
  const [whole = "", fraction = ""] = written.replace(/^-/, "").split(".");
  const w = whole.replace(/^0+(?=\d)/, "") || "0";
  const f = fraction.replace(/0+$/, "");
  const body = f ? `${w}.${f}` : w;
  return negative && body !== "0" ? `-${body}` : body;
}

/** The exact decimal a double stands for, as `canonicalDecimal` spells it (the shortest one that reads back, as JavaScript prints it); infinities as themselves. */
export function doubleDigits(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return BigInt(value).toString();
  const written = String(value);
  if (!/e/i.test(written)) return canonicalDecimal(written);
  // A small fraction printed as `1e-7`: the same digits written out.
  return canonicalDecimal(value.toFixed(Math.min(100, 1 + Math.ceil(-Math.log10(Math.abs(value))) + 17)));
}

/** A canonical decimal times 10^exponent, by moving its point. */
function shiftDecimal(digits: string, exponent: number): string {
  const negative = digits.startsWith("-");
  const [whole = "", fraction = ""] = digits.replace(/^-/, "").split(".");
  const all = whole + fraction.padEnd(exponent, "0");
  const point = whole.length + exponent;
  return canonicalDecimal(`${negative ? "-" : ""}${all.slice(0, point)}.${all.slice(point)}`);
}

/** `n × 10^exponent`, by moving the decimal point in the digits rather than by a multiplication that rounds. */
function shifted(n: number, exponent: number): number {
  const written = String(n);
  if (/e/i.test(written)) return n * 10 ** exponent;
  const negative = written.startsWith("-");
  const [whole = "", fraction = ""] = written.replace(/^-/, "").split(".");
  const digits = whole + fraction.padEnd(exponent, "0");
  const point = whole.length + exponent;
  const moved = digits.length > point ? `${digits.slice(0, point)}.${digits.slice(point)}` : digits;
  return Number(`${negative ? "-" : ""}${moved}`);
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
