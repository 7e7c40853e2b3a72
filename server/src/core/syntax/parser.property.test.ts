import fc from "fast-check";
import { mutatedClaimsFile as mutated } from "../testing/mutations";
import { describe, expect, it } from "vitest";
import { parseClaims } from "./parser";
import type { ClaimsFile, Span } from "./ast";

function spans(file: ClaimsFile): Span[] {
  const out: Span[] = [...file.problems];
  for (const block of [...file.sources, ...file.claims, ...file.metrics, ...file.qualifierBlocks]) {
    out.push(block, block.header);
    for (const f of block.fields) out.push(f, f.name, f.valueSpan);
  }
  for (const c of file.claims) {
    out.push(c.metric);
    if (c.value) out.push(c.value);
    for (const q of c.qualifiers) out.push(q.key, q.value);
  }
  for (const m of file.metrics) out.push(m.name);
  for (const q of file.qualifierBlocks) out.push(q.key, q.value);
  return out;
}

describe("parseClaims on mutated files", () => {
  it("never throws, and every range lies inside the document", () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const file = parseClaims(text);
        for (const span of spans(file)) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("maps every piece of every field value back to the same characters of the file", () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const file = parseClaims(text);
        for (const block of [...file.sources, ...file.claims, ...file.metrics, ...file.qualifierBlocks]) {
          for (const f of block.fields) {
            for (const p of f.pieces) {
              expect(text.slice(p.fileOffset, p.fileOffset + p.length)).toBe(f.value.slice(p.valueOffset, p.valueOffset + p.length));
            }
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
