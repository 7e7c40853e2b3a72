/** The JSON Schemas the project publishes, generated from the zod schemas that validate the same data. */
import { z } from "zod";
import { jsonOutputSchema } from "../server/src/cli/check";
import { configJsonSchema } from "../server/src/core/config";
import { figuresOutputSchema } from "../server/src/core/text/figureJson";

/** File path (relative to the repository) → schema. */
export function generatedSchemas(): Record<string, unknown> {
  return {
    "schemas/isnad.schema.json": { title: "Isnad workspace configuration (isnad.json)", ...(configJsonSchema() as object) },
    "docs/check-output.schema.json": { title: "isnad check --format json", ...(z.toJSONSchema(jsonOutputSchema) as object) },
    "docs/figures.schema.json": { title: "isnad figures --format json", ...(z.toJSONSchema(figuresOutputSchema) as object) },
  };
}
