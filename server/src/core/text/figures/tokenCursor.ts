/** The reader's state and its moves over the tokens: one sentence at a time, phrase by phrase. */
import * as L from "../lexicon";
import type { Lang } from "../numbers";
import { sentenceRanges, tokenize, type Token } from "../tokens";
import type { Figure, ReadOptions } from "./figureTypes";
import { detectLang } from "./sentenceLanguage";
import { firstWordsOf, stripPrefix } from "./wordForms";

/** Tokens of one text with their sentences and languages, and the figures read so far. */
export abstract class TokenCursor {
  protected readonly tokens: Token[];
  protected readonly sentences: { start: number; end: number }[];
  private readonly langs: Lang[];
  protected readonly out: Figure[] = [];

  constructor(
    protected readonly text: string,
    protected readonly options: ReadOptions,
  ) {
    this.tokens = tokenize(text);
    this.sentences = sentenceRanges(text);
    let s = 0;
    for (const t of this.tokens) {
      while (s < this.sentences.length - 1 && t.start >= (this.sentences[s]?.end ?? 0)) s++;
      t.sentence = s;
    }
    this.langs = this.sentences.map((r) => options.lang ?? detectLang(text.slice(r.start, r.end)));
  }

  // --- token helpers -------------------------------------------------------------------------

  protected tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Token `j` if it lies in the same sentence as token `i`. */
  protected near(i: number, j: number): Token | undefined {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return a && b && a.sentence === b.sentence ? b : undefined;
  }

  protected langOf(i: number): Lang {
    return this.langs[this.tokens[i]?.sentence ?? 0] ?? "ar";
  }

  protected isWord(i: number, j: number, set: Set<string>): boolean {
    const t = this.near(i, j);
    return t !== undefined && t.kind === "word" && set.has(t.key);
  }

  protected isPunct(i: number, j: number, chars: string): boolean {
    const t = this.near(i, j);
    return t !== undefined && t.kind === "punct" && chars.includes(t.text);
  }

  /** Skips apostrophes, which French elision puts between words (l'an, jusqu'à). */
  protected skipApostrophes(i: number, j: number): number {
    while (this.isPunct(i, j, "'’`")) j++;
    return j;
  }

  /**
   * Matches a phrase of folded keys at `j`; the first word may carry a joined Arabic prefix
   * (بأكثر, وحوالي). Returns the index after the phrase.
   */
  protected phrase(i: number, j: number, words: string[]): number | undefined {
    for (let k = 0; k < words.length; k++) {
      j = this.skipApostrophes(i, j);
      const t = this.near(i, j);
      const w = words[k];
      if (!t || w === undefined) return undefined;
      if (t.key !== w && !(k === 0 && t.kind === "word" && stripPrefix(t.key, L.AR_NUMBER_PREFIXES) === w)) return undefined;
      j++;
    }
    return j;
  }

  /**
   * Whether some phrase of a list can start at `j`: its first word is the token's key, or the key
   * without a joined prefix. Tried before the phrases one by one, since most tokens start none.
   */
  protected mayStart(i: number, j: number, first: ReadonlySet<string>): boolean {
    const t = this.near(i, this.skipApostrophes(i, j));
    if (!t) return false;
    return first.has(t.key) || (t.kind === "word" && first.has(stripPrefix(t.key, L.AR_NUMBER_PREFIXES)));
  }

  protected anyPhrase<T>(i: number, j: number, list: [string[], T][]): { next: number; tag: T } | undefined {
    if (!this.mayStart(i, j, firstWordsOf(list, (entry) => entry[0]))) return undefined;
    let best: { next: number; tag: T } | undefined;
    for (const [words, tag] of list) {
      const next = this.phrase(i, j, words);
      if (next !== undefined && (!best || next > best.next)) best = { next, tag };
    }
    return best;
  }
}
