/**
 * The article texts the workspace has read. An archive's articles are more text than its claims
 * (47 M characters for 100,000 claims); when the host can read a file again at once (Node), only
 * the texts used most recently are held, and a cold one is read again when asked for. What was
 * let go is remembered by length and hash, so that reading it again tells a change from the same
 * text, and a host without synchronous reads (the web) simply keeps every text.
 */
import type { LineIndex } from "../text/lineIndex";
import type { ArticleContent } from "./workspace";

/** An article as held: its content, and its lines once something asked for a place in it. */
export interface ArticleEntry {
  readonly content: ArticleContent;
  /**
   * Tells this holding of the article from any other: what is derived from its text can be
   * remembered under this number instead of under the text, which would keep the text alive.
   */
  readonly serial: number;
  lines?: LineIndex;
}

let serials = 0;

interface Released {
  readonly length: number;
  readonly hash: number;
}

/** Reads an article again, synchronously; undefined when it cannot be read. */
export type Reread = (uri: string) => ArticleContent | undefined;

/** Article texts held at most when the host can read them again. */
export const ARTICLE_TEXTS_KEPT = 256;

export class ArticleStore {
  private readonly slots = new Map<string, ArticleEntry | Released>();
  /** URIs of the held texts, least recently used first. */
  private readonly warm = new Set<string>();

  constructor(
    private readonly rereadWith?: Reread,
    private readonly textsKept = ARTICLE_TEXTS_KEPT,
  ) {}

  /** Whether the host can read an article again when asked: then texts may be let go. */
  get readsOnDemand(): boolean {
    return this.rereadWith !== undefined;
  }

  /** Reads an article from the host now (a missing file reads as missing). */
  reread(uri: string): ArticleContent {
    return this.rereadWith?.(uri) ?? { kind: "missing" };
  }

  has(uri: string): boolean {
    return this.slots.has(uri);
  }

  /** The article as held, read again if it was let go; undefined when it was never set. */
  get(uri: string): ArticleEntry | undefined {
    const slot = this.slots.get(uri);
    if (!slot) return undefined;
    if ("content" in slot) {
      this.touch(uri, slot);
      return slot;
    }
    const content = this.reread(uri);
    // Changed on disk since it was let go: answer with what is there now, but keep the mark, so
    // that the host's report of the change still reads as one (`set`).
    if (content.kind !== "text" || !sameText(slot, content.text)) return { content, serial: ++serials };
    const entry: ArticleEntry = { content, serial: ++serials };
    this.slots.set(uri, entry);
    this.touch(uri, entry);
    return entry;
  }

  /** Sets what the host read; returns false when it is what was held (or let go) already. */
  set(uri: string, content: ArticleContent): boolean {
    const previous = this.slots.get(uri);
    if (previous && sameContent(previous, content)) return false;
    const entry: ArticleEntry = { content, serial: ++serials };
    this.slots.set(uri, entry);
    this.touch(uri, entry);
    return true;
  }

  /** The article as held now, without reading it again or warming it. */
  peek(uri: string): ArticleEntry | undefined {
    const slot = this.slots.get(uri);
    return slot && "content" in slot ? slot : undefined;
  }

  delete(uri: string): boolean {
    this.warm.delete(uri);
    return this.slots.delete(uri);
  }

  private touch(uri: string, entry: ArticleEntry): void {
    if (!this.rereadWith || entry.content.kind !== "text") return;
    this.warm.delete(uri);
    this.warm.add(uri);
    while (this.warm.size > this.textsKept) {
      const coldest = this.warm.values().next().value as string;
      this.warm.delete(coldest);
      const held = this.slots.get(coldest);
      if (held && "content" in held && held.content.kind === "text") this.slots.set(coldest, { length: held.content.text.length, hash: hashOf(held.content.text) });
    }
  }
}

function sameContent(previous: ArticleEntry | Released, next: ArticleContent): boolean {
  if (!("content" in previous)) return next.kind === "text" && sameText(previous, next.text);
  const a = previous.content;
  if (a.kind !== next.kind) return false;
  if (a.kind === "text" && next.kind === "text") return a.text === next.text;
  if (a.kind === "encoding" && next.kind === "encoding") return a.message === next.message;
  return true;
}

function sameText(released: Released, text: string): boolean {
  return released.length === text.length && released.hash === hashOf(text);
}

/** FNV-1a over the UTF-16 code units: tells an article that changed while it was let go. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
