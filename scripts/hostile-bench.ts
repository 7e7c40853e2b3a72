/**
 * `npm run bench -- --hostile [--only WORDS]`: times each hostile case of scripts/hostile.ts at
 * sizes that double, and prints each doubling's time ratio; a ratio above 2.3 is marked. Not a
 * test: timings on a shared machine are figures to read, not to assert.
 */
import { performance } from "node:perf_hooks";
import { HOSTILE } from "./hostile";

/** The worst ratio a doubling may cost (issue 20). */
export const MAX_RATIO = 2.3;

/** Runs the cases whose name holds `only`, prints a table, and returns whether every ratio held. */
export async function runHostile(only?: string, runs = 3): Promise<boolean> {
  let held = true;
  const rows: string[] = [];
  for (const c of HOSTILE) {
    if (only && !c.name.includes(only)) continue;
    const times: number[] = [];
    for (const n of c.sizes) {
      let best = Infinity;
      let result = 0;
      for (let r = 0; r < runs; r++) {
        const t = performance.now();
        result = await c.run(n);
        best = Math.min(best, performance.now() - t);
      }
      times.push(best);
      const prev = times[times.length - 2];
      const ratio = prev !== undefined ? best / Math.max(prev, 1) : undefined;
      const bad = ratio !== undefined && ratio > MAX_RATIO && best > 20;
      if (bad) held = false;
      const line = `${c.name.padEnd(64)} n=${String(n).padStart(7)}  ${best.toFixed(1).padStart(9)} ms  ×${ratio?.toFixed(2) ?? "  — "}${bad ? "  ← over " + MAX_RATIO : ""}  (${result})`;
      rows.push(line);
      console.log(line);
    }
  }
  console.log(held ? `every doubling within ×${MAX_RATIO}` : `some doubling over ×${MAX_RATIO}`);
  return held;
}
