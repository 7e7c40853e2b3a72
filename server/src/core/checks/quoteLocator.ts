/**
 * Where each claim's quote stands in its article. The checks, hovers, definitions and the
 * article's own diagnostics all ask, so the last matches are kept while the article is held as the
 * same text. A claim is immutable (an edit makes new ones). Checked against the article's serial,
 * neither its text nor its folded form: holding either would keep alive what the workspace drops
 * when an article goes cold. Bounded: the claims in use stay, an archive's worth does not.
 */
import type { ClaimFacts } from "../model/facts";
import { findQuote, type QuoteMatch } from "../text/quoteMatch";
import { LruMap } from "../memory/lru";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";

/** Claims whose quote matches are remembered. */
const MATCHES_KEPT = 2048;

export interface QuoteFound {
  readonly articleUri: string;
  readonly articleText: string;
  readonly matches: QuoteMatch[];
}

export class QuoteLocator {
  private readonly cache = new LruMap<ClaimFacts, { serial: number; matches: QuoteMatch[] }>(MATCHES_KEPT);

  constructor(private readonly workspace: WorkspaceIndex) {}

  /** Where the claim's quote stands in its article (undefined when it has none, or the article is not readable). */
  matches(entry: ClaimsEntry, claim: ClaimFacts): QuoteFound | undefined {
    if (!claim.quote || !claim.source) return undefined;
    const link = entry.links.get(claim.source.index);
    if (link?.kind !== "inside") return undefined;
    const article = this.workspace.article(link.uri);
    if (!article) return undefined;
    const cached = this.cache.get(claim);
    if (cached?.serial === article.serial) return { articleUri: link.uri, articleText: article.text, matches: cached.matches };
    const matches = findQuote(article.folded(), claim.quote.value);
    this.cache.set(claim, { serial: article.serial, matches });
    return { articleUri: link.uri, articleText: article.text, matches };
  }
}
