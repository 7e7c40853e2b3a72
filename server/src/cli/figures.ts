/** `isnad figures FILE…`: every figure an article states, with its reading (docs/figures.schema.json). */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { URI } from "vscode-uri";
import { z } from "zod";
import { readIsoDate } from "../core/syntax/values";
import { decodeUtf8 } from "../core/text/decode";
import { figureToJson, figureToText, type FigureJson } from "../core/text/figureJson";
import { spotFigures } from "../core/text/figures";
import { LineIndex } from "../core/text/lineIndex";
import { DEFAULT_CONFIG } from "../core/config";
import { BYTES_PER_MB, unreadableMessage } from "../core/workspace/fileSystem";
import { loadWorkspace } from "../core/workspace/loader";
import { NodeFileSystem } from "../node/nodeFileSystem";
import { readRegularFile } from "../node/regularFile";
import { parse, validate } from "./args";
import { UsageError, type Output } from "./output";

const optionsSchema = z.object({
  files: z.array(z.string()).min(1, "isnad figures needs at least one article file"),
  format: z.enum(["text", "json"], { error: "--format takes text or json" }).default("text"),
  published: z
    .string()
    .refine((v) => readIsoDate(v) !== undefined, "--published takes an ISO date such as 2024-06-08")
    .optional(),
  lang: z.enum(["ar", "fr", "en"], { error: "--lang takes ar, fr or en" }).optional(),
  root: z.string().optional(),
});

export async function runFiguresCommand(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    published: { type: "string" },
    lang: { type: "string" },
    root: { type: "string" },
  });
  const options = validate(optionsSchema, { files: positionals, ...values });
  const cwd = process.cwd();
  const root = path.resolve(cwd, options.root ?? ".");
  const needSources = options.published === undefined || options.lang === undefined;
  const sources = needSources ? await sourcesByArticle(root) : new Map<string, { published?: string; language?: string }>();
  const all: FigureJson[] = [];
  const lines: string[] = [];
  for (const file of options.files) {
    const full = path.resolve(cwd, file);
    if (!existsSync(full)) throw new UsageError(`${file}: no such file`);
    // The file is named on the command line: a link is followed, but a named pipe or a device is not read.
    const bytes = readRegularFile(full, DEFAULT_CONFIG.maxFileSizeMB * BYTES_PER_MB, false);
    if (bytes === "missing" || bytes === "link") throw new UsageError(`${file}: no such file`);
    if (!(bytes instanceof Uint8Array)) throw new UsageError(unreadableMessage(file, bytes).message);
    const decoded = decodeUtf8(bytes, file);
    if (!decoded.ok) throw new UsageError(decoded.message);
    const known = sources.get(URI.file(full).toString());
    const published = options.published ?? known?.published;
    const lang = options.lang ?? asLang(known?.language);
    const index = new LineIndex(decoded.text);
    const shown = path.relative(cwd, full);
    for (const f of spotFigures(decoded.text, { ...(published ? { published } : {}), ...(lang ? { lang } : {}) })) {
      all.push(figureToJson(shown, f, index));
      lines.push(figureToText(shown, f, index));
    }
  }
  if (options.format === "json") out.print(JSON.stringify(all, null, 2));
  else for (const line of lines) out.print(line);
  return 0;
}

/** The publication date and language of each article some source names, from the workspace's claims files. */
async function sourcesByArticle(root: string): Promise<Map<string, { published?: string; language?: string }>> {
  const map = new Map<string, { published?: string; language?: string }>();
  if (!existsSync(root)) return map;
  const { workspace } = await loadWorkspace(new NodeFileSystem(root), URI.file(root).toString());
  for (const uri of workspace.claimsFiles()) {
    const entry = workspace.entry(uri);
    for (const source of entry?.facts.sources ?? []) {
      const link = entry?.links.get(source.index);
      if (link?.kind !== "inside") continue;
      const published = source.fields.published?.value;
      const language = source.fields.language?.value;
      map.set(link.uri, { ...(published ? { published } : {}), ...(language ? { language } : {}) });
    }
  }
  return map;
}

function asLang(language: string | undefined): "ar" | "fr" | "en" | undefined {
  const base = language?.toLowerCase().split("-")[0];
  return base === "ar" || base === "fr" || base === "en" ? base : undefined;
}
