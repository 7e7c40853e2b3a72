/**
 * `quote-not-found` after the article changed: re-anchor the quote to the best approximate match
 * in the article (core/text/reanchor.ts: edit distance, with the text that stood around the quote
 * when it was last found, and a bonus for a passage that states the claimed value), or remove it.
 */
import { problemsOwner } from "../../analysis/problems";
import { quoteStatesValue } from "../../checks/figureInQuote";
import { said } from "../../messages";
import { isolate } from "../../text/bidi";
import { findQuote } from "../../text/quoteMatch";
import { reanchor } from "../../text/reanchor";
import { quoteValue, removeField } from "../claimsText";
import { edits, type CodeAction } from "../edit";
import { articleOf, claimAt, quickFix, shorten, type Fix } from "./fix";

export const quoteNotFoundFix: Fix = {
  codes: ["quote-not-found"],
  actions(context, problem) {
    const { entry, workspace } = context;
    const claim = claimAt(entry, problem.start);
    const quote = claim?.quote;
    if (!claim || !quote) return [];
    const actions: CodeAction[] = [];
    const article = articleOf(entry, claim, workspace);
    if (article) {
      const { set, node } = claim;
      const literal = node.value?.literal;
      // A passage that states the claimed value is the likelier place; one that cannot tell, half as likely.
      const bonus = set && literal
        ? (_start: number, _end: number, passage: string) => {
            const states = quoteStatesValue(passage, set, literal).states;
            return states === true ? 1 : states === undefined ? 0.5 : 0;
          }
        : undefined;
      const anchor = reanchor(article.text, article.folded(), quote.value, problemsOwner(workspace).anchors.context(article.uri, quote.value), bonus);
      // The new quote must be found as written, or the fix would trade one warning for the same.
      if (anchor && findQuote(article.folded(), anchor.text).length > 0) {
        const edit = { uri: entry.uri, start: quote.valueSpan.start, end: quote.valueSpan.end, newText: quoteValue(anchor.text) };
        const title = anchor.errors === 1 ? said("Re-anchor the quote to «{0}» (1 character differs)", isolate(shorten(anchor.text))) : said("Re-anchor the quote to «{0}» ({1} characters differ)", isolate(shorten(anchor.text)), anchor.errors);
        actions.push(quickFix(title, problem, edits(edit)));
      }
    }
    actions.push(quickFix(said("Remove the quote"), problem, edits(removeField(entry.uri, entry.text, quote))));
    return actions;
  },
};
