/**
 * A function of a string whose results are remembered, all forgotten at once when `capacity` is
 * reached: for what an archive repeats (names, qualifier values, quotes), cheap enough to compute
 * again that a full least-recently-used order would cost more than it saves.
 *
 * With `repeatedOnly`, a result is kept only when its key comes a second time (the key alone is
 * noted the first time). For large results of mostly unique keys (the figures of a quote): kept
 * on first sight, each would live long enough to be promoted to the old generation and die there,
 * which made most of the garbage collector's work in a cold check.
 */
export function remembered<R>(capacity: number, compute: (key: string) => R, options: { repeatedOnly?: boolean } = {}): (key: string) => R {
  const results = new Map<string, R>();
  const seen = options.repeatedOnly ? new Set<string>() : undefined;
  return (key) => {
    const known = results.get(key);
    if (known !== undefined || results.has(key)) return known as R;
    const result = compute(key);
    if (seen && !seen.has(key)) {
      if (seen.size >= capacity) seen.clear();
      seen.add(key);
      return result;
    }
    if (results.size >= capacity) results.clear();
    results.set(key, result);
    return result;
  };
}
