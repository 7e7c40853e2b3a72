/** The field names each block takes, and which of them are free text (see docs/format.md). */

export const SOURCE_FIELDS = ["outlet", "title", "author", "published", "retrieved", "text", "url", "language"] as const;
export const CLAIM_FIELDS = ["id", "quote", "via", "note", "rank", "reason", "status"] as const;
export const METRIC_FIELDS = ["kind", "unit", "label-ar", "label-fr", "label-en", "alias", "part-of", "note"] as const;
export const QUALIFIER_FIELDS = ["alias", "note"] as const;

export type SourceFieldName = (typeof SOURCE_FIELDS)[number];
export type ClaimFieldName = (typeof CLAIM_FIELDS)[number];
export type MetricFieldName = (typeof METRIC_FIELDS)[number];
export type QualifierFieldName = (typeof QUALIFIER_FIELDS)[number];

/** The kinds of block, each with the fields it takes. */
export type BlockKind = "source" | "claim" | "metric" | "qualifier";

export const BLOCK_FIELDS: Readonly<Record<BlockKind, readonly string[]>> = {
  source: SOURCE_FIELDS,
  claim: CLAIM_FIELDS,
  metric: METRIC_FIELDS,
  qualifier: QUALIFIER_FIELDS,
};

/** Free-text fields take every character to the end of the line (no comments) and continue onto deeper lines. */
export const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set(["quote", "note", "reason", "outlet", "title", "author"]);

/** The known name nearest to `name` (edit distance), for "did you mean" messages. */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

/** Damerau–Levenshtein distance with adjacent transpositions (`qoute` is one step from `quote`). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1);
      d[i * cols + j] = v;
    }
  }
  return at(a.length, b.length);
}
