/** Hover: provenance of the claim under the cursor (core: analysis/hover). */
import { hoverAt } from "../../core/analysis/hover";
import { toLspHover } from "../convert";
import type { Feature } from "./feature";

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register({ connection, at }) {
    connection.onHover(async (params) => {
      const found = await at(params.textDocument.uri, params.position);
      if (!found || found.offset === undefined) return null;
      const hover = hoverAt(found.session.index, found.uri, found.offset);
      return hover ? toLspHover(hover) : null;
    });
  },
};
