/** `isnad check`: the whole workspace indexed, diagnostics printed for the given paths. */
import { existsSync, statSync } from "node:fs";
import * as path from "node:path";
import { URI } from "vscode-uri";
import { z } from "zod";
import { diagnosticsOf, type CutCounts, type Diagnostic } from "../core/analysis/diagnostics";
import { msg, type Message } from "../core/messages";
import { loadWorkspace } from "../core/workspace/loader";
import { LOCALES, translatorFor } from "../lsp/l10n";
import { NodeFileSystem } from "../node/nodeFileSystem";
import { UsageError, type Output } from "./output";
import { inTurn } from "./inTurn";
import { withoutIsolates } from "./plain";
import { sarifLog } from "./sarif";

export const checkOptionsSchema = z.object({
  paths: z.array(z.string()),
  root: z.string().optional(),
  format: z.enum(["text", "json", "sarif"], { error: "--format takes text, json or sarif" }).default("text"),
  all: z.boolean().default(false),
  maxWarnings: z.coerce.number({ error: "--max-warnings takes a whole number" }).int("--max-warnings takes a whole number").min(0, "--max-warnings takes a whole number").optional(),
  locale: z.enum(LOCALES, { error: `--locale takes ${LOCALES.join(" or ")}` }).default("en"),
});
export type CheckOptions = z.infer<typeof checkOptionsSchema>;

const position = { line: z.number().int().min(1), column: z.number().int().min(1), endLine: z.number().int().min(1), endColumn: z.number().int().min(1) };

/** The `--format json` output: one array of every diagnostic (docs/check-output.schema.json). */
export const jsonOutputSchema = z
  .array(
    z.strictObject({
      file: z.string().describe("Path of the claims file, relative to the current directory."),
      ...position,
      severity: z.enum(["error", "warning", "information", "hint"]),
      code: z.string().describe("The check's stable code (docs/checks.md)."),
      message: z.string(),
      related: z.array(
        z.strictObject({
          file: z.string(),
          ...position,
          sourceId: z.string().optional().describe("The source making the related claim."),
          value: z.string().optional().describe("The related claim's value as written."),
          message: z.string(),
        }),
      ),
    }),
  )
  .describe("isnad check --format json: lines and columns are 1-based, columns in UTF-16 code units, ends exclusive.");

export type JsonDiagnostic = z.infer<typeof jsonOutputSchema>[number];

/** Runs the check; returns the exit code (0 clean, 1 errors or too many warnings). */
export async function runCheck(options: CheckOptions, out: Output, version = "0.0.0-dev"): Promise<number> {
  const cwd = process.cwd();
  const root = path.resolve(cwd, options.root ?? ".");
  if (!existsSync(root)) throw new UsageError(`--root ${options.root}: no such directory`);
  const targets = options.paths.map((p) => path.resolve(cwd, p));
  for (const [i, target] of targets.entries()) {
    if (!existsSync(target)) throw new UsageError(`${options.paths[i]}: no such file or directory`);
    const unreached = whyUnreached(root, target);
    if (unreached) throw new UsageError(`${options.paths[i]}: ${unreached}; to check it as a workspace of its own, run isnad check --root ${options.paths[i]}`);
  }
  const rootUri = URI.file(root).toString();
  const fs = new NodeFileSystem(root);
  // Articles are read file by file below, not all at once: see `inTurn`.
  const { workspace, configError } = await loadWorkspace(fs, rootUri, { articles: false });
  if (configError) out.error(`warning: ${configError}`);

  const selected = [...workspace.claimsFiles()].filter((uri) => {
    if (targets.length === 0) return true;
    const file = URI.parse(uri).fsPath;
    return targets.some((t) => file === t || file.startsWith(t + path.sep));
  });
  const translate = translatorFor(options.locale);
  const shown: JsonDiagnostic[] = [];
  const kept: Diagnostic[] = [];
  let errors = 0;
  let warnings = 0;
  for await (const diagnostics of inTurn(fs, workspace, selected, (uri) => diagnosticsOf(workspace, uri, translate))) {
    for (const d of diagnostics) {
      // The cut-off diagnostics of a file count as if they were shown; the note itself does not.
      const cut = d.code === "too-many-problems" ? (d.data?.cut as CutCounts | undefined) : undefined;
      if (cut) {
        errors += cut.error;
        warnings += cut.warning;
        shown.push(toJson(d, cwd));
        continue;
      }
      if (d.severity === "error") errors++;
      if (d.severity === "warning") warnings++;
      if (!options.all && d.severity !== "error" && d.severity !== "warning") continue;
      shown.push(toJson(d, cwd));
      kept.push(d);
    }
  }
  shown.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
  if (options.format === "sarif") {
    kept.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
    out.print(JSON.stringify(sarifLog(workspace, kept, root, version), null, 2));
  } else if (options.format === "json") out.print(JSON.stringify(shown, null, 2));
  else {
    for (const d of shown) out.print(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`);
    out.error(translate(summary(errors, warnings, selected.length)));
  }
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/**
 * Why a path the user named would print nothing: it lies outside the root, or in a folder the
 * workspace skips (a dot-folder or node_modules). Said at once rather than "0 claims files".
 */
export function whyUnreached(root: string, target: string): string | undefined {
  const relative = path.relative(root, target);
  if (relative === "") return undefined;
  if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return `outside the root (${root})`;
  // Folders are skipped, not files: a file's own name may start with a dot.
  const folders = relative.split(path.sep);
  if (!statSync(target).isDirectory()) folders.pop();
  const skipped = folders.find((d) => d === "node_modules" || d.startsWith("."));
  return skipped === undefined ? undefined : `inside ${skipped}, a folder the workspace skips (dot-folders and node_modules)`;
}

function toJson(d: Diagnostic, cwd: string): JsonDiagnostic {
  const file = (uri: string) => path.relative(cwd, URI.parse(uri).fsPath) || ".";
  return {
    file: file(d.uri),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: d.severity,
    code: d.code,
    message: withoutIsolates(d.message),
    related: d.related.map((r) => ({
      file: file(r.uri),
      line: r.range.start.line + 1,
      column: r.range.start.character + 1,
      endLine: r.range.end.line + 1,
      endColumn: r.range.end.character + 1,
      ...(r.sourceId !== undefined ? { sourceId: r.sourceId } : {}),
      ...(r.value !== undefined ? { value: r.value } : {}),
      message: withoutIsolates(r.message),
    })),
  };
}

function summary(errors: number, warnings: number, files: number): Message {
  const count = (n: number, one: string, many: string) => (n === 1 ? msg(one) : msg(many, n));
  return msg("{0}, {1} in {2}", count(errors, "1 error", "{0} errors"), count(warnings, "1 warning", "{0} warnings"), count(files, "1 claims file", "{0} claims files"));
}
