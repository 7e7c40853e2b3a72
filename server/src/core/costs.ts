/**
 * Operation counters: how many times the steps whose number could grow faster than the input
 * ran (a search for a quote's part, a comparison of two names, a related place made…). Only
 * tests read them, to prove that doubling a hostile input at most doubles the work
 * (costs.test.ts); counting is an addition, cheaper than any of the steps counted.
 */
export const costs = {
  /** Searches of the article for a part of a quote. */
  quoteSearches: 0,
  /** Related places made for a diagnostic. */
  relatedPlaces: 0,
  /** Claims read while listing or classifying those a claim disagrees with. */
  disputeSteps: 0,
  /** Pairs of metric names compared for `similar-metric`. */
  nameComparisons: 0,
  /** Peers read for a code lens. */
  lensSteps: 0,
  /** Steps of the figure reader's scans. */
  figureSteps: 0,
};

export type CostName = keyof typeof costs;

/** Sets every counter to zero (tests call it before each measure). */
export function resetCosts(): void {
  for (const name of Object.keys(costs) as CostName[]) costs[name] = 0;
}
