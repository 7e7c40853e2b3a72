/**
 * The workspace index: every claims file and the article texts they name, kept up to date one
 * file at a time. Each update returns the claims files whose diagnostics may have changed, so an
 * edit costs what it touches: the edited file, the files that share one of its quantities, and
 * the files that refer to a source id it adds or removes. Problems are computed lazily per file
 * and cached until something they depend on changes.
 */
import { parseClaims } from "../syntax/parser";
import { factsOf, type ClaimFacts, type FileFacts } from "../model/facts";
import type { Problem } from "../model/problem";
import { fold, type FoldedText } from "../text/fold";
import { LineIndex } from "../text/lineIndex";
import { DEFAULT_CONFIG, type IsnadConfig } from "../config";
import { resolveArticle, type ArticleLink } from "./paths";
import { articleProblems, quoteProblems } from "../checks/quoteChecks";
import { referenceProblems } from "../checks/referenceChecks";
import { unsourcedProblems } from "../checks/unsourcedClaims";
import { QuantityGroup, contradictionProblems } from "../checks/contradictions";
import { similarMetricProblems } from "../checks/similarMetric";
import { Vocabulary } from "./vocabulary";
import { ArticleStore, type ArticleEntry, type Reread } from "./articleStore";
import { AnchorMemory } from "./anchors";
import { FileRecords, type ParsedFiles } from "./fileRecords";
import { LruMap } from "../memory/lru";
import type { Message } from "../messages";
import type { Unreadable } from "./fileSystem";

/**
 * An article as the host could read it. `encoding`: there, but no text came of it: not UTF-8
 * (problem `encoding`), or not read at all (problem `code`: not a regular file, above the size limit…).
 */
export type ArticleContent = { kind: "text"; text: string } | { kind: "missing" } | { kind: "encoding"; message: string; l10n?: Message; code?: Unreadable["kind"] };

export interface ClaimsEntry {
  readonly uri: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly facts: FileFacts;
  /** Per source index, where its `text:` leads (absent when it has none). */
  readonly links: ReadonlyMap<number, ArticleLink>;
  readonly encodingError: string | undefined;
  /** `encodingError` as data, for hosts that translate it. */
  readonly encodingL10n?: Message | undefined;
  /** The problem `encodingError` is reported as, when the file was not read at all (default `encoding`). */
  readonly encodingCode?: Unreadable["kind"] | undefined;
  /** Problems of this file alone and its articles; dropped when either changes. */
  local: Problem[] | undefined;
}

/**
 * How many folded articles are kept. Folding keeps two offsets a character (8 bytes), so an
 * archive folded whole would cost more memory than its text; an article is folded when its quotes
 * are checked, and again, cheaply, if it is needed after it went cold.
 */
const FOLDED_ARTICLES_KEPT = 64;

/**
 * Claims files whose syntax trees are kept (see FileRecords): those being edited and checked, and
 * the files an edit's quantities reach.
 */
const PARSED_FILES_KEPT = 32;

/** Files whose problems of the current generation are remembered at most. */
const PROBLEMS_REMEMBERED = 2048;

/** A claim and the file it stands in. */
export interface ClaimRef {
  readonly uri: string;
  readonly claim: ClaimFacts;
}

export class Workspace {
  private readonly files = new Map<string, ClaimsEntry>();
  private readonly parsedFiles: ParsedFiles;
  private readonly articles: ArticleStore;
  /**
   * Bumped by every change to the index. A file's problems computed in one generation hold until
   * the next: an edit publishes a file, then the articles it quotes, which ask for them again.
   */
  private generation = 0;
  private readonly problemsMemo = new Map<ClaimsEntry, Problem[]>();
  /** The generation `problemsMemo` holds: older ones are dropped, not kept for every file. */
  private memoGeneration = -1;
  /** Folded articles, least recently used first (a replaced article's entry just ages out). */
  private readonly foldedArticles = new Map<ArticleEntry, FoldedText>();
  private readonly groups = new Map<string, QuantityGroup>();
  /** Source id → the files defining it, with how many times each. */
  private readonly sourceDefinitions = new Map<string, Map<string, number>>();
  /** Source id → the files whose `via: @id` refers to it. */
  private readonly sourceReferences = new Map<string, Set<string>>();
  /** Article URI → the claims files whose sources name it. */
  private readonly articleDependents = new Map<string, Set<string>>();
  /** Articles some claims file names that have not been read: kept as they change, since every edit asks. */
  private readonly unread = new Set<string>();
  /** Where each quote last stood in its article, to re-anchor it when the article changes. */
  readonly anchors = new AnchorMemory();
  /** Metric names, qualifier keys and values in use, for completion and `similar-metric`. */
  readonly vocabulary = new Vocabulary();

