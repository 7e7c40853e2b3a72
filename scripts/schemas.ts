/** The JSON Schemas the project publishes, generated from the zod schemas that validate the same data. */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { jsonOutputSchema } from "../server/src/cli/check";
import { configJsonSchema } from "../server/src/core/config";
import { figuresOutputSchema } from "../server/src/core/text/figureJson";
import { claimReviewDocumentSchema } from "../server/src/cli/specs/claimReview";
import { annotationsSchema } from "../server/src/cli/specs/webAnnotation";
import { ruleDocsFrom } from "./ruleDocs";

/** File path (relative to the repository) → schema, or generated data kept beside the code that reads it. */
export function generatedSchemas(repo = "."): Record<string, unknown> {
  return {
    "schemas/isnad.schema.json": { title: "Isnad workspace configuration (isnad.json)", ...(configJsonSchema() as object) },
    "docs/check-output.schema.json": { title: "isnad check --format json", ...(z.toJSONSchema(jsonOutputSchema) as object) },
    "docs/figures.schema.json": { title: "isnad figures --format json", ...(z.toJSONSchema(figuresOutputSchema) as object) },
    "docs/export-claimreview.schema.json": { title: "isnad export --format claimreview (schema.org ClaimReview, JSON-LD)", ...(z.toJSONSchema(claimReviewDocumentSchema) as object) },
    "docs/export-web-annotation.schema.json": { title: "isnad export --format web-annotation (W3C Web Annotation, JSON-LD)", ...(z.toJSONSchema(annotationsSchema) as object) },
    "server/src/cli/ruleDocs.json": ruleDocsFrom(readFileSync(path.join(repo, "docs/checks.md"), "utf8")),
  };
}
