/** The figures the reader reports, its options, and the pieces it builds them from. */
import type { DigitReading, Lang } from "../numbers";

export type FigureKind = "number" | "ordinal" | "date" | "range" | "bound" | "vague" | "time";

export interface Figure {
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  text: string;
  kind: FigureKind;
  /** Exact reading. */
  value?: number;
  /** Interval readings (bounds, ranges, vague quantities). */
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** "نحو 50", "environ 200". */
  approx?: boolean;
  /** ISO YYYY | YYYY-MM | YYYY-MM-DD (Gregorian). */
  date?: string;
  /** Relative date code (yesterday, last-year, last-thursday, --11-24, last:--11-24 …). */
  relative?: string;
  /** False when a relative date has no publication date to anchor it. */
  resolved?: boolean;
  /** Hijri date, YYYY or YYYY-MM-DD in the Hijri calendar ("1440 هـ"). */
  hijri?: string;
  /** Clock time HH:MM ("الساعة 8,38", "13H00"). */
  time?: string;
  /** Counted noun as written, or "%" for percentages. */
  unit?: string;
  /** Language the sentence was read in. */
  lang?: Lang;
  /**
   * True for a one no numeral states: a duration after a closed list of triggers («مدة سنة»,
   * «شهر أو أكثر», «un an», «for a year») or «un»/«une» before a count noun («un mort»). Read
   * so that a quote stating it is not taken for a quote stating no figure; never a figure to
   * claim or cite on its own.
   */
  implicit?: boolean;
  sentence: { start: number; end: number };
}

export interface ReadOptions {
  /** Publication date (ISO) that anchors relative dates. */
  published?: string;
  /** Language of the text; detected per sentence when absent. */
  lang?: Lang;
}

/** A quantity read from tokens `[from, to)`, before it becomes a figure. */
export interface Quantity {
  value: number;
  from: number;
  to: number;
  /** Original offset where the quantity starts (after a joined prefix such as ب in بعشر). */
  startOffset: number;
  /** Value before a scale word (for "بين 2 و3 ملايين"), and the scale. */
  base: number;
  scale: number;
  approx?: boolean;
  /** Plain four digits 1000–2100 with nothing around them: maybe a year. */
  yearLike: boolean;
  digits: boolean;
  reading?: DigitReading;
  /** A one no numeral states («مدة سنة», «un mort»): see Figure.implicit. */
  implicit?: boolean;
  /** The counted noun, when the quantity's own span holds it («un an»). */
  unit?: string;
}

export interface Match {
  figures: Omit<Figure, "sentence" | "text">[];
  next: number;
}
