/**
 * `isnad draft ARTICLE… [--source ID] [--stdout] [--root DIR]`: drafts the claims of each
 * article's figures not claimed or drafted yet (core/actions/draftClaims.ts) into the claims file
 * beside it, or prints that file with `--stdout`. Run again, it adds only what is new. It writes
 * only inside the root, never through a link (node/writeInside.ts). Exit 0; 2 on a usage error.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { URI } from "vscode-uri";
import { z } from "zod";
import { draftClaims } from "../core/actions/draftClaims";
import { applyTextEdits } from "../core/actions/edit";
import { DEFAULT_CONFIG } from "../core/config";
import { decodeUtf8 } from "../core/text/decode";
import { BYTES_PER_MB, unreadableMessage } from "../core/workspace/fileSystem";
import { loadWorkspace } from "../core/workspace/loader";
import { NodeFileSystem } from "../node/nodeFileSystem";
import { readRegularFile } from "../node/regularFile";
import { RefusedWrite, writeInside } from "../node/writeInside";
import { parse, validate } from "./args";
import { UsageError, type Output } from "./output";

const optionsSchema = z.object({
  files: z.array(z.string()).min(1, "isnad draft needs at least one article file"),
  source: z
    .string()
    .regex(/^[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.-]*$/u, "--source takes a source id (letters, digits, _ - .)")
    .optional(),
  stdout: z.boolean().default(false),
  root: z.string().optional(),
});

export async function runDraftCommand(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    source: { type: "string" },
    stdout: { type: "boolean" },
    root: { type: "string" },
  });
  const options = validate(optionsSchema, { files: positionals, ...values });
  const cwd = process.cwd();
  const root = path.resolve(cwd, options.root ?? ".");
  if (!existsSync(root)) throw new UsageError(`${options.root ?? "."}: no such folder`);
  const articles = options.files.map((file) => ({ file, full: path.resolve(cwd, file) }));
  for (const { file, full } of articles) {
    const inside = path.relative(root, full);
    if (inside.startsWith("..") || path.isAbsolute(inside)) throw new UsageError(`${file}: outside the root ${root}; give --root the folder that holds it`);
    if (!existsSync(full)) throw new UsageError(`${file}: no such file`);
  }
  const { workspace } = await loadWorkspace(new NodeFileSystem(root), URI.file(root).toString(), { articles: false });
  const several = articles.length > 1;
  for (const { file, full } of articles) {
    const bytes = readRegularFile(full, DEFAULT_CONFIG.maxFileSizeMB * BYTES_PER_MB, false);
    if (bytes === "missing" || bytes === "link") throw new UsageError(`${file}: no such file`);
    if (!(bytes instanceof Uint8Array)) throw new UsageError(unreadableMessage(file, bytes).message);
    const decoded = decodeUtf8(bytes, file);
    if (!decoded.ok) throw new UsageError(decoded.message);
    const outcome = draftClaims(workspace, URI.file(full).toString(), decoded.text, { canCreateFiles: true, ...(options.source ? { sourceId: options.source } : {}) });
    if (!outcome.ok) throw new UsageError(`${file}: ${outcome.message}`);
    const target = URI.parse(outcome.uri).fsPath;
    const shown = path.relative(cwd, target);
    const before = workspace.entry(outcome.uri)?.text ?? "";
    const after = applyTextEdits(before, outcome.edit.edits);
    if (options.stdout) {
      if (several) out.print(`# ${shown}`);
      out.print(after.replace(/\r?\n$/u, ""));
    } else if (outcome.drafts.length > 0) {
      try {
        writeInside(root, target, after);
      } catch (e) {
        if (e instanceof RefusedWrite) throw new UsageError(e.message);
        throw e;
      }
    }
    // The next article of the run sees these drafts, as a second run would.
    if (outcome.drafts.length > 0) workspace.setClaimsText(outcome.uri, after);
    if (!options.stdout) out.print(outcome.drafts.length > 0 ? `${shown}: ${outcome.drafts.length} drafts added from ${path.relative(cwd, full)}` : `${shown}: nothing left to draft in ${path.relative(cwd, full)}`);
  }
  return 0;
}
