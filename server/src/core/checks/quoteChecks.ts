/**
 * Checks that read the article: `outside-root`, `missing-text`, an article's `encoding`, and for
 * each quote `quote-not-found`, `ambiguous-quote` and `figure-not-in-quote`.
 */
import type { ClaimFacts } from "../model/facts";
import type { Problem } from "../model/problem";
import { findQuote, type QuoteMatch } from "../text/quoteMatch";
import { isolate } from "../text/bidi";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry, Workspace } from "../workspace/workspace";
import { quoteStatesValue } from "./figureInQuote";

/** Problems of the `text:` fields: where they lead and whether the article could be read. */
export function articleProblems(workspace: Workspace, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const source of entry.facts.sources) {
    const field = source.fields.text;
    const link = entry.links.get(source.index);
    if (!field || !link) continue;
    const at = field.valueSpan;
    if (link.kind === "outside") {
      problems.push({ code: "outside-root", start: at.start, end: at.end, message: link.reason });
      continue;
    }
    const content = workspace.articleContent(link.uri);
    if (content?.kind === "missing") {
      problems.push({ code: "missing-text", start: at.start, end: at.end, message: `the article \`${field.value}\` does not exist (looked for ${relativePath(workspace.rootUri, link.uri)})` });
    } else if (content?.kind === "encoding") {
      problems.push({ code: "encoding", start: at.start, end: at.end, message: content.message });
    }
  }
  return problems;
}

/** Where each quote of the file stands in its article (undefined when the article is not readable). */
export function quoteMatches(workspace: Workspace, entry: ClaimsEntry, claim: ClaimFacts): { articleUri: string; matches: QuoteMatch[] } | undefined {
  if (!claim.quote || !claim.source) return undefined;
  const link = entry.links.get(claim.source.index);
  if (link?.kind !== "inside") return undefined;
  const article = workspace.article(link.uri);
  if (!article) return undefined;
  return { articleUri: link.uri, matches: findQuote(article.folded(), claim.quote.value) };
}

export function quoteProblems(workspace: Workspace, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  for (const claim of entry.facts.claims) {
    const quote = claim.quote;
    const found = quoteMatches(workspace, entry, claim);
    if (!quote || !found) continue;
    const at = { start: quote.valueSpan.start, end: quote.valueSpan.end };
    const article = relativePath(workspace.rootUri, found.articleUri);
    if (found.matches.length === 0) {
      problems.push({ code: "quote-not-found", ...at, message: `this quote is not in the article ${article}`, data: { articleUri: found.articleUri } });
      continue;
    }
    if (found.matches.length > 1) {
      problems.push({
        code: "ambiguous-quote",
        ...at,
        message: `this quote stands ${found.matches.length} times in ${article}: quote a longer passage to say which`,
        related: found.matches.map((m, i) => ({ uri: found.articleUri, start: m.start, end: m.end, message: `occurrence ${i + 1}` })),
      });
    }
    if (claim.set && claim.node.value) {
      const verdict = quoteStatesValue(quote.value, claim.set, claim.node.value.literal);
      if (verdict.states === false) {
        problems.push({
          code: "figure-not-in-quote",
          ...at,
          message: verdict.read.length > 0
            ? `the quote does not state ${isolate(claim.node.value.text)}: it reads ${verdict.read.map(isolate).join(", ")}`
            : `the quote does not state ${isolate(claim.node.value.text)}: no figure in it`,
          data: { read: verdict.read },
        });
      }
    }
  }
  return problems;
}
