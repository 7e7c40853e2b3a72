/**
 * One workspace served over LSP: the index, the documents open in the editor (which override
 * the disk), debounced re-checks per document, and publishing the diagnostics of every file an
 * update affects. Knows LSP only through the `Publisher` it is given.
 */
import { URI, Utils } from "vscode-uri";
import { articleDiagnosticsOf } from "../core/analysis/articleDiagnostics";
import { diagnosticsOf, type Diagnostic } from "../core/analysis/diagnostics";
import { CONFIG_FILE_NAME, type IsnadConfig } from "../core/config";
import { english, type Translate } from "../core/messages";
import type { FileSystem } from "../core/workspace/fileSystem";
import { CLAIMS_SUFFIX, loadClaimsFile, loadConfig, loadUnreadArticles, loadWorkspace, readArticle } from "../core/workspace/loader";
import { isInside } from "../core/workspace/paths";
import { Workspace } from "../core/workspace/workspace";
import type { ContradictionCount, ContradictionEntry } from "./protocol";
import { DEFAULT_SETTINGS, withEditorSettings, type EditorSettings } from "./settings";

export interface Publisher {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  progress?(done: number, total: number): void;
  log(message: string): void;
  showWarning?(message: string): void;
  /** The workspace's count of contradictions, after a change that altered it. */
  contradictions?(count: ContradictionCount): void;
  /** Diagnostics were re-published: what code lenses and inlay hints show may have changed too. */
  republished?(): void;
}

export type FileChange = { uri: string; kind: "created" | "changed" | "deleted" };

/**
 * How long publishing runs before yielding to the event loop: a file's first diagnostics read its
 * articles and quotes, so a count of files says little about the time a batch takes.
 */
const PUBLISH_SLICE_MS = 5;

/** Articles waiting for their diagnostics at most, while claims files are published (see `nextToPublish`). */
const ARTICLES_BATCH = 32;

