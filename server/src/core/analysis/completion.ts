/**
 * Completion in a claims file, from what the workspace already holds: source ids after `@`,
 * metric names after `claim` (those in use, then the declared ones and their aliases), qualifier
 * keys and the values used for them (with this metric first), the fields the block takes, and for
 * `quote:` the passages of the article that state the claim's value, best first; in declarations,
 * the kinds, the declared metrics for `part-of:`, and the names and values in use that are not
 * declared yet. The names come from the workspace's vocabulary and declarations, which are kept up
 * to date file by file, so a keystroke never scans the workspace.
 */
import { statingPassages } from "../actions/passages";
import { msg, type Message } from "../messages";
import { normaliseQualifierValue, type ClaimFacts, type SourceFacts } from "../model/facts";
import { BLOCK_FIELDS, type BlockKind } from "../syntax/fieldNames";
import { METRIC_KINDS, REPEATABLE_FIELDS } from "../model/fieldSchemas";
import type { MetricFacts, QualifierFacts } from "../model/declarations";
import { TIME_KEYS } from "../model/timeWindow";
import type { Field } from "../syntax/ast";
import { foldKey } from "../text/fold";
import { lineEnd as lineEndOf, lineStart as lineStartOf } from "../text/lineEnds";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import { foldedName, fuzzyScore, usage } from "./symbols";

export type CompletionKind = "source" | "claim" | "metric" | "qualifierKey" | "qualifierValue" | "field" | "keyword" | "quote" | "value";

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: Message;
  readonly documentation?: string;
  /** Replaces `[start, end)` of the file. */
  readonly insertText: string;
  readonly start: number;
  readonly end: number;
  /** The order to show the items in: the order of the list. */
  readonly sortText: string;
  /** What the editor matches the typed text against, when not the label. */
  readonly filterText?: string;
  /** Whether to ask for completion again once the item is inserted (`claim `, `quote: `, `year: `). */
  readonly retrigger?: boolean;
}

/** The completions at a place; `incomplete` when the list was cut and should be asked for again as the user types. */
export interface CompletionResult {
  readonly items: CompletionItem[];
  readonly incomplete: boolean;
}

/** At most this many items are returned; the rest are found as the typed text narrows the list. */
export const MAX_ITEMS = 200;

/** The characters that open a completion in a claims file. */
export const TRIGGER_CHARACTERS = ["@", "{", ":", " ", ",", "،", "/"];

/** At most this many quotes are offered. */
const MAX_QUOTES = 8;

const NAME = String.raw`[\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*`;
const NAME_AFTER = /^[\p{L}\p{M}\p{N}_.\-]*/u;

const FIELD_DOCS: Record<string, Message> = {
  outlet: msg("the publication's name"),
  title: msg("the article's title"),
  author: msg("who signed it"),
  published: msg("publication date, YYYY-MM-DD"),
  retrieved: msg("when it was read, YYYY-MM-DD"),
  text: msg("the article text, relative to this file"),
  url: msg("an http(s) address"),
  language: msg("a language tag: ar, fr, en…"),
  id: msg("a name for this claim, unique in its source (`@source/id`)"),
  quote: msg("the passage of the article that states the figure, verbatim"),
  via: msg("whom the source attributes the figure to: `@source` or a description"),
  note: msg("free text"),
  rank: msg("preferred, normal or deprecated"),
  reason: msg("why this rank"),
  kind: msg("flow, level or attribute"),
  unit: msg("what the metric counts in: cells, people, dirhams…"),
  "label-ar": msg("the metric's name in Arabic, for hovers"),
  "label-fr": msg("the metric's name in French, for hovers"),
  "label-en": msg("the metric's name in English, for hovers"),
  alias: msg("another name for the same thing, repeatable"),
  "part-of": msg("the metric this one counts a part of"),
};

const KIND_DOCS: Record<string, Message> = {
  flow: msg("counted over a time window: windows add up (cells dismantled, arrests)"),
  level: msg("at a date: nothing adds up (a population, a balance)"),
  attribute: msg("of one event or thing: a date, the toll of one attack, a name"),
};

