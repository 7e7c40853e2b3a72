/**
 * Hover on a quoted figure in an article: the provenance and comparison of every claim that
 * quotes it, the same Markdown as hovering the claim itself.
 */
import { hasHiddenControl, visibleControls } from "../text/tricks";
import { relativePath } from "../workspace/paths";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { english, msg, type Translate } from "../messages";
import { claimHover, type HoverResult } from "./hover";
import { claimsQuoting, type Span } from "./quotedClaims";

/** The hover on a quoted figure of an article, in the host's language (`translate`). */
export function articleHoverAt(workspace: WorkspaceIndex, articleUri: string, offset: number, t: Translate = english): HoverResult | undefined {
  const article = workspace.article(articleUri);
  if (!article) return undefined;
  const parts: string[] = [];
  let at: Span | undefined;
  for (const { claimsUri, claim, places } of claimsQuoting(workspace, articleUri)) {
    for (const place of places) {
      // The figure that states the claim; when none does, the figures the passage states instead.
      const figures = place.stating.length > 0 ? place.stating : place.read;
      const figure = figures.find((f) => offset >= f.start && offset <= f.end);
      if (!figure || (at && (figure.start !== at.start || figure.end !== at.end))) continue;
      at = figure;
      const line = (workspace.entry(claimsUri)?.lines.position(claim.header.start).line ?? 0) + 1;
      parts.push(`${claimHover(workspace, claimsUri, claim, t)}\n\n${t(msg("Claimed in {0}, line {1}", `\`${relativePath(workspace.rootUri, claimsUri)}\``, line))}`);
      break;
    }
  }
  if (!at) return undefined;
  // What the editor draws of the figure is not what is read when a control hides beside it: spell it out.
  const around = article.text.slice(Math.max(0, at.start - 2), Math.min(article.text.length, at.end + 2));
  if (hasHiddenControl(around)) parts.unshift(t(msg("In the article, with its hidden controls: {0}", `\`${visibleControls(around).trim()}\``)));
  return { markdown: parts.join("\n\n---\n\n"), range: article.lines.range(at.start, at.end) };
}
