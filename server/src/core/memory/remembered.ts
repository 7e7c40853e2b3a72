/**
 * A function of a string whose results are remembered, all forgotten at once when `capacity` is
 * reached: for what an archive repeats (names, qualifier values, quotes), cheap enough to compute
 * again that a full least-recently-used order would cost more than it saves.
 */
export function remembered<R>(capacity: number, compute: (key: string) => R): (key: string) => R {
  const results = new Map<string, R>();
  return (key) => {
    if (results.has(key)) return results.get(key) as R;
    if (results.size >= capacity) results.clear();
    const result = compute(key);
    results.set(key, result);
    return result;
  };
}
