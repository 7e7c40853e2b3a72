/** The gold rows of the shared corpus (figures.tsv, see its README) and how a figure's reading is compared with one: shared by the reports. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Figure } from "../server/src/core/text/figures";

export interface Gold {
  id: string;
  file: string;
  value: string;
  how: string;
  quote: string;
}

export const near = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

/** Whether figure `f` reads gold value `v` (the forms of figures.tsv). */
export function agrees(f: Figure, v: string): boolean {
  const tag = /^(percent|money|vague|time|month|date|id|fraction|multiplier):(.*)$/.exec(v);
  if (tag) {
    const [, kind = "", rest = ""] = tag;
    switch (kind) {
      case "percent":
      case "money":
        return agrees(f, rest);
      case "vague":
        return f.kind === "vague" && f.min === ({ tens: 10, hundreds: 100, thousands: 1000 } as Record<string, number>)[rest];
      case "time":
        return f.time === rest;
      case "month":
        return f.date === rest;
      case "date":
        return (f.relative ?? "").endsWith(rest) || (f.date ?? "").endsWith(rest.slice(1));
      case "id": {
        const digits = f.text.replace(/\D/g, "");
        return digits.length > 0 && rest.includes(digits);
      }
      case "fraction": {
        const [a, b] = rest.split("/").map(Number);
        return f.value !== undefined && a !== undefined && b !== undefined && near(f.value, a / b);
      }
      case "multiplier":
        return f.value !== undefined && near(f.value, Number(rest));
    }
  }
  let m = /^(-?[\d.]+)\.\.(-?[\d.]+)$/.exec(v);
  // a..b holds both ends: an interval that leaves an end out (plus de 10 et moins de 20) is another reading.
  if (m) return (f.kind === "range" || f.kind === "vague") && !f.minExclusive && !f.maxExclusive && near(f.min ?? NaN, Number(m[1])) && near(f.max ?? NaN, Number(m[2]));
  m = /^(>=|>|<=|<)([\d.]+)$/.exec(v);
  if (m) {
    const n = Number(m[2]);
    if (f.kind !== "bound") return false;
    if (m[1] === ">") return f.min !== undefined && near(f.min, n) && f.minExclusive === true;
    if (m[1] === ">=") return f.min !== undefined && near(f.min, n) && !f.minExclusive;
    if (m[1] === "<") return f.max !== undefined && near(f.max, n) && f.maxExclusive === true;
    return f.max !== undefined && near(f.max, n) && !f.maxExclusive;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return f.date === v;
  const n = Number(v);
  if (Number.isNaN(n)) return false;
  if (f.value !== undefined && near(f.value, n)) return true;
  return f.kind === "date" && f.date !== undefined && /^\d{4}$/.test(v) && f.date.startsWith(v);
}

export function readGold(corpus: string): Gold[] {
  const lines = readFileSync(join(corpus, "figures.tsv"), "utf8").split("\n").filter((l) => l.trim() !== "");
  const header = (lines[0] ?? "").split("\t");
  const col = (name: string) => header.indexOf(name);
  return lines.slice(1).map((l) => {
    const c = l.split("\t");
    return { id: c[col("id")] ?? "", file: c[col("seed_file")] ?? "", value: c[col("value")] ?? "", how: c[col("how_written")] ?? "", quote: c[col("exact_arabic_quote")] ?? "" };
  });
}

