/**
 * For metrics declared as flows or levels: which windows each scope (metric and non-time
 * qualifiers) is claimed for, and which scopes are narrower than which (`{year: 2017, agency:
 * BCIJ}` is inside `{year: 2017}`). What the reasoning about totals, nested windows and scope
 * reads, and what tells the workspace whose diagnostics an edit reaches.
 */

/** A window claimed in a scope: the key of its group, and its days (open ends infinite). */
export interface ScopeWindow {
  readonly groupKey: string;
  readonly first: number;
  readonly last: number;
}

/** Scopes with more qualifiers than this are not registered under every subset (2^4 = 16 keys at most). */
const MAX_SUBSET_PAIRS = 4;

export class ScopeIndex {
  /** Scope key → group key → its window and how many claims hold it. */
  private readonly windows = new Map<string, Map<string, { window: ScopeWindow; count: number }>>();
  /** Scope key → the narrower scope keys claimed (those with its qualifiers and more). */
  private readonly narrower = new Map<string, Map<string, number>>();

  add(scopeKey: string, window: ScopeWindow, wider: readonly string[]): void {
    let byGroup = this.windows.get(scopeKey);
    if (!byGroup) this.windows.set(scopeKey, (byGroup = new Map()));
    const held = byGroup.get(window.groupKey);
    if (held) held.count++;
    else byGroup.set(window.groupKey, { window, count: 1 });
    for (const w of wider) {
      let set = this.narrower.get(w);
      if (!set) this.narrower.set(w, (set = new Map()));
      set.set(scopeKey, (set.get(scopeKey) ?? 0) + 1);
    }
  }

  remove(scopeKey: string, groupKey: string, wider: readonly string[]): void {
    const byGroup = this.windows.get(scopeKey);
    const held = byGroup?.get(groupKey);
    if (byGroup && held) {
      if (--held.count === 0) byGroup.delete(groupKey);
      if (byGroup.size === 0) this.windows.delete(scopeKey);
    }
    for (const w of wider) {
      const set = this.narrower.get(w);
      if (!set) continue;
      const n = (set.get(scopeKey) ?? 0) - 1;
      if (n > 0) set.set(scopeKey, n);
      else set.delete(scopeKey);
      if (set.size === 0) this.narrower.delete(w);
    }
  }

  /** The windows claimed in a scope. */
  windowsOf(scopeKey: string): ScopeWindow[] {
    return [...(this.windows.get(scopeKey)?.values() ?? [])].map((h) => h.window);
  }

  /** The claimed scopes narrower than `scopeKey`. */
  narrowerThan(scopeKey: string): string[] {
    return [...(this.narrower.get(scopeKey)?.keys() ?? [])];
  }
}

/**
 * The proper subsets of a scope's qualifiers, as scope keys made by `join`: the wider scopes it
 * is inside. Empty for a scope with too many qualifiers to enumerate (never more than 15 keys).
 */
export function widerScopes(metric: string, pairs: readonly (readonly [string, string])[], join: (metric: string, pairs: ReadonlyMap<string, string>) => string): string[] {
  if (pairs.length === 0 || pairs.length > MAX_SUBSET_PAIRS) return [];
  const out: string[] = [];
  const all = (1 << pairs.length) - 1;
  for (let mask = 0; mask < all; mask++) {
    const subset = new Map<string, string>();
    pairs.forEach(([k, v], i) => {
      if (mask & (1 << i)) subset.set(k, v);
    });
    out.push(join(metric, subset));
  }
  return out;
}
