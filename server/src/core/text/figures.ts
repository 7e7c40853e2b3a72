/**
 * Figure spotting: every figure an article or a quote states, with its exact span, its reading
 * (a value, an interval, a date) and the sentence around it. Pure functions over strings.
 *
 * The reader walks the tokens once and, at each position, tries the patterns from the most
 * specific to the least: list markers and phone numbers (not figures), relative dates, dates,
 * clock times, bounded and approximate quantities, ranges, plain quantities (digits or words),
 * vague quantities, ordinals and duals. The first pattern that matches consumes its tokens.
 * The reader is built in layers under `./figures/`, each reading one kind of thing: tokens,
 * dates, number words and digits, fractions, implicit ones, bounds and ranges, the patterns.
 */
import { Reader } from "./figures/figureReader";
import type { Figure, ReadOptions } from "./figures/figureTypes";

export type { Figure, FigureKind, ReadOptions } from "./figures/figureTypes";

/** Lists every figure in `text`, in order of position. */
export function spotFigures(text: string, options: ReadOptions = {}): Figure[] {
  return new Reader(text, options).run();
}

/** The numbers a figure can stand for: its value, its bounds, or the year of a date. */
export function figureNumbers(f: Figure): number[] {
  const out: number[] = [];
  if (f.value !== undefined) out.push(f.value);
  if (f.min !== undefined) out.push(f.min);
  if (f.max !== undefined) out.push(f.max);
  if (f.date !== undefined && /^\d{4}$/.test(f.date)) out.push(Number(f.date));
  return out;
}
