/**
 * `quote-not-found`, `ambiguous-quote` and `figure-not-in-quote`: each quote must stand in its
 * article once, and state the claimed value. A quote found once is recorded as an anchor, so
 * that it can be re-anchored when the article changes under it.
 */
import type { Problem } from "../model/problem";
import { said } from "../messages";
import { isolate } from "../text/bidi";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";
import { quoteStatesValue } from "./figureInQuote";

/** The quote problems of every claim of `entry`. */
export function quoteProblems({ workspace, quotes, anchors }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const claim of entry.facts.claims) {
    const quote = claim.quote;
    const found = quotes.matches(entry, claim);
    if (!quote || !found) continue;
    const at = { start: quote.valueSpan.start, end: quote.valueSpan.end };
    // Named only in a message: most quotes have none, and parsing two URIs a quote showed in profiles.
    const article = (): string => relativePath(workspace.rootUri, found.articleUri);
    if (found.matches.length === 0) {
      problems.push({ code: "quote-not-found", ...at, ...said("this quote is not in the article {0}", article()), data: { articleUri: found.articleUri } });
      continue;
    }
    const only = found.matches.length === 1 ? found.matches[0] : undefined;
    if (only) anchors.remember(found.articleUri, quote.value, found.articleText, only.start, only.end);
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
