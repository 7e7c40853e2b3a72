/**
 * `outside-root`, `missing-text` and an article's `encoding`: where each source's `text:` leads
 * and whether the article there could be read. Reported on the `text:` value; a quote of an
 * article that could not be read is not checked (one mistake, one diagnostic).
 */
import type { Problem } from "../model/problem";
import { said } from "../messages";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";

/** Problems of the `text:` fields: where they lead and whether the article could be read. */
export function articleProblems({ workspace }: CheckContext, entry: ClaimsEntry): Problem[] {
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
