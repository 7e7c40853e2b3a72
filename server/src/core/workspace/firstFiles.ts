/**
 * Which claims files the open ones depend on, found in the texts of an archive before any is
 * parsed: the server indexes those first and publishes the open files' diagnostics, complete,
 * before it indexes the rest (an archive of 100,000 claims takes seconds; the files one file
 * depends on, milliseconds).
 *
 * Conservative by construction: a file that may change an open file's diagnostics is always
 * chosen, a file that does not may be. (One exception, on purpose: a number written with more
 * than 15 significant digits reads rounded, and may not hold the digits looked for; its file is
 * then indexed with the rest, and the open file published again.) Another file can change them in these ways:
 * - a claim about one of the same quantities (`contradiction` and its kin): it names the same
 *   folded metric after `claim` (or an alias a declaration gives it), and that line from `claim` on
 *   (a claim's header is one line), folded and white space left out, holds every qualifier value
 *   of the quantity or an alias of it: a text folded, a number's digits, a date's year (`٢٠١٧` and
 *   `2017` fold alike; `2024-6-6` and `2024-06-06` share the year; a year also as `this`, `last` or
 *   `next`, which resolve to one);
 * - a source id the open file defines or names in `via: @id` (`duplicate-id`, `unknown-source`):
 *   its text holds `source` and the id;
 * - a metric name that looks like one of the open file's (`similar-metric`): the hint depends on
 *   how many files use each name, so the files using either are chosen, unless enough files using
 *   the open file's name are indexed to prove that no look-alike is used more (see `MetricCheck`);
 * - a declaration (`metric` and `qualifier` blocks decide groups, kinds and aliases): every file
 *   that declares one is chosen (parsed here: they are few), and for a metric of the open files
 *   declared a flow or a level, every file with a claim of it, of an alias of it, or of a metric it
 *   is part of or that is part of it (totals, nested windows, wider and narrower scopes read them
 *   all);
 * - a qualifier value that looks like one of the open file's (`similar-qualifier`): the files
 *   whose claim headers give the same key a value of the same consonant skeleton are chosen, and
 *   those using the open file's value until it is proven used more (see `ValueCheck`);
 * - a source a chosen file names in `via: @id` (the origins a contradiction names run through the
 *   sources cited, and theirs in turn): its definition is chosen too, link after link.
 */
import type { FileFacts } from "../model/facts";
import { nextBreak } from "../text/lineEnds";
import { foldedName, normaliseQualifierValue } from "../model/facts";
import { declarationsOf, type MetricFacts, type QualifierFacts } from "../model/declarations";
import { likeness, shapeOf } from "../model/metricNames";
import { TIME_KEYS } from "../model/timeWindow";
import { valueSkeleton } from "../model/valueLikeness";
import { foldKey } from "../text/fold";
import { parseClaims } from "../syntax/parser";
import { sourceIdOfVia } from "./workspace";
import { MAX_VIA_DEPTH } from "./workspaceIndex";

/**
 * Where `claim` is followed by a metric name: every claim header, and maybe a few lines that are
 * not headers (a field that mentions a claim), which only makes the choice wider.
 */
