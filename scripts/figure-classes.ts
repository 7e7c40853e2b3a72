/**
 * The classes of figures issue 19 names, for the per-class lines of `npm run figures:report`:
 * which class a gold row of the Maghreb corpus belongs to (by its `how_written` and `value`), and
 * which classes a figure the reader spotted belongs to (by its reading and its text). A row or a
 * figure may belong to several classes, or to none.
 */
import type { Figure } from "../server/src/core/text/figures";

/** The classes, in the order of the issue; each is also a category of expressions.tsv. */
export const CLASSES = ["bounds", "compounds", "scales", "fractions", "negatives", "formats", "frforms", "implicit"] as const;
export type FigureClass = (typeof CLASSES)[number];

/** What each class covers, for the report's headings. */
export const CLASS_NAMES: Record<FigureClass, string> = {
  bounds: "bounds, intervals and ranges",
  compounds: "compounds with a separate و",
  scales: "scales and suffixes",
  fractions: "halves and fractions",
  negatives: "negatives",
  formats: "number formats",
  frforms: "French forms, un/une as a count",
  implicit: "implicit one",
};

/** The classes of a gold row of figures.tsv. */
export function goldClasses(value: string, how: string): FigureClass[] {
  const out: FigureClass[] = [];
  const bare = value.replace(/^(percent|money):/, "");
  if (/^(>=|>|<=|<)/.test(bare) || /^-?[\d.]+\.\.-?[\d.]+$/.test(bare)) out.push("bounds");
  if (/mixed/.test(how)) out.push("compounds");
  if (/scale word|مليون|مليار|ألف|آلاف|million|milliard|billion/.test(how)) out.push("scales");
  if (/^fraction:/.test(value) || /نصف|ربع|ثلث|half|demi|quart|tiers/.test(how)) out.push("fractions");
  if (/^-/.test(bare)) out.push("negatives");
  if (/thousands separator|decimal/.test(how)) out.push("formats");
  if (/french word/.test(how) && !/plusieurs|milliers|centaine|dizaine/.test(how)) out.push("frforms");
  if (/implied one|bare singular/.test(how)) out.push("implicit");
  return out;
}

const SCALE_WORDS = /(ألف|الف|آلاف|ألفا|مليون|ملايين|مليار|مليارات|بليون|تريليون|ترليون|دزين|million|milliard|billion|trillion|thousand|douzaine|dozen|demi-|\d\s?(M|k|K|Md|Mds|Mrd|Mrds|bn|mn)\b)/u;
const FR_DURATION = /\b(an|année|mois|semaine|jour|journée|heure|minute|nuit|siècle|décennie)\b/u;
const FRACTION_WORDS = /(نصف|ربع|ثلث|أرباع|خمس|demi|quart|tiers|moitié|half|third|quarter|\d\/\d)/u;

/** The classes of a figure the reader spotted. */
export function figureClasses(f: Figure): FigureClass[] {
  const out: FigureClass[] = [];
  const text = f.text;
  if (f.kind === "bound" || f.kind === "range") out.push("bounds");
  // A separate «و» («خمسمائة و خمسة»), or digits on both sides of a scale word («40 ألف 869»).
  if (/\sو\s/u.test(text) || /\d\s+\p{L}+\s+\d/u.test(text)) out.push("compounds");
  if (SCALE_WORDS.test(text)) out.push("scales");
  const values = [f.value, f.min, f.max].filter((v): v is number => v !== undefined);
  if (FRACTION_WORDS.test(text) && values.some((v) => !Number.isInteger(v) || v < 1)) out.push("fractions");
  if (values.some((v) => v < 0)) out.push("negatives");
  // Digits with a grouping or decimal mark, or a decimal without its integer part.
  if (/\d[ \u00a0\u202f٬،.,٫]\d|(^|\s)[.,]\d/u.test(text)) out.push("formats");
  // French number words, and «un»/«une» as a count (an implicit one of a counted noun, not of a duration).
  if (f.lang === "fr" && !/\d/.test(text) && f.kind !== "ordinal" && f.kind !== "date" && f.kind !== "vague" && !(f.implicit && FR_DURATION.test(text))) out.push("frforms");
  if (f.implicit && !(f.lang === "fr" && !FR_DURATION.test(text))) out.push("implicit");
  return out;
}
