/** Compares what a check reported with the planted cases of the manifest: every one, and nothing else. */
import type { PlantedCase } from "./corpus";

export interface Reported {
  /** Path relative to the corpus root, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

export interface PlantedResult {
  readonly planted_found: number;
  readonly planted_total: number;
  readonly false_reports: number;
  /** Planted cases nobody reported, as `file:line code`. */
  readonly missing: string[];
  /** Reports at no planted place, as `file:line code`. */
  readonly extra: string[];
}

const key = (r: Reported) => `${r.file}:${r.line} ${r.code}`;

export function comparePlanted(planted: readonly PlantedCase[], reported: readonly Reported[]): PlantedResult {
  const left = new Map<string, number>();
  for (const p of planted) left.set(key(p), (left.get(key(p)) ?? 0) + 1);
  const extra: string[] = [];
  let found = 0;
  for (const r of reported) {
    const n = left.get(key(r)) ?? 0;
    if (n > 0) {
      left.set(key(r), n - 1);
      found++;
    } else extra.push(key(r));
  }
  const missing = [...left].flatMap(([k, n]) => Array.from({ length: n }, () => k));
  return { planted_found: found, planted_total: planted.length, false_reports: extra.length, missing, extra };
}
