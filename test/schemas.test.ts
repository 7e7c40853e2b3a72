import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { generatedSchemas } from "../scripts/schemas";

describe("published JSON Schemas and generated data", () => {
  for (const [file, schema] of Object.entries(generatedSchemas(path.resolve(__dirname, "..")))) {
    it(`${file} is up to date (run npm run schemas)`, () => {
      const committed = JSON.parse(readFileSync(path.resolve(__dirname, "..", file), "utf8"));
      expect(committed).toEqual(schema);
    });
  }
});
