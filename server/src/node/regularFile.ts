/**
 * Reading a file only when it is a regular file, with no call that can block: it is opened
 * without waiting (a named pipe opens at once, with no writer), looked at on the open descriptor
 * (fstat, so that what is read is what was looked at), and read only if it is a regular file no
 * larger than the limit. A named pipe, a socket or a device is never read, and a file above the
 * limit is not read in part.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import type { Unreadable } from "../core/workspace/fileSystem";

/** What reading one path gave: its bytes, why not, no such file, or a link where none was to be followed. */
export type RegularRead = Uint8Array | Unreadable | "missing" | "link";

/** Where the platform has them (not Windows, which has no named pipes or devices among files). */
export const NO_FOLLOW: number | undefined = constants.O_NOFOLLOW;
const NO_WAIT = (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** How much is read at a time from a file whose size the system does not tell (`/proc`). */
const CHUNK = 64 * 1024;

/**
 * Reads `file` if it is a regular file of at most `limit` bytes. With `noFollow`, a symbolic link
 * is not opened but reported as `"link"`, for the caller to decide where it leads.
 */
export function readRegularFile(file: string, limit: number, noFollow: boolean): RegularRead {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | NO_WAIT | (noFollow ? (NO_FOLLOW ?? 0) : 0));
  } catch (error) {
    return fromError(error, noFollow);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { kind: "unreadable-file", why: notRegular(stat) };
    if (stat.size > limit) return { kind: "file-too-large", bytes: stat.size, limit };
    return stat.size > 0 ? readKnownSize(fd, stat.size) : readToEnd(fd, limit);
  } catch (error) {
    return fromError(error, false);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a file of `size` bytes, or fewer if it shrank since it was looked at. */
function readKnownSize(fd: number, size: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, null);
    if (n === 0) break;
    read += n;
  }
  return read === size ? buffer : buffer.subarray(0, read);
}

/** Where a file that says it is empty is read into: most are, and need nothing allocated. */
const scratch = Buffer.allocUnsafe(CHUNK);

/** A regular file that says it is empty may still hold bytes (`/proc`): read until its end, at most `limit`. */
function readToEnd(fd: number, limit: number): Uint8Array | Unreadable {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const n = readSync(fd, scratch, 0, CHUNK, null);
    if (n === 0) return Buffer.concat(chunks, total);
    total += n;
    if (total > limit) return { kind: "file-too-large", bytes: total, limit };
    chunks.push(Buffer.from(scratch.subarray(0, n)));
  }
}

function notRegular(stat: Stats): "folder" | "fifo" | "socket" | "device" {
  if (stat.isDirectory()) return "folder";
  if (stat.isFIFO()) return "fifo";
  if (stat.isSocket()) return "socket";
  return "device";
}

/** What an error of the file system means to the reader. */
export function fromError(error: unknown, noFollow: boolean): Exclude<RegularRead, Uint8Array> {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "missing";
    case "ELOOP":
      // With O_NOFOLLOW, the last component is a link; otherwise the links go round in a circle.
      return noFollow ? "link" : { kind: "unreadable-file", why: "link-loop" };
    case "EISDIR":
      return { kind: "unreadable-file", why: "folder" };
    case "ENXIO":
      // What opening a Unix socket (or a device with no driver behind it) fails with.
      return { kind: "unreadable-file", why: "socket" };
    case "EACCES":
    case "EPERM":
      return { kind: "unreadable-file", why: "denied" };
    default:
      return { kind: "unreadable-file", why: "error", detail: code ?? (error instanceof Error ? error.message : String(error)) };
  }
}
