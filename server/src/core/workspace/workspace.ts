/**
 * The workspace index: every claims file and the article texts they name, kept up to date one
 * file at a time. Each update returns the claims files whose diagnostics may have changed, so an
 * edit costs what it touches: the edited file, the files that share one of its quantities, the
 * files that refer to a source id it adds or removes, and the files whose figures' origins run
 * through a source whose claims or vias it changes. It runs no check: the checks read it
 * through WorkspaceIndex, and analysis/problems.ts keeps what they find.
 */
import { parseClaims } from "../syntax/parser";
import { factsOf } from "../model/facts";
import { fold, type FoldedText } from "../text/fold";
import { LineIndex } from "../text/lineIndex";
import { DEFAULT_CONFIG, type IsnadConfig } from "../config";
import { resolveArticle, type ArticleLink } from "./paths";
import { QuantityGroup, type ClaimRef } from "./quantityGroup";
import { Vocabulary } from "./vocabulary";
import { ArticleStore, type ArticleEntry, type Reread } from "./articleStore";
import { FileRecords, type ParsedFiles } from "./fileRecords";
import { LruMap } from "../memory/lru";
import { DeclarationCatalog, touchedNames, valueName, type MetricDeclaration, type TouchedNames } from "./declarationCatalog";
import { canonicalQuantity, foldedName, joinKey, scopeOf, type Canon, type ClaimFacts, type Quantity } from "../model/facts";
import type { MetricKind } from "../model/fieldSchemas";
import { windowDays } from "../model/timeWindow";
import { ScopeIndex, widerScopes, type ScopeWindow } from "./scopeIndex";
import type { Message } from "../messages";
import type { Unreadable } from "./fileSystem";
import { MAX_VIA_DEPTH, sourceIdOfVia, type ArticleContent, type ArticleView, type ClaimsEntry, type WorkspaceIndex } from "./workspaceIndex";

export type { ArticleContent, ClaimRef, ClaimsEntry, MetricDeclaration, WorkspaceIndex } from "./workspaceIndex";
export { sourceIdOfVia } from "./workspaceIndex";

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

/** A listener told when an article is forgotten, so that what was derived from its text goes too. */
export type ArticleForgotten = (uri: string) => void;

export class Workspace implements WorkspaceIndex {
  private readonly files = new Map<string, ClaimsEntry>();
  private readonly parsedFiles: ParsedFiles;
  private readonly articles: ArticleStore;
  /**
   * Bumped by every change to the index. A file's problems computed in one generation hold until
   * the next: an edit publishes a file, then the articles it quotes, which ask for them again.
   */
  private changes = 0;
  /** Claims file URI → how many times an article it names changed (see articleStamp). */
  private readonly articleStamps = new Map<string, number>();
  private readonly forgetListeners = new Set<ArticleForgotten>();
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
  /** Metric names, qualifier keys and values in use, for completion and `similar-metric`. */
  /** The `metric` and `qualifier` blocks, by the names they declare. */
  readonly declarations = new DeclarationCatalog();
  readonly vocabulary = new Vocabulary(this.declarations);
  /** How the declarations rename what claims write (see `canonicalQuantity`). */
  private readonly canon: Canon = {
    metric: (folded) => this.declarations.resolveMetric(folded),
    value: (key, value) => this.declarations.resolveValue(key, value),
  };
  /** Claims grouped under other keys than their own (an alias resolved), with those keys; most claims are not here. */
  private readonly linked = new Map<ClaimFacts, Quantity>();
  /**
   * Claims of flows and levels with a window, grouped under their scope and window rather than
   * their quantity key, with the key they were grouped under (a declaration can change it).
   */
  private readonly reasonedKeys = new Map<ClaimFacts, string>();
  /** Windows and nested scopes of the metrics declared as flows or levels. */
  private readonly scopes = new ScopeIndex();
  /** A claim's own quantity key → the keys claims written so are grouped under, with how many claims. */
  private readonly keyAliases = new Map<string, Map<string, number>>();

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

