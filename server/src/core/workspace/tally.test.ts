import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Tally } from "./vocabulary";

describe("Tally", () => {
  it("counts like a map of counts that forgets zeros, through its one-key and many-key forms", () => {
    const step = fc.record({ key: fc.constantFrom("a", "b", "c"), n: fc.constantFrom(1, 1, 2, -1, -2) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const tally = new Tally();
        const model = new Map<string, number>();
        let sum = 0;
        for (const { key, n } of steps) {
          // The index only takes away what it added: a count never goes below zero.
          if ((model.get(key) ?? 0) + n < 0) continue;
          const next = (model.get(key) ?? 0) + n;
          if (next > 0) model.set(key, next);
          else model.delete(key);
          sum += n;
          expect(tally.add(key, n)).toBe(next);
        }
        expect(tally.size).toBe(model.size);
        expect(tally.total).toBe(sum);
        for (const key of ["a", "b", "c"]) expect(tally.get(key)).toBe(model.get(key) ?? 0);
        expect([...tally.keys()].sort()).toEqual([...model.keys()].sort());
        const ranked = [...model].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([k]) => k);
        expect(tally.ranked()).toEqual(ranked);
      }),
    );
  });
});
