/**
 * The core's FileSystem on Node's `fs`, fenced to the workspace: a path whose real location
 * (symbolic links followed) lies outside the root is never opened, no directory link is walked,
 * and only regular files are read (see regularFile.ts): a named pipe, a socket or a device, a
 * link out of the root or a file above the size limit reads as why it was not read.
 */
import { promises as fs, realpathSync } from "node:fs";
import * as path from "node:path";
import { URI } from "vscode-uri";
import { DEFAULT_CONFIG } from "../core/config";
import { BYTES_PER_MB, type FileSystem, type Unreadable } from "../core/workspace/fileSystem";
import { fromError, NO_FOLLOW, readRegularFile, type RegularRead } from "./regularFile";

export class NodeFileSystem implements FileSystem {
  private readonly realRoot: string;
  private readonly realDirectories = new Map<string, string>();
  private realDirectoriesSince = 0;
  private maxFileSize = DEFAULT_CONFIG.maxFileSizeMB * BYTES_PER_MB;

  /** `now` tells when the remembered directories are due to be looked at again (tests set it). */
  constructor(
    rootPath: string,
    private readonly now: () => number = Date.now,
  ) {
    this.realRoot = safeRealpath(path.resolve(rootPath)) ?? path.resolve(rootPath);
  }

  limitFileSize(bytes: number): void {
    this.maxFileSize = bytes;
  }

  /**
   * Reads synchronously, behind the async interface: for the many small files of an archive one
   * system call each beats a queue of async reads (open, stat, read, close on the thread pool) by
   * two to one. It cannot hold the event loop: the file is opened without waiting and read only
   * when it is a regular file, which a read never waits on (a network file system that stops
   * answering aside).
   */
  async readFile(uri: string): Promise<Uint8Array | Unreadable | undefined> {
    return this.readFileSync(uri);
  }

  readFileSync(uri: string): Uint8Array | Unreadable | undefined {
    const file = URI.parse(uri);
    if (file.scheme !== "file") return undefined;
    const fsPath = path.resolve(file.fsPath);
    let dir: string;
    try {
      dir = this.realDirectory(path.dirname(fsPath));
    } catch (error) {
      return found(fromError(error, false));
    }
    const inDir = path.join(dir, path.basename(fsPath));
    if (NO_FOLLOW !== undefined && this.isInside(inDir)) {
      // The directory's real place is known; opening without following a link makes the file
      // itself one more check, not a walk of every component of its path (realpath).
      const read = readRegularFile(inDir, this.maxFileSize, true);
      if (read !== "link") return found(read);
    }
    // The file is a link, or its directory's real place is outside the root: the target decides.
    let real: string;
    try {
      real = realpathSync.native(fsPath);
    } catch (error) {
      return found(fromError(error, false));
    }
    if (!this.isInside(real)) return { kind: "unreadable-file", why: "outside" };
    return found(readRegularFile(real, this.maxFileSize, NO_FOLLOW !== undefined));
  }

  /**
   * A directory's real path, remembered for a second: an archive's thousands of files share a
   * few directories. Briefly, so that a directory replaced by a link is seen for what it is; the
   * check was never atomic with the read (a path can change between the two), and this widens
   * that window to at most a second.
   */
  private realDirectory(dir: string): string {
    const now = this.now();
    if (now - this.realDirectoriesSince > 1000) {
      this.realDirectories.clear();
      this.realDirectoriesSince = now;
    }
    let real = this.realDirectories.get(dir);
    if (real === undefined) {
      real = realpathSync.native(dir);
      this.realDirectories.set(dir, real);
    }
    return real;
  }

  /**
   * Every file below the root whose name ends with `suffix`, directory links not walked. Entries
   * that are not regular files (links, named pipes, sockets, devices) are listed too: reading
   * them says why they are not read, where skipping them would say nothing.
   */
  async findFiles(rootUri: string, suffix: string): Promise<string[]> {
    const start = URI.parse(rootUri).fsPath;
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries;
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
          await walk(full);
        } else if (entry.name.endsWith(suffix)) {
          found.push(URI.file(full).toString());
        }
      }
    };
    await walk(start);
    return found.sort();
  }

  private isInside(real: string): boolean {
    const base = this.realRoot.endsWith(path.sep) ? this.realRoot : this.realRoot + path.sep;
    return real === this.realRoot || real.startsWith(base);
  }
}

/** A read as the FileSystem interface gives it: no such file is undefined. */
function found(read: RegularRead): Uint8Array | Unreadable | undefined {
  if (read === "missing") return undefined;
  // Only a path whose links were all resolved is opened without following one: a link there now
  // was put there since.
  return read === "link" ? { kind: "unreadable-file", why: "error", detail: "it was replaced by a link while it was read" } : read;
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
