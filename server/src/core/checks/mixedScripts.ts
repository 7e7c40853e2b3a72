/**
 * `mixed-script`: a number written in digits of two scripts (`۴٤4`: Persian, Arabic-Indic and
 * Western), which would be read as one number (444) without a word; and an id whose letters mix
 * Latin with Cyrillic or Greek look-alikes (`аl-waha` with a Cyrillic `а`), which resolves to
 * another source than the one it shows. Read in the claims file and in the passages its quotes
 * stand in.
 */
import type { Problem } from "../model/problem";
import { said } from "../messages";
import { isolate } from "../text/bidi";
import { mixedDigitNumbers, mixedLetters } from "../text/tricks";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry } from "../workspace/workspaceIndex";
import { idSpans, readSpans } from "./claimSpans";
import type { CheckContext } from "./context";

export function mixedScriptProblems({ workspace, quotes }: CheckContext, entry: ClaimsEntry): Problem[] {
  const problems: Problem[] = [];
  const text = entry.text;
  for (const span of readSpans(entry.facts.file)) {
    for (const number of mixedDigitNumbers(text, span.start, span.end)) {
      problems.push({
        code: "mixed-script",
        start: number.start,
        end: number.end,
        ...said("the number {0} mixes {1} digits: write it in one script", isolate(number.chars), number.scripts.join(", ")),
        data: { scripts: number.scripts },
      });
    }
  }
  for (const id of idSpans(entry.facts.file)) {
    const mixed = mixedLetters(text, id.start, id.end);
    if (!mixed) continue;
    const odd = mixed.odd.map((t) => t.chars).join(" ");
    problems.push({
      code: "mixed-script",
      start: id.start,
      end: id.end,
      ...said("`{0}` mixes {1} letters: {2} only look like the others", isolate(text.slice(id.start, id.end)), mixed.scripts.join(", "), odd),
      data: { scripts: mixed.scripts, odd },
    });
  }
  for (const claim of entry.facts.claims) {
    const quote = claim.quote;
    const found = quote ? quotes.matches(entry, claim) : undefined;
    if (!quote || !found) continue;
    for (const match of found.matches) {
      for (const number of mixedDigitNumbers(found.articleText, match.start, match.end)) {
        problems.push({
          code: "mixed-script",
          start: quote.valueSpan.start,
          end: quote.valueSpan.end,
          ...said("the article {0} writes the number {1} this quote stands on in {2} digits", relativePath(workspace.rootUri, found.articleUri), isolate(number.chars), number.scripts.join(", ")),
          related: [{ uri: found.articleUri, start: number.start, end: number.end, ...said("digits of {0} scripts", number.scripts.length) }],
          data: { scripts: number.scripts, articleUri: found.articleUri },
        });
      }
    }
  }
  return problems;
}
