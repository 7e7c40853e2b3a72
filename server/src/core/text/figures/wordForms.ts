/** Forms of a folded key: without its joined prefixes, and the first words of phrase lists. */
import * as L from "../lexicon";

const firstWords = new WeakMap<object, ReadonlySet<string>>();

/** The first words of a list of phrases, computed once per list. */
export function firstWordsOf<E>(list: readonly E[], words: (entry: E) => readonly string[]): ReadonlySet<string> {
  let set = firstWords.get(list);
  if (!set) firstWords.set(list, (set = new Set(list.map((entry) => words(entry)[0] ?? ""))));
  return set;
}

/** The key without its longest matching prefix (when something is left). */
export function stripPrefix(key: string, prefixes: readonly string[]): string {
  for (const p of prefixes) {
    if (key.length > p.length + 1 && key.startsWith(p)) return key.slice(p.length);
  }
  return key;
}

/** A word and its forms without each possible joined prefix. */
export function candidates(key: string): string[] {
  const out = [key];
  for (const p of L.AR_PREFIXES) {
    if (key.length > p.length + 2 && key.startsWith(p)) out.push(key.slice(p.length));
  }
  return out;
}
