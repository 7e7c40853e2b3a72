/**
 * `unsourced-claim`: insert `quote: «…»` under the claim header, one action per passage of the
 * article that states the claimed value (core/actions/passages.ts), best first, the figure's
 * words in the title.
 */
import { said } from "../../messages";
import { isolate } from "../../text/bidi";
import { fieldIndent, lineEnd, lineEnding, quoteValue } from "../claimsText";
import { edits } from "../edit";
import { figureWords, statingPassages } from "../passages";
import { articleOf, claimAt, quickFix, shorten, type Fix } from "./fix";

export const unsourcedClaimFix: Fix = {
  codes: ["unsourced-claim"],
  actions(context, problem) {
    const { entry, workspace } = context;
    const claim = claimAt(entry, problem.start);
    const article = claim ? articleOf(entry, claim, workspace) : undefined;
    if (!claim || !article) return [];
    const text = entry.text;
    const at = lineEnd(text, claim.node.header.start);
    const prefix = `${lineEnding(text)}${fieldIndent(text, claim.node, entry.facts.file)}quote: `;
    return statingPassages(article, claim, undefined, workspace).map((passage) =>
      quickFix(said("Quote «{0}»: {1}", isolate(figureWords(passage.figure)), isolate(shorten(passage.text))), problem, edits({ uri: entry.uri, start: at, end: at, newText: prefix + quoteValue(passage.text) })),
    );
  },
};