  /**
   * `reread`: how the host reads an article again at once (Node can), which lets the workspace
   * hold only the article texts in use and read the others when asked (see ArticleStore).
   */
  constructor(
    readonly rootUri: string,
    private config: IsnadConfig = DEFAULT_CONFIG,
    reread?: Reread,
    parsedFilesKept = PARSED_FILES_KEPT,
  ) {
    this.articles = new ArticleStore(reread);
    this.parsedFiles = new LruMap(parsedFilesKept);
  }

  /** Whether articles not read yet are read when first asked for (the host reads synchronously). */
  get readsArticlesOnDemand(): boolean {
    return this.articles.readsOnDemand;
  }

  get configuration(): IsnadConfig {
    return this.config;
  }

  /** Replaces the configuration; every file is re-checked (the tolerance changes value sets). */
  setConfig(config: IsnadConfig): Set<string> {
    this.config = config;
    this.generation++;
    for (const [uri, entry] of [...this.files]) {
      if (entry.encodingError === undefined) this.setClaimsText(uri, entry.text);
    }
    return new Set(this.files.keys());
  }

  /**
   * Adds or replaces a claims file; returns the claims files whose diagnostics may change. While
   * an archive is first indexed nobody needs that set (every file is checked afterwards), and
   * gathering it costs a pass over every group a file joins: `track: false` skips it.
   */
  setClaimsText(uri: string, text: string, track = true): Set<string> {
    const facts = this.records(text);
    const links = new Map<number, ArticleLink>();
    for (const source of facts.sources) {
      const path = source.textField?.value;
      if (path !== undefined) links.set(source.index, resolveArticle(this.rootUri, uri, path));
    }
    return this.replace(uri, withLazyLines({ uri, text, facts, links, encodingError: undefined, local: undefined }), track);
  }

  /** Records that a claims file could not be decoded (or read: `code`): it gets that one problem and says nothing else. */
  setClaimsEncodingError(uri: string, message: string, l10n?: Message, track = true, code?: Unreadable["kind"]): Set<string> {
    const facts = this.records("");
    return this.replace(uri, withLazyLines({ uri, text: "", facts, links: new Map(), encodingError: message, encodingL10n: l10n, encodingCode: code, local: undefined }), track);
  }

  private records(text: string): FileRecords {
    return new FileRecords(factsOf(parseClaims(text), this.config.tolerance), text, this.config.tolerance, this.parsedFiles);
  }

  removeClaims(uri: string): Set<string> {
    return this.replace(uri, undefined);
  }

  /** Sets what the host read of an article; returns the claims files that name it. */
  setArticle(uri: string, content: ArticleContent): Set<string> {
    if (!this.articles.set(uri, content)) return new Set();
    this.unread.delete(uri);
    this.generation++;
    return this.invalidateDependents(uri);
  }

  /** Forgets an article (closed in the editor and gone from disk, or no longer named). */
  forgetArticle(uri: string): Set<string> {
    // What was derived from its text goes with it, while still young: its folded form, and the
    // places of its quotes, which hold the text for re-anchoring.
    const held = this.articles.peek(uri);
    if (held) this.foldedArticles.delete(held);
    this.anchors.forget(uri);
    if (!this.articles.delete(uri)) return new Set();
    if (this.articleDependents.has(uri)) this.unread.add(uri);
    this.generation++;
    return this.invalidateDependents(uri);
  }

  /** Articles named by some source that the host has not read yet. */
  unreadArticles(): string[] {
    return [...this.unread];
  }

  hasArticle(uri: string): boolean {
    return this.articles.has(uri);
  }

  /** Whether some claims file names this article. */
  isArticle(uri: string): boolean {
    return this.articleDependents.has(uri);
  }

