/**
 * Checks that read the article: `outside-root`, `missing-text`, an article's `encoding`, and for
 * each quote `quote-not-found`, `ambiguous-quote` and `figure-not-in-quote`.
 */
import type { ClaimFacts } from "../model/facts";
import type { Problem } from "../model/problem";
import { findQuote, type QuoteMatch } from "../text/quoteMatch";
import { said } from "../messages";
import { isolate } from "../text/bidi";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry, Workspace } from "../workspace/workspace";
import { quoteStatesValue } from "./figureInQuote";
import { LruMap } from "../memory/lru";

/** Problems of the `text:` fields: where they lead and whether the article could be read. */
export function articleProblems(workspace: Workspace, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const source of entry.facts.sources) {
    const field = source.textField;
    const link = entry.links.get(source.index);
    if (!field || !link) continue;
    const at = field.valueSpan;
    if (link.kind === "outside") {
      problems.push({ code: "outside-root", start: at.start, end: at.end, message: link.reason, l10n: link.l10n });
      continue;
    }
    const content = workspace.articleContent(link.uri);
    if (content?.kind === "missing") {
      problems.push({ code: "missing-text", start: at.start, end: at.end, ...said("the article `{0}` does not exist (looked for {1})", field.value, relativePath(workspace.rootUri, link.uri)) });
    } else if (content?.kind === "encoding") {
      problems.push({ code: content.code ?? "encoding", start: at.start, end: at.end, message: content.message, ...(content.l10n ? { l10n: content.l10n } : {}) });
    }
  }
  return problems;
}

/**
 * The last matches of each claim's quote, kept while its article is held as the same text: the
 * checks, hovers, definitions and the article's own diagnostics all ask. A claim is immutable (an
 * edit makes new ones). Checked against the article's serial, neither its text nor its folded
 * form: holding either would keep alive what the workspace drops when an article goes cold.
 * Bounded: the claims in use stay, an archive's worth does not.
 */
const matchCache = new LruMap<ClaimFacts, { serial: number; matches: QuoteMatch[] }>(2048);

/** Where each quote of the file stands in its article (undefined when the article is not readable). */
export function quoteMatches(workspace: Workspace, entry: ClaimsEntry, claim: ClaimFacts): { articleUri: string; articleText: string; matches: QuoteMatch[] } | undefined {
  if (!claim.quote || !claim.source) return undefined;
  const link = entry.links.get(claim.source.index);
  if (link?.kind !== "inside") return undefined;
  const article = workspace.article(link.uri);
  if (!article) return undefined;
  const cached = matchCache.get(claim);
  if (cached?.serial === article.serial) return { articleUri: link.uri, articleText: article.text, matches: cached.matches };
  const matches = findQuote(article.folded(), claim.quote.value);
  matchCache.set(claim, { serial: article.serial, matches });
  return { articleUri: link.uri, articleText: article.text, matches };
}

export function quoteProblems(workspace: Workspace, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const claim of entry.facts.claims) {
    const quote = claim.quote;
    const found = quoteMatches(workspace, entry, claim);
    if (!quote || !found) continue;
    const at = { start: quote.valueSpan.start, end: quote.valueSpan.end };
    // Named only in a message: most quotes have none, and parsing two URIs a quote showed in profiles.
    const article = (): string => relativePath(workspace.rootUri, found.articleUri);
    if (found.matches.length === 0) {
      problems.push({ code: "quote-not-found", ...at, ...said("this quote is not in the article {0}", article()), data: { articleUri: found.articleUri } });
      continue;
    }
    const only = found.matches.length === 1 ? found.matches[0] : undefined;
    if (only) workspace.anchors.remember(found.articleUri, quote.value, found.articleText, only.start, only.end);
    if (found.matches.length > 1) {
      problems.push({
        code: "ambiguous-quote",
        ...at,
        ...said("this quote stands {0} times in {1}: quote a longer passage to say which", found.matches.length, article()),
        related: found.matches.map((m, i) => ({ uri: found.articleUri, start: m.start, end: m.end, ...said("occurrence {0}", i + 1) })),
      });
    }
    if (claim.set && claim.literal && claim.valueText !== undefined) {
      const verdict = quoteStatesValue(quote.value, claim.set, claim.literal);
      if (verdict.states === false) {
        problems.push({
          code: "figure-not-in-quote",
          ...at,
          ...(verdict.read.length > 0
            ? said("the quote does not state {0}: it reads {1}", isolate(claim.valueText), verdict.read.map(isolate).join(", "))
            : said("the quote does not state {0}: no figure in it", isolate(claim.valueText))),
          data: { read: verdict.read },
        });
      }
    }
  }
  return problems;
}
