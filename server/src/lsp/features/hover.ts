/**
 * Hover: provenance of the claim under the cursor (core: analysis/hover), and in an article, of
 * the claims that quote the figure under the cursor (core: analysis/articleHover).
 */
import { articleHoverAt } from "../../core/analysis/articleHover";
import { hoverAt } from "../../core/analysis/hover";
import { toLspHover } from "../convert";
import type { Feature } from "./feature";

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, at }) {
    connection.onHover(async (params) => {
      const found = await at(params.textDocument.uri, params.position);
      if (!found) return null;
      const index = found.session.index;
      const article = found.offset === undefined ? index.article(found.uri) : undefined;
      const hover =
        found.offset !== undefined ? hoverAt(index, found.uri, found.offset, found.session.translate)
        : article ? articleHoverAt(index, found.uri, article.lines.offset(params.position), found.session.translate)
        : undefined;
      return hover ? toLspHover(hover) : null;
    });
  },
};
