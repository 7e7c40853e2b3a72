/**
 * The compact notation of the evaluation table (see expressions.tsv): one figure as
 * "n:13", "b:>27", "r:21..41", "d:2003-05-16", "rel:last-year=2018" …
 */
import type { Figure } from "../figures";

/** A figure in the table's notation, without its span; an implicit one is marked with a star (*n:1). */
export function renderFigure(f: Figure): string {
  return f.implicit ? `*${reading(f)}` : reading(f);
}

function reading(f: Figure): string {
  const pct = f.unit === "%" ? "%" : "";
  switch (f.kind) {
    case "number":
      return `n:${f.approx ? "~" : ""}${number(f.value ?? NaN)}${pct}`;
    case "ordinal":
      return `o:${f.value}`;
    case "bound":
      return f.min !== undefined ? `b:${f.minExclusive ? ">" : ">="}${number(f.min)}${pct}` : `b:${f.maxExclusive ? "<" : "<="}${number(f.max ?? NaN)}${pct}`;
    case "range":
      // An interval made of two bounds marks the ends it leaves out: r:>18..<30.
      return `r:${f.minExclusive ? ">" : ""}${number(f.min ?? NaN)}..${f.maxExclusive ? "<" : ""}${number(f.max ?? NaN)}${pct}`;
    case "vague":
      return `v:${f.min}..${f.max}`;
    case "time":
      return `t:${f.time}`;
    case "date":
      if (f.hijri) return `h:${f.hijri}`;
      if (f.relative) return `rel:${f.relative}${f.resolved && f.date ? `=${f.date}` : ""}`;
      return `d:${f.date}`;
  }
}

/** A number as written in the table: a simple fraction without a short decimal form as one (1/3, 2/3, 1000000/3). */
function number(v: number): string {
  const written = String(v);
  if (Number.isInteger(v) || written.length < 12) return written;
  for (let d = 2; d <= 12; d++) {
    const n = Math.round(v * d);
    if (Math.abs(v * d - n) < 1e-9) return `${n}/${d}`;
  }
  return written;
}
