/**
 * `hidden-bidi-control`: a bidi control that makes a figure or an id show otherwise than it reads
 * (CVE-2021-42574): `= ‮31‬` shows as 13 and is read as 31; `{year: 20‮17}` shows as 2017 and is
 * another quantity. In a claims file every embedding, override and isolate in a header, an id or
 * a value is flagged, and the marks LRM, RLM and ALM where they touch a digit; in quotes and
 * other free text, and in the article passage a claim quotes, only a control that touches a
 * digit is: right-to-left marks between words of Arabic prose are normal.
 */
import type { Problem } from "../model/problem";
import { said } from "../messages";
import { isolate } from "../text/bidi";
import { codeNames, hiddenControls, visibleControls, type Trick } from "../text/tricks";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry } from "../workspace/workspaceIndex";
import { readSpans } from "./claimSpans";
import type { CheckContext } from "./context";

/** Characters shown around a control in a message, each side, when its span is longer than `WHOLE`. */
const CONTEXT = 12;
/** A span this short is shown whole. */
const WHOLE = 48;

export function hiddenBidiProblems({ workspace, quotes }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  const text = entry.text;
  for (const span of readSpans(entry.facts.file)) {
    for (const trick of hiddenControls(text, span.start, span.end, !span.prose)) {
      problems.push({
        code: "hidden-bidi-control",
        start: trick.start,
        end: trick.end,
        ...said("hidden bidi control {0}: the text shows otherwise than it reads, {1}", codeNames(trick.chars), visibleAround(text, trick, span.start, span.end)),
        data: { controls: codeNames(trick.chars) },
      });
    }
  }
  for (const claim of entry.facts.claims) {
    const quote = claim.quote;
    const found = quote ? quotes.matches(entry, claim) : undefined;
    if (!quote || !found) continue;
    const article = found.articleText;
    for (const match of found.matches) {
      // A control just outside the match still reorders the figure at its edge: `‮31‬` quoted as «31».
      const tricks = hiddenControls(article, Math.max(0, match.start - 2), Math.min(article.length, match.end + 2), false).filter((t) => t.end >= match.start && t.start <= match.end);
      for (const trick of tricks) {
        problems.push({
          code: "hidden-bidi-control",
          start: quote.valueSpan.start,
          end: quote.valueSpan.end,
          ...said("the article {0} hides bidi control {1} beside a figure this quote states, {2}", relativePath(workspace.rootUri, found.articleUri), codeNames(trick.chars), visibleAround(article, trick, match.start, match.end)),
          related: [{ uri: found.articleUri, start: trick.start, end: trick.end, ...said("bidi control {0}", codeNames(trick.chars)) }],
          data: { controls: codeNames(trick.chars), articleUri: found.articleUri },
        });
      }
    }
  }
  return problems;
}

/** The text around a trick, within `[from, to)`, with its controls written out: `20⟨U+202E⟩17`. */
export function visibleAround(text: string, trick: Trick, from: number, to: number): string {
  const whole = to - from <= WHOLE;
  const start = whole ? from : Math.max(from, trick.start - CONTEXT);
  const end = whole ? to : Math.min(to, trick.end + CONTEXT);
  return isolate(visibleControls(text.slice(start, end)));
}