  /** The claims files whose sources name this article. */
  claimsNaming(articleUri: string): string[] {
    return [...(this.articleDependents.get(articleUri) ?? [])];
  }

  claimsFiles(): IterableIterator<string> {
    return this.files.keys();
  }

  entry(uri: string): ClaimsEntry | undefined {
    return this.files.get(uri);
  }

  /** The article text and its folded form, when it was read. */
  article(uri: string): { text: string; serial: number; lines: LineIndex; folded: () => FoldedText } | undefined {
    const entry = this.articleEntry(uri);
    if (!entry || entry.content.kind !== "text") return undefined;
    const text = entry.content.text;
    return {
      text,
      serial: entry.serial,
      // Most checks of an article never report a place in it: its lines are indexed when asked for.
      get lines() {
        return (entry.lines ??= new LineIndex(text));
      },
      folded: () => this.foldedArticle(entry, text),
    };
  }

  private foldedArticle(entry: ArticleEntry, text: string): FoldedText {
    let folded = this.foldedArticles.get(entry);
    if (folded) {
      // Most recently used last: the first entry of the map is the coldest.
      this.foldedArticles.delete(entry);
    } else {
      folded = fold(text);
      if (this.foldedArticles.size >= FOLDED_ARTICLES_KEPT) {
        const coldest = this.foldedArticles.keys().next().value;
        if (coldest) this.foldedArticles.delete(coldest);
      }
    }
    this.foldedArticles.set(entry, folded);
    return folded;
  }

  articleContent(uri: string): ArticleContent | undefined {
    return this.articleEntry(uri)?.content;
  }

  private articleEntry(uri: string): ArticleEntry | undefined {
    // Nothing was checked against an article not read yet (any check would have read it here),
    // so reading it now changes no result: no generation is bumped.
    if (this.unread.has(uri) && this.articles.readsOnDemand && this.articles.get(uri) === undefined) {
      this.articles.set(uri, this.articles.reread(uri));
      this.unread.delete(uri);
    }
    return this.articles.get(uri);
  }

  /** Every claim about the quantity `key`, across the workspace. */
  claimsAbout(key: string): readonly ClaimRef[] {
    return this.groups.get(key)?.members ?? [];
  }

  /** Every source id defined in the workspace. */
  sourceIds(): IterableIterator<string> {
    return this.sourceDefinitions.keys();
  }

  /** Files whose `via: @id` (or `@id/claim`) refers to source `id`. */
  sourceReferrers(id: string): string[] {
    return [...(this.sourceReferences.get(id) ?? [])];
  }

  /** Files defining source `id`. */
  sourceDefiners(id: string): string[] {
    return [...(this.sourceDefinitions.get(id)?.keys() ?? [])];
  }

  /** The problems of a claims file, with offsets into its text. */
  problems(uri: string): Problem[] {
    const entry = this.files.get(uri);
    if (!entry) return [];
    if (entry.encodingError !== undefined) return [{ code: entry.encodingCode ?? "encoding", start: 0, end: 0, message: entry.encodingError, ...(entry.encodingL10n ? { l10n: entry.encodingL10n } : {}) }];
    // Within a generation it is asked again for the files an article's diagnostics show; across
    // an archive's first publishing it would hold every file's problems: bounded.
    if (this.memoGeneration !== this.generation || this.problemsMemo.size >= PROBLEMS_REMEMBERED) {
      this.problemsMemo.clear();
      this.memoGeneration = this.generation;
    }
    const memo = this.problemsMemo.get(entry);
    if (memo) return [...memo];
    entry.local ??= [...entry.facts.problems, ...articleProblems(this, entry), ...quoteProblems(this, entry), ...unsourcedProblems(this, entry)];
    const problems = [...entry.local, ...referenceProblems(this, entry), ...contradictionProblems(this, entry), ...similarMetricProblems(this, entry)];
    this.problemsMemo.set(entry, problems);
    return [...problems];
  }

  group(key: string): QuantityGroup | undefined {
    return this.groups.get(key);
  }

  /** How many times source `id` is defined in the workspace. */
  definitionCount(id: string): number {
    let n = 0;
    for (const count of this.sourceDefinitions.get(id)?.values() ?? []) n += count;
    return n;
  }