type Draft = Omit<CompletionItem, "sortText" | "start" | "end">;

export function completionsAt(workspace: WorkspaceIndex, uri: string, offset: number): CompletionResult {
  let incomplete = false;
  const items = complete(workspace, uri, offset, () => (incomplete = true));
  return { items, incomplete };
}

function complete(workspace: WorkspaceIndex, uri: string, offset: number, cut: () => void): CompletionItem[] {
  const entry = workspace.entry(uri);
  if (!entry) return [];
  const { text } = entry;
  const lineStart = lineStartOf(text, offset);
  const lineEnd = lineEndOf(text, offset);
  if (offset > lineEnd || inContinuation(entry, lineStart)) return [];
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);
  const wordEnd = offset + (NAME_AFTER.exec(after)?.[0].length ?? 0);
  const list = (start: number, end: number, drafts: Draft[]): CompletionItem[] => {
    if (drafts.length > MAX_ITEMS) {
      // Too many to send: those that match what is typed, in their order, up to the limit.
      const typed = foldedName(text.slice(start, offset));
      const matching = drafts.filter((d) => fuzzyScore(foldedName(d.filterText ?? d.label), typed) !== undefined);
      if (matching.length > MAX_ITEMS || matching.length < drafts.length) cut();
      drafts = matching.slice(0, MAX_ITEMS);
    }
    return drafts.map((d, i): CompletionItem => ({ ...d, start, end, sortText: String(i).padStart(5, "0") }));
  };

  let m = /^([ \t]*claim[ \t]+)([^\s{=]*)$/u.exec(before);
  if (m) return list(lineStart + (m[1] ?? "").length, wordEnd, metricItems(workspace, (m[2] ?? "") + (NAME_AFTER.exec(after)?.[0] ?? "")));

  m = /^[ \t]*claim[ \t]+([^\s{=]+)[ \t]*\{([^}]*)$/u.exec(before);
  if (m) return qualifierCompletions(workspace, m[1] ?? "", m[2] ?? "", offset, after, wordEnd, list);

  // `metric <name>`: the metrics in use that no block declares yet.
  m = /^([ \t]*metric[ \t]+)([^\s#]*)$/u.exec(before);
  if (m) return list(lineStart + (m[1] ?? "").length, wordEnd, undeclaredMetricItems(workspace, (m[2] ?? "") + (NAME_AFTER.exec(after)?.[0] ?? ""), undefined));
  // `qualifier <key>: <value>`: the keys in use (time keys take no aliases), then the key's values.
  m = /^([ \t]*qualifier[ \t]+)([^\s:#]*)$/u.exec(before);
  if (m) {
    const keys = workspace.vocabulary.qualifierKeys(undefined).filter((k) => !TIME_KEYS.has(foldKey(k.written)));
    return list(lineStart + (m[1] ?? "").length, wordEnd, keys.map((k) => ({ label: k.written, kind: "qualifierKey", detail: msg("{0} in all", k.total), insertText: `${k.written}: `, retrigger: true })));
  }
  m = /^[ \t]*qualifier[ \t]+([^\s:#]+)[ \t]*:[ \t]*([^#]*)$/u.exec(before);
  if (m) {
    const typed = m[2] ?? "";
    const tail = /^[^#]*/u.exec(after)?.[0].trimEnd() ?? "";
    const values = workspace.vocabulary.qualifierValues(m[1] ?? "", undefined).filter((v) => !(v.written === typed + tail && v.total === 1));
    return list(offset - typed.length, offset + tail.length, values.map((v) => ({ label: v.written, kind: "qualifierValue", detail: msg("{0} in all", v.total), insertText: v.written })));
  }
  if (/^[ \t]*(?:claim|source|metric|qualifier)(?:[ \t]|$)/u.test(before)) return [];

  const block = blockAbove(entry, lineStart);
  m = new RegExp(`^[ \\t]*(${NAME})[ \\t]*:[ \\t]*(.*)$`, "u").exec(before);
  if (m) {
    const name = m[1] ?? "";
    const typed = m[2] ?? "";
    return fieldValueCompletions(workspace, entry, block, name, typed, offset, lineStart, lineEnd, list);
  }

  m = /^([ \t]*)([\p{L}\p{M}\p{N}_.\-]*)$/u.exec(before);
  if (m) {
    const nameOnly = /^[\p{L}\p{M}\p{N}_.\-]*[ \t]*:/u.test(after);
    return list(offset - (m[2] ?? "").length, wordEnd, fieldNameItems(entry, block, lineStart, lineEnd, nameOnly));
  }
  return [];
}

type Lister = (start: number, end: number, drafts: Draft[]) => CompletionItem[];
type Block =
  | { kind: "source"; source: SourceFacts }
  | { kind: "claim"; claim: ClaimFacts }
  | { kind: "metric"; metric: MetricFacts; fields: readonly Field[] }
  | { kind: "qualifier"; block: QualifierFacts; fields: readonly Field[] }
  | undefined;

/**
 * The metrics in use, most claimed first, then the declared names no claim uses yet (declared
 * metrics and their aliases); the name being typed counts as a use of its own, which is not offered.
 */
function metricItems(workspace: WorkspaceIndex, typing: string): Draft[] {
  const uses = workspace.vocabulary.metrics().filter((m) => !(m.written === typing && m.claims === 1));
  const drafts: Draft[] = uses.map((m) => ({
    label: m.written,
    kind: "metric",
    detail: usage(m.claims, m.files),
    insertText: m.written,
  }));
  const offered = new Set(uses.map((m) => m.folded));
  const catalog = workspace.declarations;
  const declared: Draft[] = [];
  for (const folded of [...catalog.metricNames(), ...catalog.aliasNames()]) {
    if (offered.has(folded)) continue;
    offered.add(folded);
    const declaration = workspace.metricDeclaration(folded);
    const def = catalog.metricDefinitions(folded)[0];
    const owner = catalog.aliasOwner(folded);
    const written = def?.facts.name.text ?? owner?.facts.aliases.find((a) => a.folded === folded)?.written;
    if (!written) continue;
    const detail = owner ? msg("alias of {0}", owner.facts.name.text) : declaration ? msg("declared: {0}", declaration.kind) : msg("declared");
    declared.push({ label: written, kind: "metric", detail, insertText: written });
  }
  declared.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return [...drafts, ...declared];
}

/** The metrics in use that no block declares and no alias stands for (to declare, or list as an alias), but `own`. */
function undeclaredMetricItems(workspace: WorkspaceIndex, typing: string, own: string | undefined): Draft[] {
  const catalog = workspace.declarations;
  return workspace.vocabulary
    .metrics()
    .filter((m) => m.folded !== own && catalog.metricDefinitions(m.folded).length === 0 && !catalog.aliasOwner(m.folded) && !(m.written === typing && m.claims === 1))
    .map((m) => ({ label: m.written, kind: "metric", detail: usage(m.claims, m.files), insertText: m.written }));
}

/** The declared metrics (their names as declared), for `part-of:`: never the block's own. */
function declaredMetricItems(workspace: WorkspaceIndex, own: string): Draft[] {
  const out: Draft[] = [];
  for (const folded of workspace.declarations.metricNames()) {
    const def = workspace.declarations.metricDefinitions(folded)[0];
    if (!def || folded === own) continue;
    out.push({ label: def.facts.name.text, kind: "metric", ...(def.facts.kind ? { detail: msg("declared: {0}", def.facts.kind) } : {}), insertText: def.facts.name.text });
  }
  return out.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Values of the time qualifiers that are not dates: resolved against the source's `published`. */
const RELATIVE_VALUES: Readonly<Record<string, readonly { label: string; detail: Message }[]>> = {
  year: [
    { label: "this", detail: msg("the year the source was published") },
    { label: "last", detail: msg("the year before the source was published") },
    { label: "next", detail: msg("the year after the source was published") },
  ],
  asof: [{ label: "published", detail: msg("the source's published date") }],
};

function qualifierCompletions(workspace: WorkspaceIndex, metric: string, inner: string, offset: number, after: string, wordEnd: number, list: Lister): CompletionItem[] {
  const cut = Math.max(inner.lastIndexOf(","), inner.lastIndexOf("،"));
  const segment = inner.slice(cut + 1);
  const segmentStart = offset - segment.length;
  const folded = foldKey(metric);
  const keyTyped = /^([ \t]*)([^\s:]*)$/u.exec(segment);
  if (keyTyped) {
    // Keys given elsewhere in the braces are not offered again.
    const rest = after.split("}")[0] ?? "";
    const given = new Set([...inner.slice(0, cut + 1).split(/[,،]/u), ...rest.split(/[,،]/u).slice(1)].map((part) => foldKey(part.split(":")[0]?.trim() ?? "")));
    const keys = workspace.vocabulary.qualifierKeys(folded).filter((k) => !given.has(foldKey(k.written)));
    return list(
      segmentStart + (keyTyped[1] ?? "").length,
      wordEnd,
      keys.map((k) => ({
        label: k.written,
        kind: "qualifierKey",
        detail: uses(k.withMetric, metric, k.total),
        insertText: `${k.written}: `,
        retrigger: true,
      })),
    );
  }
  const valueTyped = /^[ \t]*([^\s:]+)[ \t]*:[ \t]*(.*)$/u.exec(segment);
  if (!valueTyped) return [];
  const key = valueTyped[1] ?? "";
  const typed = valueTyped[2] ?? "";
  const tail = /^[^,،}]*/u.exec(after)?.[0] ?? "";
  const end = offset + tail.trimEnd().length;
  const typing = typed + tail.trimEnd();
  const values = workspace.vocabulary.qualifierValues(key, folded).filter((v) => !(v.written === typing && v.total === 1));
  const used = new Set(values.map((v) => v.written));
  // The relative time values resolve against the source's date (docs/format.md, *Time qualifiers*).
  const relative = (RELATIVE_VALUES[foldKey(key)] ?? []).filter((r) => !used.has(r.label));
  return list(
    offset - typed.length,
    end,
    [
      ...values.map((v) => ({
        label: v.written,
        kind: "qualifierValue" as const,
        detail: uses(v.withMetric, metric, v.total),
        insertText: v.written,
      })),
      ...relative.map((r) => ({ label: r.label, kind: "qualifierValue" as const, detail: r.detail, insertText: r.label })),
    ],
  );
}

function fieldValueCompletions(
  workspace: WorkspaceIndex,
  entry: ClaimsEntry,
  block: Block,
  name: string,
  typed: string,
  offset: number,
  lineStart: number,
  lineEnd: number,
  list: Lister,
): CompletionItem[] {
  if (name === "via" && block?.kind === "claim") {
    const own = block.claim.source?.id;
    const claimRef = /^@([^\s/]+)\/([^\s]*)$/u.exec(typed);
    if (claimRef) {
      const tail = /^[^\s#]*/u.exec(entry.text.slice(offset, lineEnd))?.[0] ?? "";
      return list(offset - (claimRef[2] ?? "").length, offset + tail.length, claimIdItems(workspace, claimRef[1] ?? ""));
    }
    const idRef = /^@([^\s/]*)$/u.exec(typed);
    const tail = /^[^\s/#]*/u.exec(entry.text.slice(offset, lineEnd))?.[0] ?? "";
    if (idRef) return list(offset - (idRef[1] ?? "").length, offset + tail.length, sourceItems(workspace, own, "", idRef[1] ?? ""));
    if (typed === "") return list(offset, offset + tail.length, sourceItems(workspace, own, "@", ""));
    return [];
  }
  if (name === "quote" && block?.kind === "claim") {
    const field = block.claim.node.fields.find((f) => f.start >= lineStart && f.start <= lineEnd && f.name.text === "quote");
    const start = offset - typed.length;
    const end = field && field.valueSpan.end > start ? field.valueSpan.end : offset;
    return list(start, end, quoteItems(workspace, entry, block.claim));
  }
  const tail = /^[^\s#]*/u.exec(entry.text.slice(offset, lineEnd))?.[0] ?? "";
  const start = offset - typed.length;
  const end = offset + tail.length;
  if (block?.kind === "metric") {
    const own = block.metric.folded;
    if (name === "kind") return list(start, end, METRIC_KINDS.map((k) => ({ label: k, kind: "value", ...(KIND_DOCS[k] ? { detail: KIND_DOCS[k] } : {}), insertText: k })));
    if (name === "part-of") return list(start, end, declaredMetricItems(workspace, own));
    if (name === "alias") {
      const listed = new Set(block.metric.aliases.map((a) => a.folded));
      return list(start, end, undeclaredMetricItems(workspace, typed + tail, own).filter((d) => !listed.has(foldKey(d.label))));
    }
    return [];
  }
  if (block?.kind === "qualifier" && name === "alias") {
    // The values of the key in use, but the block's own and those some block declares already.
    const key = block.block.foldedKey;
    const catalog = workspace.declarations;
    const values = workspace.vocabulary.qualifierValues(block.block.key.text, undefined).filter((v) => {
      const normalised = normaliseQualifierValue(v.written.replace(/^["«](.*)["»]$/su, "$1"), /^["«]/u.test(v.written));
      return normalised !== block.block.value.normalised && !catalog.isDeclaredValue(key, normalised);
    });
    const tailToHash = /^[^#]*/u.exec(entry.text.slice(offset, lineEnd))?.[0].trimEnd() ?? "";
    return list(start, offset + tailToHash.length, values.map((v) => ({ label: v.written, kind: "qualifierValue", detail: msg("{0} in all", v.total), insertText: v.written })));
  }
  const choices: Record<string, readonly string[]> = { rank: ["preferred", "normal", "deprecated"], language: ["ar", "fr", "en"] };
  const options = choices[name];
  if (!options) return [];
  return list(start, end, options.map((o) => ({ label: o, kind: "value", insertText: o })));
}

/**
 * The sources as items, those matching `typed` only, best match first, then by id. At most one
 * more than the list takes is built, so that a workspace of thousands of sources stays quick.
 */
function sourceItems(workspace: WorkspaceIndex, own: string | undefined, prefix: string, typed: string): Draft[] {
  const query = foldedName(typed);
  const matching: { id: string; score: number }[] = [];
  for (const id of workspace.sourceIds()) {
    const score = id === own ? undefined : fuzzyScore(foldedName(id), query);
    if (score !== undefined) matching.push({ id, score });
  }
  matching.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Draft[] = [];
  for (const { id } of matching.slice(0, MAX_ITEMS + 1)) {
    const source = firstDefinition(workspace, id);
    const detail = [source?.outlet, source?.published].filter(Boolean).join(" · ");
    out.push({ label: `${prefix}${id}`, kind: "source", ...(detail ? { detail: msg("{0}", detail) } : {}), ...(source?.title !== undefined ? { documentation: source.title } : {}), insertText: `${prefix}${id}` });
  }
  return out;
}

function claimIdItems(workspace: WorkspaceIndex, sourceId: string): Draft[] {
  const out: Draft[] = [];
  for (const uri of workspace.sourceDefiners(sourceId)) {
    const entry = workspace.entry(uri);
    for (const claim of entry?.facts.claims ?? []) {
      if (claim.source?.id !== sourceId || !claim.claimIdValue) continue;
      out.push({ label: claim.claimIdValue, kind: "claim", detail: msg("{0}", `${claim.metric.text} = ${claim.valueText ?? "?"}`), insertText: claim.claimIdValue });
    }
  }
  return out;
}

function quoteItems(workspace: WorkspaceIndex, entry: ClaimsEntry, claim: ClaimFacts): Draft[] {
  const link = claim.source ? entry.links.get(claim.source.index) : undefined;
  const article = link?.kind === "inside" ? workspace.article(link.uri) : undefined;
  if (!link || link.kind !== "inside" || !article) return [];
  const where = relativePath(workspace.rootUri, link.uri);
  return statingPassages({ uri: link.uri, text: article.text, folded: article.folded }, claim, MAX_QUOTES, workspace).map((p) => {
    const insertText = `«${p.text}»`;
    const line = article.lines.position(p.start).line + 1;
    return {
      label: p.text.length > 80 ? `${p.text.slice(0, 79)}…` : p.text,
      kind: "quote",
      detail: p.unique ? msg("{0}, line {1}", where, line) : msg("{0}, line {1} (stands more than once)", where, line),
      documentation: p.text,
      insertText,
      filterText: insertText,
    };
  });
}

function fieldNameItems(entry: ClaimsEntry, block: Block, lineStart: number, lineEnd: number, nameOnly: boolean): Draft[] {
  const drafts: Draft[] = [];
  if (block) {
    const fields = block.kind === "claim" ? block.claim.node.fields : block.kind === "source" ? block.source.node.fields : block.fields;
    // Fields given on other lines of the block are not offered again, unless they may repeat.
    const given = new Set(fields.filter((f) => f.start < lineStart || f.start > lineEnd).map((f) => f.name.text));
    for (const name of BLOCK_FIELDS[block.kind satisfies BlockKind]) {
      if (given.has(name) && !REPEATABLE_FIELDS.has(name)) continue;
      const doc = FIELD_DOCS[name];
      drafts.push({ label: name, kind: "field", ...(doc ? { detail: doc } : {}), insertText: nameOnly ? name : `${name}: `, ...(nameOnly ? {} : { retrigger: true }) });
    }
  }
  if (!nameOnly) {
    if (entry.facts.sources.length > 0) drafts.push({ label: "claim", kind: "keyword", detail: msg("{0}", "claim <metric> {<qualifiers>} = <value>"), insertText: "claim ", retrigger: true });
    drafts.push({ label: "source", kind: "keyword", detail: msg("{0}", "source <id>"), insertText: "source " });
    drafts.push({ label: "metric", kind: "keyword", detail: msg("{0}", "metric <name>"), insertText: "metric ", retrigger: true });
    drafts.push({ label: "qualifier", kind: "keyword", detail: msg("{0}", "qualifier <key>: <value>"), insertText: "qualifier ", retrigger: true });
  }
  return drafts;
}

/** How much a qualifier key or value is used: with this metric, and in all. */
function uses(withMetric: number, metric: string, total: number): Message {
  return withMetric > 0 ? msg("{0} with {1}, {2} in all", withMetric, metric, total) : msg("{0} in all", total);
}

/** Whether the line at `lineStart` continues a free-text field (nothing is completed there). */
function inContinuation(entry: ClaimsEntry, lineStart: number): boolean {
  const file = entry.facts.file;
  for (const block of [...file.sources, ...file.claims, ...file.metrics, ...file.qualifierBlocks]) {
    if (block.start >= lineStart || block.end < lineStart) continue;
    if (block.fields.some((f) => f.start < lineStart && f.valueSpan.end >= lineStart)) return true;
  }
  return false;
}

/** The block whose header stands above the line at `lineStart`. */
function blockAbove(entry: ClaimsEntry, lineStart: number): Block {
  let best: Block;
  let at = -1;
  for (const source of entry.facts.sources) {
    if (source.node.header.start < lineStart && source.node.header.start > at) {
      at = source.node.header.start;
      best = { kind: "source", source };
    }
  }
  for (const claim of entry.facts.claims) {
    if (claim.node.header.start < lineStart && claim.node.header.start > at) {
      at = claim.node.header.start;
      best = { kind: "claim", claim };
    }
  }
  const file = entry.facts.file;
  for (const metric of entry.facts.metrics) {
    if (metric.header.start < lineStart && metric.header.start > at) {
      at = metric.header.start;
      best = { kind: "metric", metric, fields: file.metrics[metric.index]?.fields ?? [] };
    }
  }
  for (const block of entry.facts.qualifierBlocks) {
    if (block.header.start < lineStart && block.header.start > at) {
      at = block.header.start;
      best = { kind: "qualifier", block, fields: file.qualifierBlocks[block.index]?.fields ?? [] };
    }
  }
  return best;
}

function firstDefinition(workspace: WorkspaceIndex, id: string): SourceFacts | undefined {
  for (const uri of workspace.sourceDefiners(id)) {
    const source = workspace.entry(uri)?.facts.sources.find((s) => s.id === id);
    if (source) return source;
  }
  return undefined;
}
