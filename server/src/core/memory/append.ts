/**
 * `target.push(...items)` without the spread: a spread passes every item as an argument, and a
 * list of a few hundred thousand (the claims of a 20 MB document) overflows the stack.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
