/**
 * Where each quote last stood in its article, with the text around it: what re-anchoring needs
 * once the article changes and the quote is no longer found word for word. Kept in memory for the
 * session (the checks record it each time they find a quote once), bounded, oldest article
 * forgotten first.
 *
 * Recording is on the path of every quote check, so it is cheap: a reference to the article's
 * text (which the workspace holds anyway) and two offsets, under maps keyed by strings whose
 * hashes V8 keeps; the context is cut only when a fix asks for it.
 */
import { contextAround, type AnchorContext } from "../text/reanchor";

/** Quotes remembered at most; past it the article remembered longest ago is forgotten. */
const MAX_ANCHORS = 2048;

interface Anchor {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export class AnchorMemory {
  /** Article URI → quote → where it stood; articles in the order they were first remembered. */
  private readonly byArticle = new Map<string, Map<string, Anchor>>();
  private size = 0;

  /** Records that `quote` stands at `[start, end)` of the article `text` at `articleUri`. */
  remember(articleUri: string, quote: string, text: string, start: number, end: number): void {
    let quotes = this.byArticle.get(articleUri);
    if (!quotes) this.byArticle.set(articleUri, (quotes = new Map()));
    const previous = quotes.get(quote);
    if (previous && previous.text === text && previous.start === start && previous.end === end) return;
    if (!previous) this.size++;
    quotes.set(quote, { text, start, end });
    while (this.size > MAX_ANCHORS) this.forgetOldestArticle();
  }

  /** What stood around `quote` in the article the last time it was found there. */
  context(articleUri: string, quote: string): AnchorContext | undefined {
    const anchor = this.byArticle.get(articleUri)?.get(quote);
    return anchor && contextAround(anchor.text, anchor.start, anchor.end);
  }

  /** Forgets the quotes of an article, and with them the reference to its text. */
  forget(articleUri: string): void {
    const quotes = this.byArticle.get(articleUri);
    if (!quotes) return;
    this.byArticle.delete(articleUri);
    this.size -= quotes.size;
  }

  private forgetOldestArticle(): void {
    const oldest = this.byArticle.keys().next().value;
    if (oldest !== undefined) this.forget(oldest);
  }
}
