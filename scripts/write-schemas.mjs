// Writes the generated JSON Schemas (npm run schemas); a test fails when a committed one is stale.
import * as esbuild from "esbuild";
import { writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import * as path from "node:path";

const out = path.join(tmpdir(), `isnad-schemas-${process.pid}.cjs`);
await esbuild.build({ entryPoints: ["scripts/schemas.ts"], bundle: true, platform: "node", format: "cjs", outfile: out, logLevel: "warning" });
const { generatedSchemas } = createRequire(import.meta.url)(out);
for (const [file, schema] of Object.entries(generatedSchemas())) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
