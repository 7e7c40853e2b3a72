/**
 * One workspace served over LSP: the index, the documents open in the editor (which override
 * the disk), debounced re-checks per document, and publishing the diagnostics of every file an
 * update affects. Knows LSP only through the `Publisher` it is given.
 */
import { URI } from "vscode-uri";
import { diagnosticsOf, type Diagnostic } from "../core/analysis/diagnostics";
import { CONFIG_FILE_NAME } from "../core/config";
import type { FileSystem } from "../core/workspace/fileSystem";
import { CLAIMS_SUFFIX, loadClaimsFile, loadConfig, loadUnreadArticles, loadWorkspace, readArticle } from "../core/workspace/loader";
import { isInside } from "../core/workspace/paths";
import { Workspace } from "../core/workspace/workspace";

export interface Publisher {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  progress?(done: number, total: number): void;
  log(message: string): void;
  showWarning?(message: string): void;
}

export type FileChange = { uri: string; kind: "created" | "changed" | "deleted" };

/** How many files are published before yielding to the event loop. */
const PUBLISH_BATCH = 200;

export class Session {
  private workspace: Workspace;
  private ready: Promise<void>;
  private readonly open = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Updates under way per document, awaited by requests on that document. */
  private readonly pending = new Map<string, Promise<void>>();
  /** Files last published with diagnostics, so a file that becomes clean is cleared. */
  private readonly published = new Set<string>();
  private publishQueue = new Set<string>();
  private publishing: Promise<void> | undefined;

  constructor(
    private readonly fs: FileSystem,
    readonly rootUri: string,
    private readonly publisher: Publisher,
    public debounceMs = 200,
  ) {
    this.workspace = new Workspace(rootUri);
    this.ready = this.load();
  }

  /** Resolves when the first index of the workspace is built and published. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  get index(): Workspace {
    return this.workspace;
  }

  private async load(): Promise<void> {
    const started = Date.now();
    const { workspace, configError } = await loadWorkspace(this.fs, this.rootUri, { progress: (done, total) => this.publisher.progress?.(done, total) });
    if (configError) this.publisher.showWarning?.(configError);
    this.workspace = workspace;
    // Documents opened while the index was being built win over what was read from disk.
    for (const [uri, text] of this.open) this.apply(uri, text);
    await loadUnreadArticles(this.fs, this.workspace);
    this.publisher.log(`indexed ${[...workspace.claimsFiles()].length} claims files in ${Date.now() - started} ms`);
    await this.schedulePublish(new Set(workspace.claimsFiles()));
  }

  isClaims(uri: string): boolean {
    return uri.endsWith(CLAIMS_SUFFIX);
  }

  /** A document opened or edited in the editor. Re-checked after the debounce delay. */
  didChange(uri: string, text: string): void {
    uri = normalise(uri);
    this.open.set(uri, text);
    const previous = this.timers.get(uri);
    if (previous) clearTimeout(previous);
    const run = () => {
      this.timers.delete(uri);
      const update = this.ready.then(() => this.update(uri));
      this.pending.set(uri, update);
      void update.finally(() => {
        if (this.pending.get(uri) === update) this.pending.delete(uri);
      });
    };
    if (this.debounceMs <= 0) run();
    else this.timers.set(uri, setTimeout(run, this.debounceMs));
  }

  /**
   * Runs a pending debounced update of `uri` now, so that a request (hover, definition) answers
   * on the text the editor shows and not on the text before the last keystrokes.
   */
  async flush(uri: string): Promise<void> {
    uri = normalise(uri);
    await this.ready;
    const timer = this.timers.get(uri);
    if (timer) {
      clearTimeout(timer);
      this.timers.delete(uri);
      await this.update(uri);
    }
    await this.pending.get(uri);
  }

  /** A document closed in the editor: the disk is the truth again. */
  async didClose(uri: string): Promise<void> {
    uri = normalise(uri);
    this.open.delete(uri);
    await this.ready;
    await this.reload(uri);
  }