  get generation(): number {
    return this.changes;
  }

  articleStamp(uri: string): number {
    return this.articleStamps.get(uri) ?? 0;
  }

  onArticleForgotten(listener: ArticleForgotten): () => void {
    this.forgetListeners.add(listener);
    return () => this.forgetListeners.delete(listener);
  }

  /** Replaces the configuration; every file is re-checked (the tolerance changes value sets). */
  setConfig(config: IsnadConfig): Set<string> {
    this.config = config;
    this.changes++;
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
    return this.replace(uri, withLazyLines({ uri, text, facts, links, encodingError: undefined }), track);
  }

  /** Records that a claims file could not be decoded (or read: `code`): it gets that one problem and says nothing else. */
  setClaimsEncodingError(uri: string, message: string, l10n?: Message, track = true, code?: Unreadable["kind"]): Set<string> {
    const facts = this.records("");
    return this.replace(uri, withLazyLines({ uri, text: "", facts, links: new Map(), encodingError: message, encodingL10n: l10n, encodingCode: code }), track);
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
    this.changes++;
    return this.invalidateDependents(uri);
  }

  /** Forgets an article (closed in the editor and gone from disk, or no longer named). */
  forgetArticle(uri: string): Set<string> {
    // What was derived from its text goes with it, while still young: its folded form, and the
    // places of its quotes, which hold the text for re-anchoring.
    const held = this.articles.peek(uri);
    if (held) this.foldedArticles.delete(held);
    for (const listener of this.forgetListeners) listener(uri);
    if (!this.articles.delete(uri)) return new Set();
    if (this.articleDependents.has(uri)) this.unread.add(uri);
    this.changes++;
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
  article(uri: string): ArticleView | undefined {
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

  /**
   * Every claim about the quantity `key`, across the workspace. A key a claim writes with an alias
   * (`{event: أركانة}`) finds the claims of the declared name (`{event: argana-2011}`) too.
   */
  claimsAbout(key: string): readonly ClaimRef[] {
    return this.groups.get(this.groupKey(key))?.members ?? [];
  }

  /** The keys a claim is grouped under: its own, or with the aliases it writes resolved. */
  quantityOf(claim: ClaimFacts): Quantity {
    return this.linked.get(claim) ?? claim;
  }

  private groupKey(key: string): string {
    const aliased = this.keyAliases.get(key);
    return aliased ? (aliased.keys().next().value ?? key) : key;
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

  group(key: string): QuantityGroup | undefined {
    return this.groups.get(this.groupKey(key));
  }

  /**
   * The key of the quantity group a claim belongs to: its quantity key with aliases resolved, or,
   * for a metric declared as a flow, its scope and window however written (its running counts
   * meet in one group, told apart by their as-of dates); for a level, the window and the as-of date.
   */
  groupKeyOf(claim: ClaimFacts): string | undefined {
    return this.reasonedKeys.get(claim) ?? this.keyFor(claim, this.quantityOf(claim));
  }

  /** The group of a claim, across the workspace. */
  groupOf(claim: ClaimFacts): QuantityGroup | undefined {
    const key = this.groupKeyOf(claim);
    return key === undefined ? undefined : this.groups.get(key);
  }

  kindOf(claim: ClaimFacts): MetricKind | undefined {
    return claim.metric.text ? this.metricDeclaration(foldedName(claim.metric.text))?.kind : undefined;
  }

  /** Windows claimed in a scope of a flow or level metric. */
  windowsOf(scopeKey: string): ScopeWindow[] {
    return this.scopes.windowsOf(scopeKey);
  }

  /** Claimed scopes narrower than `scopeKey` (its qualifiers and more). */
  narrowerScopes(scopeKey: string): string[] {
    return this.scopes.narrowerThan(scopeKey);
  }

  /** Metrics declared part of `folded`. */
  partsOf(folded: string): string[] {
    return this.declarations.partOfReferrers(folded).map((def) => def.facts.folded);
  }

  /** The group key of a claim whose keys (aliases resolved) are `quantity`, as the declarations stand now. */
  private keyFor(claim: ClaimFacts, quantity: Quantity): string | undefined {
    const key = quantity.quantityKey;
    const time = quantity.time;
    if (!key || !time?.window) return key;
    const kind = this.kindOf(claim);
    if (kind === "flow") return time.windowKey;
    if (kind === "level") return `${time.windowKey}${time.asof === undefined ? "" : time.asof === "published" ? `@${claim.source?.published ?? "published"}` : `@${time.asof.first}..${time.asof.last}`}`;
    return key;
  }

  /** What the reasoning about windows indexes of a flow or level claim grouped under `groupKey`. */
  private reasonedScope(claim: ClaimFacts, quantity: Quantity, groupKey: string) {
    const kind = this.kindOf(claim);
    if (kind !== "flow" && kind !== "level") return undefined;
    const scope = scopeOf(quantity);
    if (!scope) return undefined;
    const days = quantity.time?.window ? windowDays(quantity.time.window) : { first: -Infinity, last: Infinity };
    return { scope, window: { groupKey, first: days.first, last: days.last }, wider: widerScopes(scope.metric, scope.pairs, joinKey) };
  }

  /**
   * The files whose reasoning about totals, nested windows, scope and parts reads a claim's
   * group: windows of its scope that overlap its own, the same window in wider and narrower
   * scopes, and the same window of the metric it is part of (and of its parts).
   */
  private addNeighbours(reasoned: NonNullable<ReturnType<Workspace["reasonedScope"]>>, affected: Set<string>): void {
    const { scope, window } = reasoned;
    const addGroup = (key: string) => {
      for (const m of this.groups.get(key)?.members ?? []) affected.add(m.uri);
    };
    for (const w of this.scopes.windowsOf(scope.key)) if (w.first <= window.last && window.first <= w.last) addGroup(w.groupKey);
    const suffix = window.groupKey.slice(scope.key.length);
    for (const wider of reasoned.wider) addGroup(`${wider}${suffix}`);
    for (const narrower of this.scopes.narrowerThan(scope.key)) addGroup(`${narrower}${suffix}`);
    const declaration = this.metricDeclaration(scope.metric);
    const related = [...(declaration?.partOf ? [declaration.partOf] : []), ...this.partsOf(scope.metric)];
    for (const metric of related) addGroup(`${joinKey(metric, new Map(scope.pairs))}${suffix}`);
  }

  metricDeclaration(foldedMetric: string): MetricDeclaration | undefined {
    return this.declarations.metricDeclaration(foldedMetric);
  }

  /** How many times source `id` is defined in the workspace. */
  definitionCount(id: string): number {
    let n = 0;
    for (const count of this.sourceDefinitions.get(id)?.values() ?? []) n += count;
    return n;
  }

  private replace(uri: string, next: ClaimsEntry | undefined, track = true): Set<string> {
    this.changes++;
    const previous = this.files.get(uri);
    const touched = touchedNames(previous?.facts, next?.facts);
    const declares = touched.metrics.size + touched.values.size + touched.movedMetrics.size + touched.movedValues.size > 0;
    if (!track && !previous && next) {
      this.files.set(uri, next);
      this.link(next, undefined);
      // Files read before this one that write a name it declares are grouped again.
      if (declares) this.regroupUsers(this.namesReading(touched), uri, undefined);
      return new Set([uri]);
    }
    const affected = new Set<string>([uri]);
    // What the names an update declares differently reach, with the declarations before it.
    const reached = declares ? this.namesReading(touched) : undefined;
    const lookalikes = this.vocabulary.watch(previous?.facts, next?.facts, reached);
    if (reached) this.addDeclarationReaders(reached, affected);
    if (previous) this.unlink(previous, affected);
    if (next) {
      this.files.set(uri, next);
      this.link(next, affected);
    } else {
      this.files.delete(uri);
      this.articleStamps.delete(uri);
    }
    // An article no claims file names any more is forgotten; one still named keeps its text.
    for (const link of previous?.links.values() ?? []) {
      if (link.kind === "inside" && !this.articleDependents.has(link.uri)) this.articles.delete(link.uri);
    }
    if (reached) {
      // …and with the declarations after it.
      const after = this.namesReading(touched);
      for (const name of after.metrics) reached.metrics.add(name);
      for (const name of after.values) reached.values.add(name);
      for (const name of after.movedMetrics) reached.movedMetrics.add(name);
      for (const name of after.movedValues) reached.movedValues.add(name);
      this.regroupUsers(reached, uri, affected);
      this.addDeclarationReaders(reached, affected);
    } else if (previous && next) this.dropUnchangedGroupPeers(previous, next, affected);
    // Files whose figures' origins run through a source of this file whose claims or vias changed.
    this.touchOriginDependents(this.originChanges(previous, next), affected);
    // Files whose `similar-metric` hint comes or goes because this file changed a name's use.
    for (const f of this.vocabulary.changedSince(lookalikes)) affected.add(f);
    // The old version's tree is dead: it must not take one of the places kept for trees in use.
    if (previous?.facts instanceof FileRecords) this.parsedFiles.delete(previous.facts);
    return affected;
  }

  /**
   * The names whose meaning an update of declarations may change: those it touches, and the
   * aliases of every declaration of a touched name (when the declaration that counts changes,
   * its aliases change owner).
   */
  private namesReading(touched: TouchedNames): { metrics: Set<string>; values: Set<string>; movedMetrics: Set<string>; movedValues: Set<string> } {
    const catalog = this.declarations;
    const metrics = new Set(touched.metrics);
    const values = new Set(touched.values);
    for (const name of touched.metrics) for (const def of catalog.metricDefinitions(name)) for (const alias of def.facts.aliases) metrics.add(alias.folded);
    for (const name of touched.values) {
      const [key = "", value = ""] = name.split("\u0000");
      for (const def of catalog.valueDefinitions(key, value)) for (const alias of def.facts.aliases) values.add(valueName(key, alias.normalised));
    }
    return { metrics, values, movedMetrics: new Set(touched.movedMetrics), movedValues: new Set(touched.movedValues) };
  }

  /** Groups again the claims of every file but `except` that write one of the names. */
  private regroupUsers(names: { metrics: ReadonlySet<string>; values: ReadonlySet<string> }, except: string, affected: Set<string> | undefined): void {
    const users = new Set<string>();
    for (const name of names.metrics) for (const uri of this.vocabulary.filesUsing(name)) users.add(uri);
    for (const name of names.values) {
      const [key = "", value = ""] = name.split("\u0000");
      for (const uri of this.vocabulary.filesUsingValue(key, value)) users.add(uri);
    }
    users.delete(except);
    for (const uri of users) {
      const entry = this.files.get(uri);
      if (!entry) continue;
      for (const claim of entry.facts.claims) {
        if (!claim.quantityKey) continue;
        // A declaration renames (aliases) and regroups (a kind makes windows meet).
        const was = this.groupKeyOf(claim);
        const now = this.canonicalOf(claim);
        if (this.keyFor(claim, now ?? claim) === was && this.reasonedKeys.has(claim) === (this.reasonedScope(claim, now ?? claim, was ?? "") !== undefined)) {
          if (now) this.linked.set(claim, now);
          continue;
        }
        this.ungroup(uri, claim, affected);
        this.groupUnder(uri, claim, now, affected);
      }
    }
  }

  /**
   * The keys a claim is grouped under when the metric or a qualifier value it writes is an alias,
   * or undefined when they are its own. Answered without the claim's tree for most claims: only a
   * metric that is an alias, or a key one of whose values has one, takes a look at the qualifiers.
   */
  private canonicalOf(claim: ClaimFacts): Quantity | undefined {
    const own = claim.quantityKey;
    const catalog = this.declarations;
    if (!own || catalog.isEmpty || !claim.metric.text) return undefined;
    const metric = foldedName(claim.metric.text);
    if (catalog.resolveMetric(metric) === metric && !this.mayAliasValues(own)) return undefined;
    const quantity = canonicalQuantity(claim.node, claim.source?.published, this.canon);
    return quantity.quantityKey === own ? undefined : quantity;
  }

  /** Whether a quantity key holds a qualifier key for whose values some alias is declared. */
  private mayAliasValues(key: string): boolean {
    for (const k of this.declarations.aliasedKeys()) if (key.includes(`{${k}:`) || key.includes(`\u0001${k}:`)) return true;
    return false;
  }

  private groupUnder(uri: string, claim: ClaimFacts, quantity: Quantity | undefined, affected: Set<string> | undefined): void {
    const own = claim.quantityKey;
    if (!own) return;
    const aliased = quantity?.quantityKey ?? own;
    const key = this.keyFor(claim, quantity ?? claim) ?? aliased;
    const reasoned = this.reasonedScope(claim, quantity ?? claim, key);
    if (reasoned) {
      this.reasonedKeys.set(claim, key);
      this.scopes.add(reasoned.scope.key, reasoned.window, reasoned.wider);
      if (affected) this.addNeighbours(reasoned, affected);
    }
    if (quantity) {
      this.linked.set(claim, quantity);
      let aliases = this.keyAliases.get(own);
      if (!aliases) this.keyAliases.set(own, (aliases = new Map()));
      aliases.set(aliased, (aliases.get(aliased) ?? 0) + 1);
    }
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = new QuantityGroup(key)));
    group.add(uri, claim);
    if (affected) for (const member of group.members) affected.add(member.uri);
  }

  private ungroup(uri: string, claim: ClaimFacts, affected: Set<string> | undefined): void {
    const own = claim.quantityKey;
    if (!own) return;
    const quantity = this.linked.get(claim);
    const aliased = quantity?.quantityKey ?? own;
    const reasonedKey = this.reasonedKeys.get(claim);
    const key = reasonedKey ?? aliased;
    if (reasonedKey !== undefined) {
      // Taken out as it was put in, whatever the declarations say now.
      this.reasonedKeys.delete(claim);
      const scope = scopeOf(quantity ?? claim);
      if (scope) {
        const wider = widerScopes(scope.metric, scope.pairs, joinKey);
        this.scopes.remove(scope.key, key, wider);
        const days = quantity?.time?.window ?? claim.time?.window;
        const span = days ? windowDays(days) : { first: -Infinity, last: Infinity };
        if (affected) this.addNeighbours({ scope, window: { groupKey: key, first: span.first, last: span.last }, wider }, affected);
      }
    }
    if (quantity) {
      this.linked.delete(claim);
      const aliases = this.keyAliases.get(own);
      const n = (aliases?.get(aliased) ?? 0) - 1;
      if (n > 0) aliases?.set(aliased, n);
      else aliases?.delete(aliased);
      if (aliases?.size === 0) this.keyAliases.delete(own);
    }
    const group = this.groups.get(key);
    if (!group) return;
    group.remove(uri, claim);
    if (affected) for (const member of group.members) affected.add(member.uri);
    if (group.members.length === 0) this.groups.delete(key);
  }

  /** Removes a file from the indexes, noting who shared its quantities and source ids. */
  private unlink(entry: ClaimsEntry, affected: Set<string>): void {
    for (const claim of entry.facts.claims) this.ungroup(entry.uri, claim, affected);
    this.vocabulary.remove(entry.uri, entry.facts);
    this.declarations.remove(entry.uri, entry.facts);
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
    // Declarations first: a file may use the aliases it declares.
    this.declarations.add(entry.uri, entry.facts);
    for (const claim of entry.facts.claims) this.groupUnder(entry.uri, claim, this.canonicalOf(claim), affected);
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
    const before = groupSignatures(previous, (c) => this.groupKeyOf(c));
    const after = groupSignatures(next, (c) => this.groupKeyOf(c));
    const changedKeys = new Set<string>();
    for (const [key, sig] of after) if (before.get(key) !== sig) changedKeys.add(key);
    for (const key of before.keys()) if (!after.has(key)) changedKeys.add(key);
    const needed = new Set<string>([next.uri]);
    for (const key of changedKeys) for (const member of this.claimsAbout(key)) needed.add(member.uri);
    for (const key of changedKeys) for (const uri of this.previousMembers(key, previous)) needed.add(uri);
    // Totals, nested windows, wider and narrower scopes and parts read a changed group too.
    for (const entry of [previous, next]) {
      for (const claim of entry.facts.claims) {
        const key = this.groupKeyOf(claim);
        if (!key || !changedKeys.has(key)) continue;
        const reasoned = this.reasonedScope(claim, this.quantityOf(claim), key);
        if (reasoned) this.addNeighbours(reasoned, needed);
      }
    }
    // A source added, removed, or whose claim ids changed: files referring to it are re-checked.
    const idsBefore = new Set(sourceSignatures(previous));
    const idsAfter = new Set(sourceSignatures(next));
    for (const signature of symmetricDifference(idsBefore, idsAfter)) this.touchSourceId(signature.split("\u0000")[0] ?? "", needed);
    for (const uri of [...affected]) if (!needed.has(uri)) affected.delete(uri);
  }

  /**
   * The source ids of this file, cited by some file, whose claims a citing claim's origin may read
   * differently now (a claim id, quantity or `via:` added, removed or changed).
   */
  private originChanges(previous: ClaimsEntry | undefined, next: ClaimsEntry | undefined): string[] {
    const cited = (entry: ClaimsEntry | undefined) => entry?.facts.sources.some((s) => (this.sourceReferences.get(s.id)?.size ?? 0) > 0) ?? false;
    if (!cited(previous) && !cited(next)) return [];
    const before = previous ? originSignatures(previous) : new Map<string, string>();
    const after = next ? originSignatures(next) : new Map<string, string>();
    const changed: string[] = [];
    for (const id of new Set([...before.keys(), ...after.keys()])) if (before.get(id) !== after.get(id)) changed.push(id);
    return changed;
  }

  /**
   * Adds the files whose diagnostics name an origin traced through source `ids`: the files citing
   * them, the files sharing a quantity with their citing claims (whose messages name those
   * origins), and so on up the chains, at most MAX_VIA_DEPTH links.
   */
  private touchOriginDependents(ids: readonly string[], affected: Set<string>): void {
    const seenIds = new Set(ids);
    const seenFiles = new Set<string>();
    let frontier = [...seenIds];
    for (let depth = 0; depth < MAX_VIA_DEPTH && frontier.length > 0; depth++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const uri of this.sourceReferences.get(id) ?? []) {
          if (seenFiles.has(uri)) continue;
          seenFiles.add(uri);
          affected.add(uri);
          const entry = this.files.get(uri);
          if (!entry) continue;
          for (const claim of entry.facts.claims) {
            if (claim.viaRefs.length === 0) continue;
            for (const member of this.groupOf(claim)?.members ?? []) affected.add(member.uri);
          }
          for (const source of entry.facts.sources) {
            if (!source.id || seenIds.has(source.id)) continue;
            seenIds.add(source.id);
            next.push(source.id);
          }
        }
      }
      frontier = next;
    }
  }

  private previousMembers(key: string, previous: ClaimsEntry): string[] {
    return previous.facts.claims.some((c) => this.groupKeyOf(c) === key) ? [previous.uri] : [];
  }

  /**
   * The files whose diagnostics read what the catalog says of these names: those declaring them,
   * listing them as an alias or naming them in `part-of`, those declaring a metric up their
   * `part-of` chains (a cycle is reported on every block in it), and those with claims using them.
   * A name only moved is read by the declarations that point to it, not by claims.
   */
  private addDeclarationReaders(names: { metrics: ReadonlySet<string>; values: ReadonlySet<string>; movedMetrics: ReadonlySet<string>; movedValues: ReadonlySet<string> }, affected: Set<string>): void {
    const catalog = this.declarations;
    for (const [list, claimsToo] of [
      [names.metrics, true],
      [names.movedMetrics, false],
    ] as const) {
      for (const name of list) {
        for (const def of [...catalog.metricDefinitions(name), ...catalog.aliasDefinitions(name), ...catalog.partOfReferrers(name)]) affected.add(def.uri);
        const counting = catalog.metricDefinitions(name)[0];
        for (const up of counting ? catalog.partOfChain(counting) : []) for (const def of catalog.metricDefinitions(up)) affected.add(def.uri);
        if (claimsToo) for (const uri of this.vocabulary.filesUsing(name)) affected.add(uri);
      }
    }
    for (const name of [...names.values, ...names.movedValues]) {
      const [key = "", value = ""] = name.split("\u0000");
      for (const def of [...catalog.valueDefinitions(key, value), ...catalog.valueAliasDefinitions(key, value)]) affected.add(def.uri);
    }
  }

  private touchSourceId(id: string, affected: Set<string>): void {
    for (const uri of this.sourceDefinitions.get(id)?.keys() ?? []) affected.add(uri);
    for (const uri of this.sourceReferences.get(id) ?? []) affected.add(uri);
  }

  private invalidateDependents(articleUri: string): Set<string> {
    const affected = new Set<string>();
    for (const uri of this.articleDependents.get(articleUri) ?? []) {
      this.articleStamps.set(uri, this.articleStamp(uri) + 1);
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

function groupSignatures(entry: ClaimsEntry, keyOf: (claim: ClaimFacts) => string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const claim of entry.facts.claims) {
    const key = keyOf(claim);
    if (!key) continue;
    const at = entry.lines.position(claim.valueText !== undefined ? claim.valueStart : claim.start);
    // The written key and the via chain too: a flow's running counts share a group but not their
    // as-of dates, and the other members' messages name this claim's origin.
    const sig = `${claim.source?.id ?? ""}|${claim.valueText ?? ""}|${claim.rank}|${claim.reason ?? ""}|${at.line}:${at.character}|${claim.quantityKey}|${claim.viaChain.join("\u0001")}`;
    out.set(key, `${out.get(key) ?? ""}\u0002${sig}`);
  }
  return out;
}

/** Per source id of the file: what an origin traced through it reads of its claims (id, quantity, via chain). */
function originSignatures(entry: ClaimsEntry): Map<string, string> {
  const out = new Map<string, string>();
  for (const claim of entry.facts.claims) {
    const id = claim.source?.id;
    if (!id) continue;
    out.set(id, `${out.get(id) ?? ""}\u0002${claim.claimIdValue ?? ""}\u0001${claim.quantityKey ?? ""}\u0001${claim.viaChain.join("\u0001")}`);
  }
  return out;
}

/** Per source of the file: its id and the ids of its claims, which `@id/claim` refers to. */
function sourceSignatures(entry: ClaimsEntry): string[] {
  return entry.facts.sources.map((source) => {
    const claimIds = entry.facts.claims.filter((c) => c.source === source && c.claimIdValue !== undefined).map((c) => c.claimIdValue ?? "");
    return `${source.id}\u0000${claimIds.sort().join(",")}\u0000${source.published ?? ""}`;
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

