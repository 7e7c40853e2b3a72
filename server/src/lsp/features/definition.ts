/** Go to definition: a claim to its quote in the article, `@id` to its source (core: analysis/definition). */
import { definitionAt } from "../../core/analysis/definition";
import { toLspLocation } from "../convert";
import type { Feature } from "./feature";

export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register({ connection, at }) {
    connection.onDefinition(async (params) => {
      const found = await at(params.textDocument.uri, params.position);
      if (!found || found.offset === undefined) return null;
      return definitionAt(found.session.index, found.uri, found.offset).map(toLspLocation);
    });
  },
};