  /** Files changed on disk (another editor, a `git pull`). Open documents keep their editor text. */
  async didChangeFiles(changes: readonly FileChange[]): Promise<void> {
    await this.ready;
    const affected = new Set<string>();
    for (const change of changes) {
      const uri = normalise(change.uri);
      if (uri.endsWith(`/${CONFIG_FILE_NAME}`) && uri === `${this.rootUri.replace(/\/$/, "")}/${CONFIG_FILE_NAME}`) {
        const { config, error } = await loadConfig(this.fs, this.rootUri);
        if (error) this.publisher.showWarning?.(error);
        for (const f of this.workspace.setConfig(config)) affected.add(f);
        continue;
      }
      if (this.open.has(uri)) continue;
      for (const f of await this.reloadAffected(uri)) affected.add(f);
    }
    for (const f of await loadUnreadArticles(this.fs, this.workspace)) affected.add(f);
    await this.schedulePublish(affected);
  }

  private async update(uri: string): Promise<void> {
    const text = this.open.get(uri);
    if (text === undefined) return;
    const affected = this.apply(uri, text);
    for (const f of await loadUnreadArticles(this.fs, this.workspace)) affected.add(f);
    await this.schedulePublish(affected);
  }

  /** Puts an editor text into the index; returns the affected claims files. */
  private apply(uri: string, text: string): Set<string> {
    if (this.isClaims(uri)) return this.insideRoot(uri) ? this.workspace.setClaimsText(uri, text) : new Set();
    if (this.workspace.isArticle(uri)) return this.workspace.setArticle(uri, { kind: "text", text });
    return new Set();
  }

  private async reload(uri: string): Promise<void> {
    await this.schedulePublish(await this.reloadAffected(uri));
  }

  private async reloadAffected(uri: string): Promise<Set<string>> {
    if (this.isClaims(uri)) {
      if (!this.insideRoot(uri)) return new Set([uri]);
      const affected = await loadClaimsFile(this.fs, this.workspace, uri);
      for (const f of await loadUnreadArticles(this.fs, this.workspace)) affected.add(f);
      return affected;
    }
    if (this.workspace.isArticle(uri)) return this.workspace.setArticle(uri, await readArticle(this.fs, this.rootUri, uri));
    return new Set();
  }

  private insideRoot(uri: string): boolean {
    return isInside(URI.parse(this.rootUri), URI.parse(uri));
  }

  /**
   * Publishes the diagnostics of `uris`, in batches that yield to the event loop, so that a change
   * touching thousands of files never blocks typing. Files queued again while a run is under way
   * are published once more with what is newest.
   */
  private schedulePublish(uris: Set<string>): Promise<void> {
    for (const uri of uris) this.publishQueue.add(uri);
    if (!this.publishing) {
      this.publishing = this.drain().finally(() => {
        this.publishing = undefined;
      });
    }
    return this.publishing;
  }

  private async drain(): Promise<void> {
    while (this.publishQueue.size > 0) {
      const batch = [...this.publishQueue].slice(0, PUBLISH_BATCH);
      for (const uri of batch) {
        this.publishQueue.delete(uri);
        this.publishOne(uri);
      }
      if (this.publishQueue.size > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private publishOne(uri: string): void {
    try {
      const diagnostics = this.workspace.entry(uri) ? diagnosticsOf(this.workspace, uri) : [];
      // A clean file nobody looks at needs no message; an open one always gets its (empty) list.
      if (diagnostics.length === 0 && !this.published.has(uri) && !this.open.has(uri)) return;
      this.publisher.publish(uri, diagnostics);
      if (diagnostics.length > 0) this.published.add(uri);
      else this.published.delete(uri);
    } catch (e) {
      this.publisher.log(`could not check ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}

/** One spelling per URI, whatever the client's encoding of it. */
export function normalise(uri: string): string {
  return URI.parse(uri).toString();
}