  private replace(uri: string, next: ClaimsEntry | undefined, track = true): Set<string> {
    this.generation++;
    const previous = this.files.get(uri);
    if (!track && !previous && next) {
      this.files.set(uri, next);
      this.link(next, undefined);
      return new Set([uri]);
    }
    const affected = new Set<string>([uri]);
    const lookalikes = this.vocabulary.watch(previous?.facts, next?.facts);
    if (previous) this.unlink(previous, affected);
    if (next) {
      this.files.set(uri, next);
      this.link(next, affected);
    } else this.files.delete(uri);
    // An article no claims file names any more is forgotten; one still named keeps its text.
    for (const link of previous?.links.values() ?? []) {
      if (link.kind === "inside" && !this.articleDependents.has(link.uri)) this.articles.delete(link.uri);
    }
    if (previous && next) this.dropUnchangedGroupPeers(previous, next, affected);
    // Files whose `similar-metric` hint comes or goes because this file changed a name's use.
    for (const f of this.vocabulary.changedSince(lookalikes)) affected.add(f);
    // The old version's tree is dead: it must not take one of the places kept for trees in use.
    if (previous?.facts instanceof FileRecords) this.parsedFiles.delete(previous.facts);
    return affected;
  }

  /** Removes a file from the indexes, noting who shared its quantities and source ids. */
  private unlink(entry: ClaimsEntry, affected: Set<string>): void {
    for (const claim of entry.facts.claims) {
      if (!claim.quantityKey) continue;
      const group = this.groups.get(claim.quantityKey);
      if (!group) continue;
      group.remove(entry.uri, claim);
      for (const member of group.members) affected.add(member.uri);
      if (group.members.length === 0) this.groups.delete(claim.quantityKey);
    }
    this.vocabulary.remove(entry.uri, entry.facts);
    for (const source of entry.facts.sources) {
      if (!source.id) continue;
      const defs = this.sourceDefinitions.get(source.id);
      if (defs) {
        const n = (defs.get(entry.uri) ?? 0) - 1;
        if (n > 0) defs.set(entry.uri, n);
        else defs.delete(entry.uri);
        if (defs.size === 0) this.sourceDefinitions.delete(source.id);
      }
      this.touchSourceId(source.id, affected);
    }
    for (const id of referencedIds(entry)) this.sourceReferences.get(id)?.delete(entry.uri);
    for (const link of entry.links.values()) {
      if (link.kind === "inside") {
        const dependents = this.articleDependents.get(link.uri);
        dependents?.delete(entry.uri);
        if (dependents?.size === 0) {
          this.articleDependents.delete(link.uri);
          this.unread.delete(link.uri);
        }
      }
    }
  }

  /** Adds a file to the indexes, noting in `affected` (when given) who shares its quantities and source ids. */
  private link(entry: ClaimsEntry, affected: Set<string> | undefined): void {
    for (const claim of entry.facts.claims) {
      if (!claim.quantityKey) continue;
      let group = this.groups.get(claim.quantityKey);
      if (!group) this.groups.set(claim.quantityKey, (group = new QuantityGroup(claim.quantityKey)));
      group.add(entry.uri, claim);
      if (affected) for (const member of group.members) affected.add(member.uri);
    }
    this.vocabulary.add(entry.uri, entry.facts);
    for (const source of entry.facts.sources) {
      if (!source.id) continue;
      let defs = this.sourceDefinitions.get(source.id);
      if (!defs) this.sourceDefinitions.set(source.id, (defs = new Map()));
      defs.set(entry.uri, (defs.get(entry.uri) ?? 0) + 1);
      if (affected) this.touchSourceId(source.id, affected);
    }
    for (const id of referencedIds(entry)) {
      let refs = this.sourceReferences.get(id);
      if (!refs) this.sourceReferences.set(id, (refs = new Set()));
      refs.add(entry.uri);
    }
    for (const link of entry.links.values()) {
      if (link.kind !== "inside") continue;
      let dependents = this.articleDependents.get(link.uri);
      if (!dependents) {
        this.articleDependents.set(link.uri, (dependents = new Set()));
        if (!this.articles.has(link.uri)) this.unread.add(link.uri);
      }
      dependents.add(entry.uri);
    }
  }

