/**
 * The workspace configuration shared by the editor and the command line: `isnad.json` at the
 * workspace root. Validated with zod at the edge; its JSON Schema (for completion in VS Code) is
 * generated from the same schema.
 */
import { z } from "zod";
import { CHECK_CODES, OFF_BY_DEFAULT, type CheckCode, type Severity } from "./checks/codes";

export const CONFIG_FILE_NAME = "isnad.json";

const severitySetting = z.enum(["error", "warning", "information", "hint", "off"]);

export const configSchema = z
  .object({
    $schema: z.string().optional().describe("The JSON Schema of this file."),
    tolerance: z
      .number()
      .min(0)
      .max(1)
      .default(0.1)
      .describe("Relative tolerance of approximate values: ~1000 allows 900..1100 at 0.1."),
    minorDifference: z
      .number()
      .min(0)
      .max(1)
      .default(0)
      .describe(
        "Relative difference under which two numbers that disagree are reported as minor-difference (information, rounding noise) instead of contradiction: at 0.02, 1234 against 1250 (1.3% of 1250) is minor, 13 against 9 is not. 0 turns it off.",
      ),
    severity: z
      .partialRecord(z.enum(CHECK_CODES as [CheckCode, ...CheckCode[]]), severitySetting)
      .default({})
      .describe("Severity per check code (see docs/checks.md); `off` silences a check."),
    articles: z
      .array(z.string())
      .default(["**/*.txt", "**/*.md"])
      .describe("Glob patterns, relative to the workspace root, of the files that are article texts."),
    maxFileSizeMB: z
      .number()
      .positive()
      .max(500)
      .default(20)
      .describe("The largest claims file or article read, in megabytes (MiB): a larger one gets one `file-too-large` error and is not read at all."),
  })
  .strict();

export type IsnadConfig = z.infer<typeof configSchema>;

export const DEFAULT_CONFIG: IsnadConfig = configSchema.parse({});

export type ConfigReading = { config: IsnadConfig; error?: string };

/** Reads `isnad.json` text; on any problem the defaults are used and the error says what was wrong. */
export function readConfig(text: string | undefined): ConfigReading {
  if (text === undefined) return { config: DEFAULT_CONFIG };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { config: DEFAULT_CONFIG, error: `${CONFIG_FILE_NAME} is not valid JSON (${(e as Error).message}); using the defaults` };
  }
  const result = configSchema.safeParse(json);
  if (result.success) return { config: result.data };
  const issues = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
  return { config: DEFAULT_CONFIG, error: `${CONFIG_FILE_NAME}: ${issues}; using the defaults` };
}

/** The severity a check is reported at, or undefined when the configuration turns it off. */
export function severityOf(config: IsnadConfig, code: CheckCode, fallback: Severity): Severity | undefined {
  const setting = config.severity[code];
  if (setting === "off" || (setting === undefined && OFF_BY_DEFAULT.has(code))) return undefined;
  return setting ?? fallback;
}

/** The JSON Schema of `isnad.json`. */
export function configJsonSchema(): unknown {
  return z.toJSONSchema(configSchema, { io: "input" });
}