/** Gives the event loop a turn between slices of indexing. */
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

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
  /** Articles whose diagnostics follow from claims files just published. */
  private readonly articleQueue = new Set<string>();
  private publishing: Promise<void> | undefined;
  /** Claims file → the articles its diagnostics were last shown in, so that an article no longer quoted is cleared. */
  private readonly shownIn = new Map<string, Set<string>>();
  /** Claims file → its contradictions (same-origin ones too) as last published: the status bar's count and the palette's list. */
  private readonly contradictionsByFile = new Map<string, Diagnostic[]>();
  private lastCount: string | undefined;
  /** isnad.json as read, before the editor's settings are laid over it. */
  private fileConfig: IsnadConfig | undefined;
  /** Turns messages into the editor's language (English unless the server is told otherwise). */
  translate: Translate = english;

  constructor(
    private readonly fs: FileSystem,
    readonly rootUri: string,
    private readonly publisher: Publisher,
    public debounceMs = 200,
    private settings: EditorSettings = DEFAULT_SETTINGS,
  ) {
    this.workspace = new Workspace(rootUri);
    this.ready = this.load();
  }

  /** Resolves when the first index of the workspace is built and published. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Resolves when no update, debounce timer or publishing is under way (for measurements and tests). */
  async idle(): Promise<void> {
    await this.ready;
    while (this.timers.size > 0 || this.pending.size > 0 || this.publishing) {
      if (this.timers.size > 0 && this.pending.size === 0 && !this.publishing) await new Promise((resolve) => setTimeout(resolve, this.debounceMs));
      await Promise.all([...this.pending.values(), this.publishing]);
    }
  }

  /** The files of the workspace as the session reads them (articles beside a claims file, for quick fixes). */
  get files(): FileSystem {
    return this.fs;
  }

  get index(): Workspace {
    return this.workspace;
  }

  private async load(stale: Iterable<string> = []): Promise<void> {
    const started = Date.now();
    const { workspace, configError } = await loadWorkspace(this.fs, this.rootUri, {
      progress: (done, total) => this.publisher.progress?.(done, total),
      adjustConfig: (fromFile) => withEditorSettings((this.fileConfig = fromFile), this.settings),
      pause,
      articles: false,
      // An article open in the editor is read again from the editor, never from the disk: its
      // unsaved text is what the checks saw before it went cold.
      reread: (fromDisk) => (uri) => {
        const text = this.open.get(uri);
        return text !== undefined ? { kind: "text", text } : fromDisk(uri);
      },
      // The open claims files first, with the files they depend on and their articles: the file
      // the user looks at is checked in the time it takes to read the archive's claims files,
      // and the rest of the archive is indexed after.
      first: {
        open: () => new Map([...this.open].filter(([uri]) => this.isClaims(uri) && this.insideRoot(uri))),
        // Those files only: a file opened since may depend on files not indexed yet.
        indexed: async (partial, open) => {
          this.workspace = partial;
          await this.publishOpen(open);
        },
      },
    });
    if (configError) this.publisher.showWarning?.(configError);
    this.workspace = workspace;
    // Documents opened or edited while the index was being built win over what was read from
    // disk (those indexed first already hold the editor's text: not parsed again).
    for (const [uri, text] of this.open) if (workspace.entry(uri)?.text !== text) this.apply(uri, text);
    await this.publishOpen();
    // (A host that reads synchronously reads each article when its files are published instead.)
    await loadUnreadArticles(this.fs, this.workspace, pause);
    this.publisher.log(`indexed ${[...workspace.claimsFiles()].length} claims files in ${Date.now() - started} ms`);
    await this.schedulePublish(new Set([...workspace.claimsFiles(), ...stale]));
  }

  /** Publishes the open claims files (or those of `only`), their articles read first. */
  private async publishOpen(only?: readonly string[]): Promise<void> {
    const workspace = this.workspace;
    const openClaims = (only ?? [...this.open.keys()]).filter((uri) => workspace.entry(uri));
    const theirArticles = new Set(openClaims.flatMap((uri) => [...(workspace.entry(uri)?.links.values() ?? [])].flatMap((link) => (link.kind === "inside" ? [link.uri] : []))));
    await loadUnreadArticles(this.fs, workspace, pause, (uri) => theirArticles.has(uri));
    for (const uri of openClaims) this.publishOne(uri);
  }

  /**
   * Reads every file from disk again (open documents keep their editor text) and re-publishes
   * everything, clearing what no longer applies. Returns how many claims files were indexed.
   */
  async recheck(): Promise<number> {
    await this.ready;
    await this.publishing;
    const stale = [...this.published];
    this.ready = this.load(stale);
    await this.ready;
    return [...this.workspace.claimsFiles()].length;
  }

  /**
   * Takes new editor settings: the debounce delay at once; severities, tolerance, article globs
   * and article diagnostics re-check what they change.
   */
  async applySettings(settings: EditorSettings): Promise<void> {
    const before = this.settings;
    this.settings = settings;
    this.debounceMs = settings.debounceMs;
    await this.ready;
    const affected = new Set<string>();
    const config = this.fileConfig && withEditorSettings(this.fileConfig, settings);
    if (config && JSON.stringify(config) !== JSON.stringify(this.workspace.configuration)) {
      for (const f of this.workspace.setConfig(config)) affected.add(f);
    }
    if (before.articleDiagnostics !== settings.articleDiagnostics) for (const f of this.workspace.claimsFiles()) affected.add(f);
    if (affected.size > 0) await this.schedulePublish(affected);
  }

  /** Every open contradiction of the workspace as last published, file by file. */
  contradictions(): ContradictionEntry[] {
    const out: ContradictionEntry[] = [];
    for (const uri of [...this.contradictionsByFile.keys()].sort()) {
      for (const d of this.contradictionsByFile.get(uri) ?? []) out.push({ uri, range: d.range, message: d.message });
    }
    return out;
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
        // A new size limit changes which files are read at all: every file is read again.
        if (this.fileConfig && this.fileConfig.maxFileSizeMB !== config.maxFileSizeMB) {
          this.fileConfig = config;
          await this.recheck();
          return;
        }
        this.fileConfig = config;
        for (const f of this.workspace.setConfig(withEditorSettings(config, this.settings))) affected.add(f);
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
    let claimsFiles = 0;
    while (this.publishQueue.size > 0 || this.articleQueue.size > 0) {
      const sliceStart = Date.now();
      for (let uri = this.nextToPublish(); uri !== undefined; uri = this.nextToPublish()) {
        if (this.isClaims(uri)) claimsFiles++;
        this.publishOne(uri);
        if (Date.now() - sliceStart >= PUBLISH_SLICE_MS) break;
      }
      if (this.publishQueue.size > 0 || this.articleQueue.size > 0) await pause();
    }
    this.reportContradictions();
    // An edit that touched one file changes only that file's lenses and hints, which the editor
    // asks for again by itself; one that touched others changes theirs too.
    if (claimsFiles > 1) this.publisher.republished?.();
  }

  /**
   * Claims files first, then the articles they quote, so that an article shows its files' new
   * state; but in batches, not after an archive's worth of files: an article published soon after
   * its files finds their quote matches and its folded text still in the caches.
   */
  private nextToPublish(): string | undefined {
    const queue = this.articleQueue.size >= ARTICLES_BATCH || this.publishQueue.size === 0 ? this.articleQueue : this.publishQueue;
    const next = queue.values().next();
    if (next.done) return undefined;
    queue.delete(next.value);
    return next.value;
  }

  /** Tells the publisher the workspace's count of contradictions when it changed. */
  private reportContradictions(): void {
    let claims = 0;
    for (const list of this.contradictionsByFile.values()) claims += list.length;
    const count: ContradictionCount = { claims, files: this.contradictionsByFile.size };
    const key = JSON.stringify(count);
    if (key === this.lastCount) return;
    this.lastCount = key;
    this.publisher.contradictions?.(count);
  }

  private publishOne(uri: string): void {
    if (!this.isClaims(uri)) return this.publishArticle(uri);
    try {
      const diagnostics = this.workspace.entry(uri) ? diagnosticsOf(this.workspace, uri, this.translate) : [];
      const contradictions = diagnostics.filter((d) => d.code === "contradiction" || d.code === "same-origin-contradiction");
      if (contradictions.length > 0) this.contradictionsByFile.set(uri, contradictions);
      else this.contradictionsByFile.delete(uri);
      // The articles this file quotes show its warnings too, and those it quoted before are cleared.
      const articles = this.articlesQuotedBy(uri);
      for (const article of [...(this.shownIn.get(uri) ?? []), ...articles]) this.articleQueue.add(article);
      if (articles.size > 0) this.shownIn.set(uri, articles);
      else this.shownIn.delete(uri);
      // A clean file nobody looks at needs no message; an open one always gets its (empty) list.
      if (diagnostics.length === 0 && !this.published.has(uri) && !this.open.has(uri)) return;
      this.publisher.publish(uri, diagnostics);
      if (diagnostics.length > 0) this.published.add(uri);
      else this.published.delete(uri);
    } catch (e) {
      this.publisher.log(`could not check ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }

  /** The articles a claims file's sources name that the index has read. */
  private articlesQuotedBy(uri: string): Set<string> {
    const out = new Set<string>();
    for (const link of this.workspace.entry(uri)?.links.values() ?? []) {
      if (link.kind === "inside" && this.workspace.article(link.uri)) out.add(link.uri);
    }
    return out;
  }

  /** Publishes the diagnostics shown in an article's own text, or clears them. */
  private publishArticle(uri: string): void {
    try {
      const diagnostics = this.settings.articleDiagnostics ? articleDiagnosticsOf(this.workspace, uri, this.translate) : [];
      if (diagnostics.length === 0 && !this.published.has(uri)) return;
      this.publisher.publish(uri, diagnostics);
      if (diagnostics.length > 0) this.published.add(uri);
      else this.published.delete(uri);
    } catch (e) {
      this.publisher.log(`could not check the article ${uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
}

/**
 * One spelling per URI, whatever the client's encoding of it, without `.` or `..` segments: the
 * fence compares paths, and `file:///ws/../elsewhere` is not inside `/ws`.
 */
export function normalise(uri: string): string {
  const parsed = URI.parse(uri);
  return (/(?:^|\/)\.\.?(?:\/|$)/.test(parsed.path) ? Utils.joinPath(parsed) : parsed).toString();
}
