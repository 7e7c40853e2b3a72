/**
 * Reading the digits of one number: which of `.` `,` `٫` `٬` and spaces separate thousands and
 * which one marks decimals depends on the language and on the digit groups ("1.200" is 1200 in
 * Maghreb Arabic and French, "1.581 مليون" is 1.581 million, "2,5" is 2.5, "500,000" is 500000).
 */

export type Lang = "ar" | "fr" | "en";

/** A number read from digits: its value as an exact decimal (digits / 10^decimals). */
export interface DigitReading {
  /** Every digit written, integer part then fraction, without separators. */
  readonly digits: string;
  readonly decimals: number;
  /** The integer digits alone (no separators), for years and identifiers. */
  readonly integerDigits: string;
  /** True when a separator was read as a decimal mark. */
  readonly hasDecimal: boolean;
  /** True when the digits were written with thousands separators. */
  readonly grouped: boolean;
}

/**
 * Value of a reading multiplied by `scale`. Every digit written counts («9,2321312» keeps seven
 * decimals): the digits are parsed once as one decimal number with the scale's power of ten in
 * its exponent, which rounds once, to the nearest double, as the number written would.
 */
export function scaled(r: DigitReading, scale = 1): number {
  const power = Math.round(Math.log10(scale));
  if (10 ** power === scale) return Number(`${r.digits}e${power - r.decimals}`);
  return Number(`${r.digits}e${-r.decimals}`) * scale;
}

/**
 * Reads a digit string with separators (Western digits; `٫` and `٬` kept as the Arabic marks).
 * `beforeScale` tells that a scale word follows (مليون, million), which makes "1.581" a decimal.
 * Returns undefined for strings that are not one number (1.2.3 with odd groups).
 */
export function readDigits(s: string, lang: Lang, beforeScale: boolean): DigitReading | undefined {
  // Most numbers have no separator: nothing to split or weigh.
  if (!SEPARATOR.test(s)) return make(s, "", false);
  const parts = s.split(/([.,\u066b\u066c])/);
  const groups = parts.filter((_, k) => k % 2 === 0);
  const seps = parts.filter((_, k) => k % 2 === 1);
  const first = groups[0] ?? "";
  if (seps.length === 0) return make(first, "", false);
  let decimalSep: string | undefined;
  const distinct = [...new Set(seps)];
  if (seps.includes("\u066b")) decimalSep = "\u066b";
  else if (distinct.length > 1) decimalSep = seps[seps.length - 1];
  else if (seps.length > 1) decimalSep = undefined;
  else {
    const sep = seps[0];
    const tail = groups[1] ?? "";
    if (sep === "\u066c") decimalSep = undefined;
    else if (tail.length !== 3 || first === "0" || beforeScale) decimalSep = sep;
    else if (lang === "en") decimalSep = sep === "." ? "." : undefined;
    else if (lang === "fr") decimalSep = sep === "," ? "," : undefined;
    else decimalSep = undefined; // Arabic: a lone separator before three digits groups thousands.
  }
  // Everything before the decimal mark must be well-formed thousands groups.
  let intPart = first;
  let frac = "";
  for (let k = 0; k < seps.length; k++) {
    const g = groups[k + 1] ?? "";
    if (seps[k] === decimalSep && k === seps.length - 1) {
      frac = g;
    } else {
      if (g.length !== 3 || (k === 0 && first.length > 3)) return undefined;
      intPart += g;
    }
  }
  if (decimalSep !== undefined && frac === "") return undefined;
  return make(intPart, frac, seps.length > (decimalSep ? 1 : 0));
}

const SEPARATOR = /[.,\u066b\u066c]/;

function make(intPart: string, frac: string, grouped: boolean): DigitReading {
  return {
    digits: intPart + frac,
    decimals: frac.length,
    integerDigits: intPart,
    hasDecimal: frac.length > 0,
    grouped,
  };
}
