/**
 * Where each quote last stood in its article, with the text around it: what re-anchoring needs
 * once the article changes and the quote is no longer found word for word. Kept in memory for the
 * session (the checks record it each time they find a quote once), bounded, oldest forgotten first.
 */
import { contextAround, type AnchorContext } from "../text/reanchor";

/** Quotes remembered at most; past it the least recently found is forgotten. */
const MAX_ANCHORS = 10_000;

export class AnchorMemory {
  private readonly anchors = new Map<string, AnchorContext>();

  /** Records that `quote` stands at `[start, end)` of the article `text` at `articleUri`. */
  remember(articleUri: string, quote: string, text: string, start: number, end: number): void {
    const key = keyOf(articleUri, quote);
    this.anchors.delete(key);
    this.anchors.set(key, contextAround(text, start, end));
    if (this.anchors.size > MAX_ANCHORS) {
      const oldest = this.anchors.keys().next().value;
      if (oldest !== undefined) this.anchors.delete(oldest);
    }
  }

  /** What stood around `quote` in the article the last time it was found there. */
  context(articleUri: string, quote: string): AnchorContext | undefined {
    return this.anchors.get(keyOf(articleUri, quote));
  }
}

function keyOf(articleUri: string, quote: string): string {
  return `${articleUri}\u0000${quote}`;
}
