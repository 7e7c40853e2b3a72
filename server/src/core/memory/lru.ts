/**
 * A map that keeps the `capacity` entries used most recently: the caches that make an edit cheap
 * (a file's quote matches, what it quotes in an article) hold what the user works on, not the
 * whole archive.
 */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    // Most recently used last: the first key of the map is the coldest.
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const coldest = this.map.keys().next();
      if (!coldest.done) this.map.delete(coldest.value);
    }
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  get size(): number {
    return this.map.size;
  }
}
