/**
 * The editor settings (`isnad.*` in VS Code), validated at the edge, field by field: a wrong
 * value costs that setting only, and is reported. In the editor they override the workspace's
 * isnad.json: each severity set here replaces that code's severity there, a tolerance or a minor
 * difference replaces its own, a non-empty list of article globs replaces its list. `isnad check` reads only
 * isnad.json, which is what a team shares.
 */
import { z } from "zod";
import { CHECK_CODES, type CheckCode } from "../core/checks/codes";
import { configSchema, type IsnadConfig } from "../core/config";

const severity = configSchema.shape.severity.unwrap().valueType;

const fields = {
  debounceMs: z.number().int().min(0).max(10_000).default(200),
  severity: z.partialRecord(z.enum(CHECK_CODES as [CheckCode, ...CheckCode[]]), severity).default({}),
  tolerance: z.number().min(0).max(1).nullable().default(null),
  minorDifference: z.number().min(0).max(1).nullable().default(null),
  articles: z.array(z.string().min(1)).default([]),
  articleDiagnostics: z.boolean().default(true),
};

export const editorSettingsSchema = z.object(fields);

export type EditorSettings = z.infer<typeof editorSettingsSchema>;

export const DEFAULT_SETTINGS: EditorSettings = editorSettingsSchema.parse({});

/** Reads the `isnad` section; each invalid field keeps its previous value and is named in `problems`. */
export function readSettings(value: unknown, previous: EditorSettings = DEFAULT_SETTINGS): { settings: EditorSettings; problems: string[] } {
  const input = value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(fields) as [keyof EditorSettings, z.ZodType][]) {
    const result = schema.safeParse(input[name] ?? undefined);
    if (result.success) settings[name] = result.data;
    else {
      settings[name] = previous[name];
      problems.push(`isnad.${name}: ${result.error.issues.map((i) => `${i.path.length > 0 ? `${i.path.join(".")}: ` : ""}${i.message}`).join("; ")}`);
    }
  }
  return { settings: settings as EditorSettings, problems };
}

/** isnad.json with the editor's settings laid over it. */
export function withEditorSettings(config: IsnadConfig, settings: EditorSettings): IsnadConfig {
  return {
    ...config,
    severity: { ...config.severity, ...settings.severity },
    tolerance: settings.tolerance ?? config.tolerance,
    minorDifference: settings.minorDifference ?? config.minorDifference,
    articles: settings.articles.length > 0 ? settings.articles : config.articles,
  };
}
