/**
 * `isnad/stats`: a custom request for the benchmark, answered only when the server was started
 * with `ISNAD_STATS=1`: memory, and the longest the event loop was blocked since the last reset
 * (perf_hooks' event-loop delay histogram). Normal runs neither measure nor answer.
 */
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import type { Connection } from "vscode-languageserver/node";
import type { Session } from "./session";

export const STATS_REQUEST = "isnad/stats";

export interface StatsParams {
  /** Wait until the session has no update or publishing under way before answering. */
  idle?: boolean;
  /** Start a new measuring window after answering. */
  reset?: boolean;
}

export interface StatsResult {
  rssMb: number;
  heapUsedMb: number;
  /** Longest event-loop delay in the window, in ms. */
  maxBlockMs: number;
  p99BlockMs: number;
  /** Longest garbage-collection pause in the window, in ms: tells a collection from a long task. */
  maxGcMs: number;
}

export function registerStats(connection: Connection, session: () => Session | undefined): void {
  if (process.env.ISNAD_STATS !== "1") return;
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  let maxGcMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) maxGcMs = Math.max(maxGcMs, entry.duration);
  }).observe({ entryTypes: ["gc"] });
  connection.onRequest(STATS_REQUEST, async (params: StatsParams | undefined): Promise<StatsResult> => {
    if (params?.idle) await session()?.idle();
    const memory = process.memoryUsage();
    const result = {
      rssMb: memory.rss / 2 ** 20,
      heapUsedMb: memory.heapUsed / 2 ** 20,
      maxBlockMs: histogram.max / 1e6,
      p99BlockMs: histogram.percentile(99) / 1e6,
      maxGcMs,
    };
    if (params?.reset) {
      histogram.reset();
      maxGcMs = 0;
    }
    return result;
  });
}
