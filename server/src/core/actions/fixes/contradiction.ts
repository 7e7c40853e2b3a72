/**
 * `contradiction`, `same-origin-contradiction` and `minor-difference`: settle it the Wikidata way
 * (docs/checks.md, `settled-contradiction`). "Prefer" ranks this claim preferred and every claim it
 * conflicts with deprecated, across files, and adds an empty `reason:` with the cursor on it;
 * "Deprecate" ranks this claim deprecated; "Open" shows a conflicting claim.
 */
import { said } from "../../messages";
import { compareSets } from "../../model/valueSet";
import { isolate } from "../../text/bidi";
import { insertFields, setField } from "../claimsText";
import { COMMANDS, edits, type CodeAction, type TextEdit } from "../edit";
import { claimAt, quickFix, type Fix } from "./fix";

/** "Open the conflicting claim" actions offered at most. */
const MAX_OPEN = 5;

export const contradictionFix: Fix = {
  codes: ["contradiction", "same-origin-contradiction", "minor-difference"],
  actions(context, problem) {
    const { entry, workspace } = context;
    const claim = claimAt(entry, problem.start);
    const set = claim?.set;
    if (!claim || !set || !claim.quantityKey || !claim.node.value) return [];
    const conflicting = (workspace.groupOf(claim)?.members ?? []).filter((m) => m.claim !== claim && m.claim.set && m.claim.rank !== "deprecated" && compareSets(set, m.claim.set) === "contradict");
    const { text, uri } = entry;
    const file = entry.facts.file;
    const value = isolate(claim.node.value.text);
    const actions: CodeAction[] = [];

    const prefer: TextEdit[] = [];
    const rank = claim.node.fields.find((f) => f.name.text === "rank");
    const hasReason = claim.node.fields.some((f) => f.name.text === "reason");
    if (!rank && !hasReason) prefer.push(insertFields(uri, text, file, claim.node, ["rank: preferred", "reason: "], true));
    else {
      if (rank?.value !== "preferred") prefer.push(setField(uri, text, file, claim.node, "rank", "preferred"));
      if (!hasReason) prefer.push(insertFields(uri, text, file, claim.node, ["reason: "], true));
    }
    for (const other of conflicting) {
      const host = workspace.entry(other.uri);
      if (host) prefer.push(setField(other.uri, host.text, host.facts.file, other.claim.node, "rank", "deprecated"));
    }
    const others = [...new Set(conflicting.map((m) => isolate(m.claim.node.value?.text ?? "")))].join(", ");
    if (conflicting.length > 0) actions.push(quickFix(said("Prefer {0} and deprecate {1}", value, others), problem, edits(...prefer)));

    if (claim.rank !== "deprecated") actions.push(quickFix(said("Deprecate this claim ({0})", value), problem, edits(setField(uri, text, file, claim.node, "rank", "deprecated"))));

    if (context.options.canShowDocument) {
      for (const place of (problem.related ?? []).slice(0, MAX_OPEN)) {
        const lines = workspace.entry(place.uri)?.lines;
        if (!lines) continue;
        const title = said("Open the conflicting claim: {0}", `${isolate(place.value ?? "")}${place.sourceId ? ` (${isolate(place.sourceId)})` : ""}`);
        actions.push({ title: title.message, l10n: title.l10n, kind: "quickfix", problem, command: { title: title.message, command: COMMANDS.openLocation, arguments: [place.uri, lines.range(place.start, place.end)] } });
      }
    }
    return actions;
  },
};
