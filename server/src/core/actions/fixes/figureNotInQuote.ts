/**
 * `figure-not-in-quote`: replace the quote with a passage of the article that states the claimed
 * value, or change the claimed value to a figure the quote states (in the digits the claim is
 * written in: `٤١` stays Arabic-Indic).
 */
import { quoteStatesValue } from "../../checks/figureInQuote";
import { said } from "../../messages";
import type { ClaimFacts } from "../../model/facts";
import { valueSetOf } from "../../model/valueSet";
import { readValue, scaleOf, unscaled } from "../../syntax/values";
import { isolate } from "../../text/bidi";
import { spotFigures, type Figure } from "../../text/figures";
import { quoteValue } from "../claimsText";
import { edits, type CodeAction } from "../edit";
import { inDigitsOf, valueReadings } from "../figureValues";
import { figureWords, statingPassages } from "../passages";
import { articleOf, claimAt, quickFix, shorten, type Fix } from "./fix";

export const figureNotInQuoteFix: Fix = {
  codes: ["figure-not-in-quote"],
  actions(context, problem) {
    const { entry, workspace } = context;
    const claim = claimAt(entry, problem.start);
    const quote = claim?.quote;
    if (!claim || !quote || !claim.node.value) return [];
    const actions: CodeAction[] = [];
    const article = articleOf(entry, claim, workspace);
    for (const passage of article ? statingPassages(article, claim, undefined, workspace) : []) {
      const edit = { uri: entry.uri, start: quote.valueSpan.start, end: quote.valueSpan.end, newText: quoteValue(passage.text) };
      actions.push(quickFix(said("Quote «{0}» instead: {1}", isolate(figureWords(passage.figure)), isolate(shorten(passage.text))), problem, edits(edit)));
    }
    const value = claim.node.value;
    for (const { written, figure } of statedValues(claim, quote.value, workspace.configuration.tolerance)) {
      const edit = { uri: entry.uri, start: value.start, end: value.end, newText: written };
      actions.push(quickFix(said("Change the value to {0}, as the quote reads «{1}»", isolate(written), isolate(figure.text)), problem, edits(edit)));
    }
    return actions;
  },
};

/** The values the quote states that the claim could take instead of its own, in the claim's digits. */
function statedValues(claim: ClaimFacts, quote: string, tolerance: number): { written: string; figure: Figure }[] {
  const current = claim.node.value;
  if (!current || current.literal.kind === "text") return [];
  const dateClaim = current.literal.kind === "date";
  const out: { written: string; figure: Figure }[] = [];
  const seen = new Set<string>([current.text]);
  // A claim written with a scale word (`2.7 billion`) is offered its new value with the same word.
  const scale = scaleOf(current.text);
  for (const figure of spotFigures(quote)) {
    for (const western of valueReadings(figure, dateClaim)) {
      const written = inDigitsOf(current.text, scale && /^-?\d+(\.\d+)?$/.test(western) ? `${unscaled(western, scale.exponent)} ${scale.word}` : western);
      if (seen.has(written)) continue;
      seen.add(written);
      const reading = readValue(written);
      if (!reading.ok) continue;
      // Only a value the quote would then state: the fix must not bring the warning back.
      if (quoteStatesValue(quote, valueSetOf(reading.literal, tolerance), reading.literal).states !== true) continue;
      out.push({ written, figure });
    }
  }
  return out;
}
