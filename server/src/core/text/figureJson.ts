/**
 * The output of `isnad figures`: one JSON object or one text line per figure, with 1-based
 * lines and columns (UTF-16 code units, end exclusive) as `isnad check` prints them.
 * docs/figures.schema.json describes the JSON form.
 */
import { z } from "zod";
import type { Figure } from "./figures";
import type { LineIndex } from "./lineIndex";

const position = z.number().int().min(1);

/** One figure of `isnad figures --format json` (docs/figures.schema.json is generated from it). */
export const figureJsonSchema = z
  .object({
    file: z.string().describe("Path of the article text, as given on the command line."),
    line: position.describe("1-based line of the figure's first character."),
    column: position.describe("1-based column, in UTF-16 code units."),
    endLine: position,
    endColumn: position.describe("Column just past the figure (end exclusive), in UTF-16 code units."),
    text: z.string().describe("The exact span of the figure in the file."),
    kind: z
      .enum(["number", "ordinal", "date", "range", "bound", "vague", "time"])
      .describe("number and ordinal carry value; range, bound and vague carry min/max; date carries date, relative or hijri; time carries time."),
    value: z.number().optional().describe("Exact reading (number, ordinal)."),
    min: z.number().optional().describe("Lower end of an interval (range, vague, lower bound)."),
    max: z.number().optional().describe("Upper end of an interval (range, vague, upper bound)."),
    minExclusive: z
      .boolean()
      .optional()
      .describe("True when min itself is excluded: «أكثر من 27» is min 27, exclusive. A bound carries it; so does a range made of two bounds («أكثر من 18 وأقل من 30»), for each end."),
    maxExclusive: z.boolean().optional().describe("True when max itself is excluded: «أقل من 7»; for a range made of two bounds, as minExclusive."),
    approx: z.boolean().optional().describe("True for approximations: «نحو 50», «environ 200», «une dizaine»."),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
      .optional()
      .describe("Gregorian date, ISO YYYY, YYYY-MM or YYYY-MM-DD; for a relative date, its resolution against the publication date."),
    relative: z
      .string()
      .optional()
      .describe(
        "Relative date: today, yesterday, day-before-yesterday, tomorrow, last-year, this-year, next-year, last-month, this-month, next-month, last-<weekday>, next-<weekday>, or a date without its year --MM-DD / --MM, optionally prefixed last:, this: or next: («24 نونبر الماضي» is last:--11-24).",
      ),
    resolved: z.boolean().optional().describe("For relative dates: false when no publication date anchors them (date is then absent)."),
    hijri: z
      .string()
      .regex(/^\d{3,4}(-\d{2}-\d{2})?$/)
      .optional()
      .describe("Hijri date (year, or year-month-day in the Hijri calendar) for dates marked هـ; never read as a Gregorian year."),
    time: z.string().regex(/^\d{2}:\d{2}$/).optional().describe("Clock time HH:MM («الساعة 8,38», «13H00»)."),
    unit: z.string().optional().describe("The counted noun as written after the figure, or % for percentages."),
    implicit: z
      .boolean()
      .optional()
      .describe(
        "True for a one that no numeral states: a duration after a closed list of triggers («مدة سنة», «شهر أو أكثر», «un an», «for a year») or «un»/«une» before a counted noun («un mort»). It tells that a quote states a figure; it is never reported as a figure to claim.",
      ),
  })
  .strict();

/** The whole output of `isnad figures --format json`: one array, one object per figure. */
export const figuresOutputSchema = z.array(figureJsonSchema);

export type FigureJson = z.infer<typeof figureJsonSchema>;

/** The JSON object for one figure of `file`; `lines` indexes the file's text. */
export function figureToJson(file: string, f: Figure, lines: LineIndex): FigureJson {
  const a = lines.position(f.start);
  const b = lines.position(f.end);
  const out: FigureJson = { file, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1, text: f.text, kind: f.kind };
  for (const key of ["value", "min", "max", "minExclusive", "maxExclusive", "approx", "date", "relative", "resolved", "hijri", "time", "unit", "implicit"] as const) {
    if (f[key] !== undefined) (out as unknown as Record<string, unknown>)[key] = f[key];
  }
  return out;
}

/** The reading of a figure in a few characters: "13", ">27", "21..41", ">18..<30", "1 (implicit)", "2003-05-16", "last-year → 2018". */
export function describeReading(f: Figure): string {
  return f.implicit ? `${reading(f)} (implicit)` : reading(f);
}

function reading(f: Figure): string {
  const unit = f.unit === "%" ? "%" : "";
  const approx = f.approx ? "~" : "";
  switch (f.kind) {
    case "number":
    case "ordinal":
      return `${approx}${f.value}${unit}${f.kind === "ordinal" ? " (ordinal)" : ""}`;
    case "bound":
      return f.min !== undefined ? `${approx}${f.minExclusive ? ">" : ">="}${f.min}${unit}` : `${approx}${f.maxExclusive ? "<" : "<="}${f.max}${unit}`;
    case "range":
    case "vague":
      return `${approx}${f.minExclusive ? ">" : ""}${f.min}..${f.maxExclusive ? "<" : ""}${f.max}${unit}${f.kind === "vague" ? " (vague)" : ""}`;
    case "time":
      return f.time ?? "";
    case "date":
      if (f.hijri) return `${f.hijri} (Hijri)`;
      if (f.relative) return f.resolved ? `${f.relative} → ${f.date}` : `${f.relative} (unresolved)`;
      return f.date ?? "";
  }
}

/** One line of `isnad figures --format text`: "file:line:column: kind reading «text»". */
export function figureToText(file: string, f: Figure, lines: LineIndex): string {
  const a = lines.position(f.start);
  // A unit the figure's own text holds («un an») is not repeated.
  const unit = f.unit && f.unit !== "%" && !f.text.includes(f.unit) ? ` [${f.unit}]` : "";
  return `${file}:${a.line + 1}:${a.character + 1}: ${f.kind} ${describeReading(f)}${unit} «${f.text.replace(/\s+/g, " ")}»`;
}
