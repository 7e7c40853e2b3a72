/**
 * `isnad export`: the claims of the workspace in formats other tools read (CSV, schema.org
 * ClaimReview, W3C Web Annotation). Written to stdout, or to `--out FILE`: the user's explicit
 * path, anywhere, but never through a symbolic link (the file is opened with O_NOFOLLOW).
 */
import { closeSync, constants, existsSync, openSync, writeSync } from "node:fs";
import * as path from "node:path";
import { URI } from "vscode-uri";
import { z } from "zod";
import { loadWorkspace } from "../core/workspace/loader";
import { NodeFileSystem } from "../node/nodeFileSystem";
import { parse, validate } from "./args";
import { whyUnreached } from "./check";
import { claimRecords } from "./claimRecords";
import { toClaimReviews } from "./claimReview";
import { toCsv } from "./exportCsv";
import { UsageError, type Output } from "./output";
import { toWebAnnotations } from "./webAnnotation";

export const EXPORT_FORMATS = ["csv", "claimreview", "web-annotation"] as const;

const formatError = `--format takes ${EXPORT_FORMATS.slice(0, -1).join(", ")} or ${EXPORT_FORMATS.at(-1)}`;

export const exportOptionsSchema = z.object({
  paths: z.array(z.string()),
  root: z.string().optional(),
  format: z.enum(EXPORT_FORMATS, { error: (issue) => (issue.input === undefined ? `isnad export needs --format (${EXPORT_FORMATS.join(", ")})` : formatError) }),
  out: z.string().min(1, "--out takes a file path").optional(),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

/** Parses the flags of `isnad export` and runs it; returns the exit code. */
export async function runExportCommand(args: string[], out: Output, help: string): Promise<number> {
  const { values, positionals } = parse(args, { root: { type: "string" }, format: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) {
    out.print(help);
    return 0;
  }
  return runExport(validate(exportOptionsSchema, { paths: positionals, root: values.root, format: values.format, out: values.out }), out);
}

/** Exports the claims of the given paths (default: every claims file of the root); 0 when written. */
export async function runExport(options: ExportOptions, out: Output): Promise<number> {
  const cwd = process.cwd();
  const root = path.resolve(cwd, options.root ?? ".");
  if (!existsSync(root)) throw new UsageError(`--root ${options.root}: no such directory`);
  const targets = options.paths.map((p) => path.resolve(cwd, p));
  for (const [i, target] of targets.entries()) {
    if (!existsSync(target)) throw new UsageError(`${options.paths[i]}: no such file or directory`);
    const unreached = whyUnreached(root, target);
    if (unreached) throw new UsageError(`${options.paths[i]}: ${unreached}`);
  }
  const { workspace, configError } = await loadWorkspace(new NodeFileSystem(root), URI.file(root).toString());
  if (configError) out.error(`warning: ${configError}`);
  const selected = [...workspace.claimsFiles()].filter((uri) => {
    if (targets.length === 0) return true;
    const file = URI.parse(uri).fsPath;
    return targets.some((t) => file === t || file.startsWith(t + path.sep));
  });
  const records = claimRecords(workspace, selected);
  const text =
    options.format === "csv" ? toCsv(records)
    : options.format === "claimreview" ? `${JSON.stringify(toClaimReviews(records), null, 2)}\n`
    : `${JSON.stringify(toWebAnnotations(records), null, 2)}\n`;
  // `print` ends the last line itself: drop the text's final LF (a CSV's CR stays, for its CRLF).
  if (options.out === undefined) out.print(text.slice(0, -1));
  else writeNoFollow(path.resolve(cwd, options.out), text, options.out);
  return 0;
}

/** Writes `text` to `file`, refusing to follow a symbolic link there. */
function writeNoFollow(file: string, text: string, shown: string): void {
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ELOOP") throw new UsageError(`--out ${shown}: is a symbolic link; not written through it`);
    if (code === "ENOENT") throw new UsageError(`--out ${shown}: no such directory`);
    if (code === "EISDIR") throw new UsageError(`--out ${shown}: is a folder`);
    throw new UsageError(`--out ${shown}: ${(e as Error).message}`);
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
