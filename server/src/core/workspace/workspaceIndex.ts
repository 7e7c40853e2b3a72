/**
 * What the rest of the core may read of the workspace: the index of claims files, articles,
 * quantities and source ids, with no way to change it. Checks, analyses and actions take this;
 * only the hosts that load files (loader, session, CLI) hold the Workspace class itself.
 */
import type { ClaimFacts, FileFacts, Quantity } from "../model/facts";
import type { IsnadConfig } from "../config";
import type { Message } from "../messages";
import type { FoldedText } from "../text/fold";
import type { LineIndex } from "../text/lineIndex";
import type { ArticleLink } from "./paths";
import type { Unreadable } from "./fileSystem";
import type { ClaimRef, QuantityGroup } from "./quantityGroup";
import type { ScopeWindow } from "./scopeIndex";
import type { Vocabulary } from "./vocabulary";
import type { DeclarationCatalog, MetricDeclaration } from "./declarationCatalog";
import type { MetricKind } from "../model/fieldSchemas";

export type { ClaimRef } from "./quantityGroup";
export type { ScopeWindow } from "./scopeIndex";
export type { MetricKind } from "../model/fieldSchemas";
export type { MetricDeclaration, MetricDefinition, QualifierDefinition } from "./declarationCatalog";

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
}

/** An article that was read, with what is derived from its text on demand. */
export interface ArticleView {
  readonly text: string;
  /** Changes whenever the text does: what was derived from an older serial is stale. */
  readonly serial: number;
  readonly lines: LineIndex;
  folded(): FoldedText;
}

/** The declarations of the workspace, read-only. */
export type DeclarationsView = Pick<
  DeclarationCatalog,
  | "revision"
  | "isEmpty"
  | "declaringFiles"
  | "metricDefinitions"
  | "aliasDefinitions"
  | "partOfReferrers"
  | "metricNames"
  | "aliasNames"
  | "counts"
  | "resolveMetric"
  | "aliasOwner"
  | "metricDeclaration"
  | "partOfTarget"
  | "partOfChain"
  | "inCycle"
  | "valueDefinitions"
  | "valueAliasDefinitions"
  | "hasValueAliases"
  | "declaredValuesShaped"
  | "declaredShapes"
  | "isDeclaredValue"
  | "aliasedKeys"
  | "valueAliasOwner"
  | "resolveValue"
>;

/** The words of the workspace, read-only. */
export type VocabularyView = Pick<
  Vocabulary,
  "metrics" | "metricUse" | "filesUsing" | "lookalikes" | "preferredLookalike" | "qualifierKeys" | "qualifierValues" | "filesUsingValue" | "valueUse" | "preferredValueLookalike" | "contestedValuesIn" | "valueSpelling"
>;

export interface WorkspaceIndex {
  readonly rootUri: string;
  readonly configuration: IsnadConfig;
  /** Bumped by every change to the index: whatever was derived in an older generation may be stale. */
  readonly generation: number;
  readonly vocabulary: VocabularyView;
  /** The `metric` and `qualifier` blocks of the workspace, by the names they declare. */
  readonly declarations: DeclarationsView;
  readonly readsArticlesOnDemand: boolean;
  /** The declaration a metric name (folded, canonical or alias) resolves to, when it is declared with a valid kind. */
  metricDeclaration(foldedMetric: string): MetricDeclaration | undefined;
  entry(uri: string): ClaimsEntry | undefined;
  claimsFiles(): IterableIterator<string>;
  /**
   * Bumped when an article the file names changes: what was derived from the file and its
   * articles is stale when this differs.
   */
  articleStamp(uri: string): number;
  article(uri: string): ArticleView | undefined;
  articleContent(uri: string): ArticleContent | undefined;
  hasArticle(uri: string): boolean;
  isArticle(uri: string): boolean;
  claimsNaming(articleUri: string): string[];
  unreadArticles(): string[];
  /**
   * Every claim about the quantity `key` (a claim's `quantityKey`), across the workspace: claims
   * written with a metric alias or a qualifier value's alias are about the declared name's quantity.
   */
  claimsAbout(key: string): readonly ClaimRef[];
  /**
   * The keys a claim is grouped under: its own (`claim` itself), or, when it writes an alias, the
   * keys with the declared names. What reads scope or window keys across files reads them here.
   */
  quantityOf(claim: ClaimFacts): Quantity;
  group(key: string): QuantityGroup | undefined;
  /** The key of the group a claim belongs to (see Workspace.groupKeyOf). */
  groupKeyOf(claim: ClaimFacts): string | undefined;
  groupOf(claim: ClaimFacts): QuantityGroup | undefined;
  kindOf(claim: ClaimFacts): MetricKind | undefined;
  /** Metrics declared part of `folded`. */
  partsOf(folded: string): string[];
  windowsOf(scopeKey: string): ScopeWindow[];
  narrowerScopes(scopeKey: string): string[];
  sourceIds(): IterableIterator<string>;
  sourceReferrers(id: string): string[];
  sourceDefiners(id: string): string[];
  definitionCount(id: string): number;
  /** Calls `listener` with each article forgotten, so that what was derived from its text goes too; returns how to stop. */
  onArticleForgotten(listener: (uri: string) => void): () => void;
}

/** `@id` or `@id/claim` → `id`; a free description → undefined. */
export function sourceIdOfVia(via: string): string | undefined {
  if (!via.startsWith("@")) return undefined;
  return via.slice(1).split("/")[0];
}

/**
 * How many `via:` links an origin is followed through (and how far the index looks for the files
 * an edit of a cited source reaches): a chain longer than this is taken to start where it stops.
 */
export const MAX_VIA_DEPTH = 16;
