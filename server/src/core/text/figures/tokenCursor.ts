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
  /** Per token: the key without a joined number prefix (بأكثر → أكثر), asked by most patterns. */
  private readonly bareKeys: string[];
  /** Per token: ARABIC and LATIN bits, whether it holds an Arabic or a Latin letter. */
  private readonly scripts: number[];
  protected readonly out: Figure[] = [];

  constructor(
    protected readonly text: string,
    protected readonly options: ReadOptions,
  ) {
    this.tokens = tokenize(text);
    this.sentences = sentenceRanges(text);
    this.bareKeys = new Array<string>(this.tokens.length);
    this.scripts = new Array<number>(this.tokens.length);
    let s = 0;
    for (let k = 0; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      while (s < this.sentences.length - 1 && t.start >= (this.sentences[s]?.end ?? 0)) s++;
      t.sentence = s;
      this.bareKeys[k] = t.kind === "word" ? stripPrefix(t.key, L.AR_NUMBER_PREFIXES) : t.key;
      this.scripts[k] = scriptOf(t.text);
    }
    this.langs = this.sentences.map((r) => options.lang ?? detectLang(text.slice(r.start, r.end)));
  }

  // --- token helpers -------------------------------------------------------------------------

  // Indices are checked before reading: patterns look one or two tokens back and ahead, and an
  // array read out of its bounds (above all at -1) is much slower than the comparison.
  protected tok(i: number): Token | undefined {
    return i >= 0 && i < this.tokens.length ? this.tokens[i] : undefined;
  }

  /** Token `j` if it lies in the same sentence as token `i`. */
  protected near(i: number, j: number): Token | undefined {
    const a = this.tok(i);
    const b = this.tok(j);
    return a && b && a.sentence === b.sentence ? b : undefined;
  }

  /** The key of token `j` without a joined number prefix (the key itself for digits and punctuation). */
  protected bare(j: number): string {
    return this.bareKeys[j] ?? "";
  }

  /** Whether token `j` holds an Arabic letter (U+0600–U+06FF). */
  protected arabic(j: number): boolean {
    return ((this.scripts[j] ?? 0) & ARABIC) !== 0;
  }

  /** Whether token `j` holds a Latin letter (a–z, A–Z, U+00C0–U+024F). */
  protected latin(j: number): boolean {
    return ((this.scripts[j] ?? 0) & LATIN) !== 0;
  }

  protected langOf(i: number): Lang {
    return this.langs[this.tok(i)?.sentence ?? 0] ?? "ar";
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
      if (t.key !== w && !(k === 0 && this.bareKeys[j] === w)) return undefined;
      j++;
    }
    return j;
  }

  /**
   * Whether some phrase of a list can start at `j`: its first word is the token's key, or the key
   * without a joined prefix. Tried before the phrases one by one, since most tokens start none.
   */
  protected mayStart(i: number, j: number, first: ReadonlySet<string>): boolean {
    const k = this.skipApostrophes(i, j);
    const t = this.near(i, k);
    if (!t) return false;
    return first.has(t.key) || first.has(this.bare(k));
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

const ARABIC = 1;
const LATIN = 2;

/** The ARABIC and LATIN bits of a token's text, computed once per token instead of once per pattern. */
function scriptOf(text: string): number {
  let bits = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x0600 && c <= 0x06ff) bits |= ARABIC;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) bits |= LATIN;
  }
  return bits;
}
