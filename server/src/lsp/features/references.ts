/** Find references: a source's definitions and `@id`s, a metric's claims, a quantity's claims (core: analysis/references). */
import { referencesAt } from "../../core/analysis/references";
import { toLspLocation } from "../convert";
import type { Feature } from "./feature";

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register({ connection, at }) {
    connection.onReferences(async (params, token) => {
      const found = await at(params.textDocument.uri, params.position);
      if (!found || found.offset === undefined || token.isCancellationRequested) return null;
      return referencesAt(found.session.index, found.uri, found.offset, params.context.includeDeclaration).map(toLspLocation);
    });
  },
};
