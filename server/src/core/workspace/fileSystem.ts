/**
 * How the core reaches files: through this interface only, so that the same core runs in Node
 * (the command line, the server), in a browser (VS Code for the Web) and in tests (in memory).
 */
export interface FileSystem {
  /** The bytes of a file, or undefined when there is no such file (or it may not be read). */
  readFile(uri: string): Promise<Uint8Array | undefined>;
  /** Every file below `rootUri` whose name ends with `suffix`, skipping `node_modules` and dot-folders. */
  findFiles(rootUri: string, suffix: string): Promise<string[]>;
  /**
   * The same as `readFile`, at once, for hosts that can (Node, memory): the workspace then holds
   * only the article texts in use and reads the others again when asked.
   */
  readFileSync?(uri: string): Uint8Array | undefined;
}

/** A file system held in memory: path → text. For tests and for tools that have the texts already. */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [uri, content] of Object.entries(files)) this.write(uri, content);
  }

  write(uri: string, content: string | Uint8Array): void {
    this.files.set(uri, typeof content === "string" ? new TextEncoder().encode(content) : content);
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  async readFile(uri: string): Promise<Uint8Array | undefined> {
    return this.files.get(uri);
  }

  readFileSync(uri: string): Uint8Array | undefined {
    return this.files.get(uri);
  }

  async findFiles(rootUri: string, suffix: string): Promise<string[]> {
    const base = rootUri.endsWith("/") ? rootUri : `${rootUri}/`;
    return [...this.files.keys()].filter((uri) => {
      if (!uri.startsWith(base) || !uri.endsWith(suffix)) return false;
      return !uri.slice(base.length).split("/").slice(0, -1).some((d) => d === "node_modules" || d.startsWith("."));
    }).sort();
  }
}
