/**
 * The core's FileSystem on Node's `fs`, fenced to the workspace: a path whose real location
 * (symbolic links followed) lies outside the root is never read, and no directory link is walked.
 */
import { closeSync, constants, openSync, promises as fs, readFileSync, realpathSync } from "node:fs";
import * as path from "node:path";
import { URI } from "vscode-uri";
import type { FileSystem } from "../core/workspace/fileSystem";

export class NodeFileSystem implements FileSystem {
  private readonly realRoot: string;
  private readonly realDirectories = new Map<string, string>();
  private realDirectoriesSince = 0;

  /** `now` tells when the remembered directories are due to be looked at again (tests set it). */
  constructor(
    rootPath: string,
    private readonly now: () => number = Date.now,
  ) {
    this.realRoot = safeRealpath(path.resolve(rootPath)) ?? path.resolve(rootPath);
  }

  /**
   * Reads synchronously, behind the async interface: for the many small files of an archive one
   * system call each beats a queue of async reads (open, stat, read, close on the thread pool) by
   * two to one. A directory or a missing file reads as undefined.
   */
  async readFile(uri: string): Promise<Uint8Array | undefined> {
    return this.readFileSync(uri);
  }

  readFileSync(uri: string): Uint8Array | undefined {
    const file = URI.parse(uri);
    if (file.scheme !== "file") return undefined;
    try {
      const fsPath = path.resolve(file.fsPath);
      const dir = this.realDirectory(path.dirname(fsPath));
      const inDir = path.join(dir, path.basename(fsPath));
      if (NO_FOLLOW !== undefined && this.isInside(inDir)) {
        // The directory's real place is known; opening without following a link makes the file
        // itself one more check, not a walk of every component of its path (realpath).
        const fd = openNoFollow(inDir);
        if (fd !== undefined) {
          try {
            return readFileSync(fd);
          } finally {
            closeSync(fd);
          }
        }
      }
      const real = realpathSync.native(fsPath);
      if (!this.isInside(real)) return undefined;
      return readFileSync(real);
    } catch {
      return undefined;
    }
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
        } else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith(suffix)) {
          found.push(URI.file(full).toString());
        }
      }
    };
    await walk(start);
    return found.sort();
  }

  private isInside(real: string): boolean {
    return real === this.realRoot || real.startsWith(this.realRoot + path.sep);
  }
}

/** Where the platform has it (not Windows): opening a symbolic link then fails with ELOOP. */
const NO_FOLLOW: number | undefined = constants.O_NOFOLLOW;

/** The file opened for reading, or undefined when it is a symbolic link (its target decides). */
function openNoFollow(file: string): number | undefined {
  try {
    return openSync(file, constants.O_RDONLY | (NO_FOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP") return undefined;
    throw error;
  }
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}
