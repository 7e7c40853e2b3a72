/**
 * The claims that quote an article, seen from the article: where each quote stands in it and
 * which figures of the quoted passage state the claimed value. What the article's diagnostics
 * and hovers are placed on.
 */
import { problemsOwner } from "./problems";
import { figuresOf as figuresOfPassage, quoteStatesValue } from "../checks/figureInQuote";
import type { ClaimFacts } from "../model/facts";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import { LruMap } from "../memory/lru";
import { exact } from "../memory/exact";
import { append } from "../memory/append";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One place a quote stands in the article. Offsets are into the article text. */
export interface QuotedPlace extends Span {
  /** The figures of the passage that state the claimed value. */
  readonly stating: readonly Span[];
  /** The figures of the passage the checks read for this kind of value (numbers, or dates). */
  readonly read: readonly Span[];
}

export interface QuotedClaim {
  readonly claimsUri: string;
  readonly claim: ClaimFacts;
  /** Every place the quote stands (several when it is ambiguous). */
  readonly places: readonly QuotedPlace[];
}

/** Every claim of the workspace whose quote is found in the article `articleUri`. */
export function claimsQuoting(workspace: WorkspaceIndex, articleUri: string): QuotedClaim[] {
  const article = workspace.article(articleUri);
  if (!article) return [];
  const out: QuotedClaim[] = [];
  for (const claimsUri of workspace.claimsNaming(articleUri).sort()) {
    const entry = workspace.entry(claimsUri);
    if (!entry) continue;
    // A claims file's quotes in an article change only with the file (a new entry) or the article.
    const remembered = quotedCache.get(entry)?.get(articleUri);
    if (remembered && remembered.text === article.text) {
      append(out, remembered.claims);
      continue;
    }
    const mine: QuotedClaim[] = [];
    for (const claim of entry.facts.claims) {
      const found = problemsOwner(workspace).quotes.matches(entry, claim);
      if (!found || found.articleUri !== articleUri || found.matches.length === 0) continue;
      const places = found.matches.map((m): QuotedPlace => {
        const figures = m.parts.flatMap((part) => figuresOf(article.text, part));
        return { start: m.start, end: m.end, ...figuresFor(claim, figures) };
      });
      mine.push({ claimsUri, claim, places });
    }
    let byArticle = quotedCache.get(entry);
    if (!byArticle) quotedCache.set(entry, (byArticle = new Map()));
    byArticle.set(articleUri, { text: article.text, claims: mine });
    append(out, mine);
  }
  return out;
}

/**
 * What each claims file quotes in each article, remembered per version of the file: an edit
 * re-publishes every article its quantities' files quote, and reading the figures of their
 * passages again would cost more than the edit itself. Bounded to the files in use.
 */
const quotedCache = new LruMap<ClaimsEntry, Map<string, { text: string; claims: QuotedClaim[] }>>(256);

interface SpottedFigure extends Span {
  readonly text: string;
}

/** The figures of one part of a passage, with offsets into the whole article. */
function figuresOf(text: string, part: Span): SpottedFigure[] {
  // Remembered by passage: an edit to a claims file re-reads the passages its article had already.
  return figuresOfPassage(text.slice(part.start, part.end)).map((f) => ({ start: part.start + f.start, end: part.start + f.end, text: f.text }));
}

/**
 * Sorts a passage's figures the way figure-not-in-quote reads them: each figure is asked on its
 * own whether it states the value, so that the article shows exactly what the check decided.
 */
function figuresFor(claim: ClaimFacts, figures: readonly SpottedFigure[]): { stating: Span[]; read: Span[] } {
  const literal = claim.literal;
  if (!claim.set || !literal) return { stating: [], read: [] };
  const stating: Span[] = [];
  const read: Span[] = [];
  for (const f of figures) {
    const verdict = quoteStatesValue(f.text, claim.set, literal);
    if (verdict.states === true) stating.push(span(f));
    if (verdict.read.length > 0) read.push(span(f));
  }
  return { stating: exact(stating), read: exact(read) };
}

function span(f: Span): Span {
  return { start: f.start, end: f.end };
}
