/**
 * What an index of 100,000 claims keeps of each one is a few small lists (fields, qualifiers,
 * pieces of a value). V8 grows a list built by `push` with room to spare (17 slots for one
 * element), and that room stays allocated for as long as the list lives: lists kept in the index
 * are copied to their exact length once built.
 */
export function exact<T>(list: T[]): T[] {
  return list.length === 0 ? EMPTY : list.slice();
}

// Shared by every empty list of the index; frozen, so that no caller can fill it for all.
const EMPTY: never[] = Object.freeze([]) as unknown as never[];