  /**
   * An edit that leaves a claim's quantity, value, rank, source and line as they were does not
   * change what the other files of its group say: those files are not re-checked for it.
   */
  private dropUnchangedGroupPeers(previous: ClaimsEntry, next: ClaimsEntry, affected: Set<string>): void {
    const before = groupSignatures(previous);
    const after = groupSignatures(next);
    const changedKeys = new Set<string>();
    for (const [key, sig] of after) if (before.get(key) !== sig) changedKeys.add(key);
    for (const key of before.keys()) if (!after.has(key)) changedKeys.add(key);
    const needed = new Set<string>([next.uri]);
    for (const key of changedKeys) for (const member of this.claimsAbout(key)) needed.add(member.uri);
    for (const key of changedKeys) for (const uri of this.previousMembers(key, previous)) needed.add(uri);
    // A source added, removed, or whose claim ids changed: files referring to it are re-checked.
    const idsBefore = new Set(sourceSignatures(previous));
    const idsAfter = new Set(sourceSignatures(next));
    for (const signature of symmetricDifference(idsBefore, idsAfter)) this.touchSourceId(signature.split("\u0000")[0] ?? "", needed);
    for (const uri of [...affected]) if (!needed.has(uri)) affected.delete(uri);
  }

  private previousMembers(key: string, previous: ClaimsEntry): string[] {
    return previous.facts.claims.some((c) => c.quantityKey === key) ? [previous.uri] : [];
  }

  private touchSourceId(id: string, affected: Set<string>): void {
    for (const uri of this.sourceDefinitions.get(id)?.keys() ?? []) affected.add(uri);
    for (const uri of this.sourceReferences.get(id) ?? []) affected.add(uri);
  }

  private invalidateDependents(articleUri: string): Set<string> {
    const affected = new Set<string>();
    for (const uri of this.articleDependents.get(articleUri) ?? []) {
      const entry = this.files.get(uri);
      if (entry) entry.local = undefined;
      affected.add(uri);
    }
    return affected;
  }
}

/** Source ids a file refers to with `via: @id`. */
export function referencedIds(entry: ClaimsEntry): Set<string> {
  const ids = new Set<string>();
  for (const claim of entry.facts.claims) {
    for (const via of claim.viaRefs) {
      const id = sourceIdOfVia(via.value);
      if (id) ids.add(id);
    }
  }
  return ids;
}

/** `@id` or `@id/claim` → `id`; a free description → undefined. */
export function sourceIdOfVia(via: string): string | undefined {
  if (!via.startsWith("@")) return undefined;
  return via.slice(1).split("/")[0];
}

function groupSignatures(entry: ClaimsEntry): Map<string, string> {
  const out = new Map<string, string>();
  for (const claim of entry.facts.claims) {
    if (!claim.quantityKey) continue;
    const at = entry.lines.position(claim.valueText !== undefined ? claim.valueStart : claim.start);
    const sig = `${claim.source?.id ?? ""}|${claim.valueText ?? ""}|${claim.rank}|${claim.reason ?? ""}|${at.line}:${at.character}`;
    out.set(claim.quantityKey, `${out.get(claim.quantityKey) ?? ""}\u0002${sig}`);
  }
  return out;
}

/** Per source of the file: its id and the ids of its claims, which `@id/claim` refers to. */
function sourceSignatures(entry: ClaimsEntry): string[] {
  return entry.facts.sources.map((source) => {
    const claimIds = entry.facts.claims.filter((c) => c.source === source && c.claimIdValue !== undefined).map((c) => c.claimIdValue ?? "");
    return `${source.id}\u0000${claimIds.sort().join(",")}`;
  });
}

function symmetricDifference<T>(a: Set<T>, b: Set<T>): T[] {
  return [...[...a].filter((x) => !b.has(x)), ...[...b].filter((x) => !a.has(x))];
}

/** An entry whose `lines` are indexed on first use: a file with no diagnostic never needs them. */
function withLazyLines(entry: Omit<ClaimsEntry, "lines">): ClaimsEntry {
  let lines: LineIndex | undefined;
  return Object.defineProperty(entry, "lines", { enumerable: true, get: () => (lines ??= new LineIndex(entry.text)) }) as ClaimsEntry;
}

