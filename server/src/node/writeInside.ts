/**
 * Writing a file of the workspace, and only there: the path must lie under the root, no folder
 * between the root and the file may be a symbolic link, and the file itself is opened without
 * following a link (O_NOFOLLOW; created with O_EXCL when new, so a link planted meanwhile is never
 * written through). What the command line writes stays inside the folder it was given.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, realpathSync, writeSync } from "node:fs";
import * as path from "node:path";
import { NO_FOLLOW } from "./regularFile";

/** Why a file was not written: outside the root, through a link, or not a regular file. */
export class RefusedWrite extends Error {}

/** Writes `text` (UTF-8) to `file`, which must lie inside `root` with no link on the way. */
export function writeInside(root: string, file: string, text: string): void {
  const realRoot = realpathSync.native(root);
  const target = path.resolve(file);
  const relative = path.relative(path.resolve(root), target);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) throw new RefusedWrite(`${file}: outside the workspace root ${root}; not written`);
  // Every folder from the root down to the file's own folder must be a folder, not a link to one.
  let at = realRoot;
  for (const part of relative.split(path.sep).slice(0, -1)) {
    at = path.join(at, part);
    const stat = lstatSync(at, { throwIfNoEntry: false });
    if (!stat) throw new RefusedWrite(`${file}: the folder ${part} does not exist; not written`);
    if (stat.isSymbolicLink() || !stat.isDirectory()) throw new RefusedWrite(`${file}: ${part} is a link or not a folder; not written`);
  }
  const full = path.join(at, path.basename(target));
  const existing = lstatSync(full, { throwIfNoEntry: false });
  if (existing && (existing.isSymbolicLink() || !existing.isFile())) throw new RefusedWrite(`${file}: a link or not a regular file; not written`);
  const flags = constants.O_WRONLY | (NO_FOLLOW ?? 0) | (existing ? constants.O_TRUNC : constants.O_CREAT | constants.O_EXCL);
  let fd: number;
  try {
    fd = openSync(full, flags, 0o644);
  } catch (error) {
    throw new RefusedWrite(`${file}: ${(error as NodeJS.ErrnoException).code ?? "cannot open"}; not written`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new RefusedWrite(`${file}: not a regular file; not written`);
    const bytes = Buffer.from(text, "utf8");
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    closeSync(fd);
  }
}