const CLAIM_METRIC = /claim[ \t]+([\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*)/gu;

/**
 * A metric of an open file that has look-alikes: once more files are known to use it than can
 * use any look-alike, the hint is settled (none) and the rest of its users can wait.
 */
export interface MetricCheck {
  readonly metric: string;
  /** At most how many files use a look-alike (files whose text names it after `claim`). */
  readonly lookalikeFilesAtMost: number;
  /** Files that may use the metric, to index one by one until it is used by more. */
  readonly users: readonly string[];
  /** Files that may use a look-alike: indexed too when the users run out first. */
  readonly lookalikeUsers: readonly string[];
}

/**
 * A qualifier value of an open file that has look-alikes in other files: once more files are known
 * to use it than can use any look-alike, it carries no `similar-qualifier` hint of its own (unless
 * a look-alike is declared, which the declaration files, chosen, tell).
 */
export interface ValueCheck {
  /** Folded key and normalised value. */
  readonly key: string;
  readonly value: string;
  readonly lookalikeFilesAtMost: number;
  readonly users: readonly string[];
  readonly lookalikeUsers: readonly string[];
}

export interface FirstFiles {
  readonly files: ReadonlySet<string>;
  readonly metricChecks: readonly MetricCheck[];
  readonly valueChecks: readonly ValueCheck[];
}

/**
 * The files to index before the open files' diagnostics are published (see the module comment).
 * `step` is awaited after each file looked at: the host's event loop gets its turns.
 */
export async function firstFiles(open: readonly FileFacts[], texts: ReadonlyMap<string, string>, step: () => Promise<void>): Promise<FirstFiles> {
  // Declarations first: they say which names and values are one.
  const declared = await declarationsIn(texts, step);
  const names = new NameClasses(declared);
  const ids = new Set<string>();
  const quantities: { metrics: ReadonlySet<string>; needles: string[][] }[] = [];
  const openMetrics = new Set<string>();
  /** Folded key → skeleton → the open files' values with it, for `similar-qualifier`. */
  const shaped = new Map<string, Map<string, Set<string>>>();
  for (const facts of open) {
    for (const source of facts.sources) if (source.id) ids.add(source.id);
    for (const claim of facts.claims) {
      for (const via of claim.viaRefs) {
        const id = sourceIdOfVia(via.value);
        if (id) ids.add(id);
      }
      if (!claim.metric.text) continue;
      const metric = foldedName(claim.metric.text);
      openMetrics.add(metric);
      if (claim.quantityKey) quantities.push({ metrics: names.metrics(metric), needles: needles(facts, claim.index, names) });
      for (const q of claim.node.qualifiers) {
        if (!q.key.text) continue;
        const value = normaliseQualifierValue(q.value.text, q.quoted);
        const skeleton = valueSkeleton(value);
        if (!skeleton) continue;
        const key = foldedName(q.key.text);
        let byShape = shaped.get(key);
        if (!byShape) shaped.set(key, (byShape = new Map()));
        let values = byShape.get(skeleton);
        if (!values) byShape.set(skeleton, (values = new Set()));
        values.add(value);
      }
    }
  }

  // The metric names after `claim` in every file, folded, and where the open files' ones stand;
  // and, in every claim header, the values with a skeleton of an open file's value.
  const headersOf = new Map<string, { metric: string; at: number }[]>();
  const filesUsing = new Map<string, string[]>();
  /** `key\0value` → the files whose headers give it, for values shaped like an open file's. */
  const valueUsers = new Map<string, Set<string>>();
  const quantityMetrics = new Set(quantities.flatMap((q) => [...q.metrics]));
  for (const [uri, text] of texts) {
    const metrics = new Set<string>();
    const headers: { metric: string; at: number }[] = [];
    for (const m of text.matchAll(CLAIM_METRIC)) {
      const metric = foldedName(m[1] ?? "");
      metrics.add(metric);
      if (quantityMetrics.has(metric)) headers.push({ metric, at: m.index });
      if (shaped.size > 0) shapedValues(text, m.index, shaped, (name) => addTo(valueUsers, name, uri));
    }
    if (headers.length > 0) headersOf.set(uri, headers);
    for (const metric of metrics) {
      let list = filesUsing.get(metric);
      if (!list) filesUsing.set(metric, (list = []));
      list.push(uri);
    }
    await step();
  }

  // `source` and the id, as the parser reads a source header: a file defining one of the ids.
  // The id is looked for first: a plain search, where the expression would be tried at every offset.
  const definitions = [...ids].map((id) => ({ id, header: new RegExp(`source[ \t]+${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u") }));
  const dependsOn = (text: string, headers: readonly { metric: string; at: number }[] = []): boolean => {
    if (definitions.some((d) => text.includes(d.id) && d.header.test(text))) return true;
    // Folding is local to each character and white space is left out, so a header's line folded
    // alone is exactly that part of the folded file: only those lines are folded, not the file.
    for (const { metric, at } of headers) {
      const claimLine = searchable(foldKey(text.slice(at, nextBreak(text, at))));
      if (quantities.some((q) => q.metrics.has(metric) && q.needles.every((any) => any.some((n) => claimLine.includes(n))))) return true;
    }
    return false;
  };
  const files = new Set<string>();
  for (const [uri, text] of texts) {
    if (dependsOn(text, headersOf.get(uri))) files.add(uri);
    await step();
  }
  for (const uri of reasoningFiles(open, openMetrics, declared, names, texts, filesUsing)) files.add(uri);
  await addCitedSources(files, texts, ids, step);

  const metricChecks: MetricCheck[] = [];
  const shapes = new Map([...filesUsing.keys()].map((m) => [m, shapeOf(m)]));
  for (const metric of openMetrics) {
    const shape = shapeOf(metric);
    const lookalikes = [...shapes.values()].filter((other) => likeness(shape, other) !== undefined).map((s) => s.folded);
    if (lookalikes.length === 0) continue;
    const lookalikeUsers = [...new Set(lookalikes.flatMap((l) => filesUsing.get(l) ?? []))];
    metricChecks.push({
      metric,
      lookalikeFilesAtMost: Math.max(...lookalikes.map((l) => filesUsing.get(l)?.length ?? 0)),
      users: filesUsing.get(metric) ?? [],
      lookalikeUsers,
    });
  }
  const valueChecks: ValueCheck[] = [];
  const declaredValues = new Set(declared.values.flatMap((q) => [q.value, ...q.aliases].map((v) => `${q.foldedKey}\u0000${v.normalised}`)));
  for (const [key, byShape] of shaped) {
    for (const values of byShape.values()) {
      for (const value of values) {
        const skeleton = valueSkeleton(value) ?? "";
        const lookalikes = [...valueUsers.keys()].filter((name) => {
          const [k = "", v = ""] = name.split("\u0000");
          return k === key && v !== value && valueSkeleton(v) === skeleton;
        });
        if (lookalikes.length === 0) continue;
        valueChecks.push({
          key,
          value,
          // A declared look-alike is chosen among others by how much each is used: all their users count.
          lookalikeFilesAtMost: lookalikes.some((l) => declaredValues.has(l)) ? Number.POSITIVE_INFINITY : Math.max(...lookalikes.map((l) => valueUsers.get(l)?.size ?? 0)),
          users: [...(valueUsers.get(`${key}\u0000${value}`) ?? [])],
          lookalikeUsers: [...new Set(lookalikes.flatMap((l) => [...(valueUsers.get(l) ?? [])]))],
        });
      }
    }
  }
  return { files, metricChecks, valueChecks };
}

/** What the declaration files of the archive declare, parsed once (they are few). */
interface DeclaredNames {
  readonly files: ReadonlySet<string>;
  readonly metrics: readonly MetricFacts[];
  readonly values: readonly QualifierFacts[];
}

/** A declaration block's header, as the parser reads it: at the start of a line, maybe indented. */
const DECLARATION = /(?<![^\r\n])[ \t]*(?:metric|qualifier)[ \t]/u;

async function declarationsIn(texts: ReadonlyMap<string, string>, step: () => Promise<void>): Promise<DeclaredNames> {
  const files = new Set<string>();
  const metrics: MetricFacts[] = [];
  const values: QualifierFacts[] = [];
  for (const [uri, text] of texts) {
    // A plain search first: the expression is tried only where one of the words stands.
    if ((text.includes("metric") || text.includes("qualifier")) && DECLARATION.test(text)) {
      files.add(uri);
      const declared = declarationsOf(parseClaims(text), []);
      metrics.push(...declared.metrics);
      values.push(...declared.qualifierBlocks);
    }
    await step();
  }
  return { files, metrics, values };
}

/**
 * Which names are one, as any declaration could make them: a metric with each of its aliases, a
 * qualifier value with each of its. Wider than what the catalog resolves (a duplicate's aliases
 * count too), which only makes the choice wider.
 */
class NameClasses {
  private readonly metricClass = new Map<string, Set<string>>();
  private readonly valueClass = new Map<string, Set<string>>();

  constructor(declared: DeclaredNames) {
    for (const m of declared.metrics) join(this.metricClass, [m.folded, ...m.aliases.map((a) => a.folded)]);
    for (const q of declared.values) join(this.valueClass, [q.value, ...q.aliases].map((v) => `${q.foldedKey}\u0000${v.normalised}`));
  }

  /** The folded metric names one with `folded`, itself included. */
  metrics(folded: string): ReadonlySet<string> {
    return this.metricClass.get(folded) ?? new Set([folded]);
  }

  /** The normalised values of a key one with `normalised`, itself included. */
  values(key: string, normalised: string): string[] {
    const members = this.valueClass.get(`${key}\u0000${normalised}`);
    return members ? [...members].map((m) => m.slice(key.length + 1)) : [normalised];
  }
}

/** Puts the names in one class, merging the classes they were in. */
function join(classes: Map<string, Set<string>>, names: readonly string[]): void {
  const merged = new Set<string>();
  for (const name of names) for (const member of classes.get(name) ?? [name]) merged.add(member);
  for (const member of merged) classes.set(member, merged);
}

function addTo(map: Map<string, Set<string>>, key: string, item: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(item);
}

/** `key: value` inside a claim header's braces: the key, and the value as written (quoted or bare). */
const QUALIFIER_PAIR = /[{,،][ \t]*([\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*)[ \t]*:[ \t]*("(?:[^"\\]|\\.)*"|«[^»]*»|[^,،}]*)/gu;

/**
 * Calls `found` with `key\0value` for each qualifier value of the claim header at `at` whose key
 * and skeleton are those of an open file's value. Only the header's line is read, and a value
 * only for a key the open files shape.
 */
function shapedValues(text: string, at: number, shaped: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>, found: (name: string) => void): void {
  const line = text.slice(at, nextBreak(text, at));
  if (!line.includes(":")) return;
  for (const m of line.matchAll(QUALIFIER_PAIR)) {
    const key = foldedName(m[1] ?? "");
    const byShape = shaped.get(key);
    if (!byShape) continue;
    const raw = (m[2] ?? "").trim();
    const quoted = raw.startsWith('"') || raw.startsWith("«");
    const written = quoted ? raw.slice(1, -1).replace(/\\"/g, '"') : raw.replace(/\s+/g, " ");
    const value = normaliseQualifierValue(written, quoted);
    const skeleton = valueSkeleton(value);
    if (skeleton && byShape.has(skeleton)) found(`${key}\u0000${value}`);
  }
}

/** `via: @id` (or `@id/claim`) as the parser reads a field: the id. */
// A line starts after LF, CR or CRLF only, as the parser counts lines: `m` would also start one after U+2028.
const VIA_ID = /(?<![^\r\n])[ \t]*via[ \t]*:[ \t]*@([\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*)/gu;
/** `source <id>` as the parser reads a header. */
const SOURCE_ID = /(?<![^\r\n])[ \t]*source[ \t]+([\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}_.\-]*)/gu;

/**
 * Adds to `files` the definitions of the sources they cite, and of those these cite, and so on
 * (at most MAX_VIA_DEPTH links): a contradiction names the origins its claims trace to. `known`:
 * the ids whose definitions were looked for already. One pass over the archive per link, only
 * while a chosen file cites a source not looked for.
 */
async function addCitedSources(files: Set<string>, texts: ReadonlyMap<string, string>, known: ReadonlySet<string>, step: () => Promise<void>): Promise<void> {
  const looked = new Set(known);
  let added: Iterable<string> = files;
  for (let depth = 0; depth < MAX_VIA_DEPTH; depth++) {
    const wanted = new Set<string>();
    for (const uri of added) {
      for (const m of (texts.get(uri) ?? "").matchAll(VIA_ID)) {
        const id = m[1] ?? "";
        if (!looked.has(id)) wanted.add(id);
      }
    }
    if (wanted.size === 0) return;
    for (const id of wanted) looked.add(id);
    const found: string[] = [];
    for (const [uri, text] of texts) {
      if (files.has(uri) || !text.includes("source")) continue;
      for (const m of text.matchAll(SOURCE_ID)) {
        if (!wanted.has(m[1] ?? "")) continue;
        found.push(uri);
        break;
      }
      await step();
    }
    for (const uri of found) files.add(uri);
    added = found;
  }
}

/**
 * What a file with a claim about the same quantity as claim `index` must hold, in `searchable`
 * form: each qualifier value folded if text, its digits if a number, its year if a date.
 */
function needles(facts: FileFacts, index: number, names: NameClasses): string[][] {
  const node = facts.claims[index]?.node;
  const out: string[][] = [];
  // A qualifier given twice counts once, the first (see quantityKey): the second is no needle.
  const seen = new Set<string>();
  for (const q of node?.qualifiers ?? []) {
    const key = foldedName(q.key.text);
    if (seen.has(key)) continue;
    seen.add(key);
    const normal = normaliseQualifierValue(q.value.text, q.quoted);
    // Time qualifiers take no aliases; a year may be written as the relative word that resolves to it.
    const any = (TIME_KEYS.has(key) ? [normal] : names.values(key, normal)).map(needleOf);
    if (key === "year") any.push(...RELATIVE_YEARS, ...(facts.claims[index]?.time?.resolutions ?? []).filter((r) => r.key === "year").map((r) => r.resolved));
    // A value with nothing to look for (a long number) asks nothing of the line.
    if (any.every((n) => n !== "")) out.push(any);
  }
  return out;
}

/** The words a relative year is written with (model/timeWindow.ts). */
const RELATIVE_YEARS = ["this", "last", "next"];

/** What a line holding a normalised qualifier value holds, in `searchable` form. */
function needleOf(normal: string): string {
  return normal.startsWith("'") ? searchable(normal.slice(1)) : normal.startsWith("#") ? digitsOf(normal.slice(1)) : normal.slice(1, 5);
}

/** The digits of a number as any way of writing it holds them (`-7.5` in `−٧٫٥٠`), or "" when it has none to offer. */
function digitsOf(number: string): string {
  const plain = number.replace(/^-/, "");
  // Past 15 digits a number read may not be the number written (2^53 + 1 reads as 2^53).
  return /^\d+(\.\d+)?$/.test(plain) && plain.replace(/\D/g, "").length <= 15 ? plain : "";
}

/**
 * Folded text as the needles are looked for: without white space (a value may be written
 * `2 017`) or backslashes (a quoted value may hold `\"`, whose quote folding drops).
 */
function searchable(folded: string): string {
  return folded.replace(/[\s\\]+/g, "");
}

/**
 * For the open files' metrics declared as flows or levels: the files with a claim of them, their
 * aliases or the metrics related to them by `part-of` whose scope is nested with an open claim's
 * (see the module comment). The declaration files are chosen on their own.
 */
function reasoningFiles(open: readonly FileFacts[], openMetrics: ReadonlySet<string>, declared: DeclaredNames, names: NameClasses, texts: ReadonlyMap<string, string>, filesUsing: ReadonlyMap<string, readonly string[]>): Set<string> {
  const out = new Set<string>(declared.files);
  const reasoned = new Set<string>();
  const partOf = new Map<string, string>();
  for (const metric of declared.metrics) {
    if (metric.kind !== "flow" && metric.kind !== "level") continue;
    for (const name of [metric.folded, ...metric.aliases.map((a) => a.folded)]) {
      reasoned.add(name);
      if (metric.partOf) partOf.set(name, metric.partOf.folded);
    }
  }
  const related = new Set<string>();
  const relate = (name: string) => {
    for (const member of names.metrics(name)) related.add(member);
  };
  for (const metric of openMetrics) {
    if (!reasoned.has(metric)) continue;
    relate(metric);
    // Up the part-of chain and down to the parts: bounded by the declarations, cycles included.
    for (let up = partOf.get(metric); up !== undefined && !related.has(up); up = partOf.get(up)) relate(up);
  }
  for (const [part, whole] of partOf) if (related.has(whole)) relate(part);
  if (related.size === 0) return out;
  // Another claim matters when its scope is one of the open claims', wider or narrower: read from
  // its header line alone, each value as the first spelling of its alias class.
  const scopes: string[][] = [];
  for (const facts of open) for (const claim of facts.claims) if (claim.metric.text && related.has(foldedName(claim.metric.text))) scopes.push(scopeNeedles(claim.node.qualifiers, names));
  for (const metric of related) {
    for (const uri of filesUsing.get(metric) ?? []) {
      if (out.has(uri)) continue;
      if (headerScopes(texts.get(uri) ?? "", metric, names).some((theirs) => scopes.some((mine) => nested(mine, theirs)))) out.add(uri);
    }
  }
  return out;
}

/** The non-time qualifiers of a claim header as `key\0value`, folded and normalised as the quantity key has them. */
function scopeNeedles(qualifiers: readonly { key: { text: string }; value: { text: string }; quoted: boolean }[], names: NameClasses): string[] {
  const out: string[] = [];
  for (const q of qualifiers) {
    const key = foldedName(q.key.text);
    if (!q.quoted && TIME_KEYS.has(key)) continue;
    const value = names.values(key, normaliseQualifierValue(q.value.text, q.quoted)).sort()[0] ?? "";
    out.push(`${key}\u0000${value}`);
  }
  return out;
}

/** The scopes of the claim headers of `metric` in a file, each read from its own line. */
function headerScopes(text: string, metric: string, names: NameClasses): string[][] {
  const out: string[][] = [];
  for (const m of text.matchAll(CLAIM_METRIC)) {
    if (foldedName(m[1] ?? "") !== metric) continue;
    const claim = parseClaims(text.slice(m.index, nextBreak(text, m.index))).claims[0];
    if (claim) out.push(scopeNeedles(claim.qualifiers, names));
  }
  return out;
}

/** Whether one scope holds the other: every qualifier of the narrower is in the wider's set, or the reverse. */
function nested(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((x) => large.includes(x));
}
