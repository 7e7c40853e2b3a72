/**
 * Which claims files the open ones depend on, found in the texts of an archive before any is
 * parsed: the server indexes those first and publishes the open files' diagnostics, complete,
 * before it indexes the rest (an archive of 100,000 claims takes seconds; the files one file
 * depends on, milliseconds).
 *
 * Conservative by construction: a file that may change an open file's diagnostics is always
 * chosen, a file that does not may be. (One exception, on purpose: a number written with more
 * than 15 significant digits reads rounded, and may not hold the digits looked for; its file is
 * then indexed with the rest, and the open file published again.) Another file can change them in three ways:
 * - a claim about one of the same quantities (`contradiction` and its kin): it names the same
 *   folded metric after `claim`, and that line from `claim` on (a claim's header is one line), folded
 *   and white space left out, holds every qualifier value of the quantity: a text folded, a
 *   number's digits, a date's year (`٢٠١٧` and `2017` fold alike; `2024-6-6` and `2024-06-06`
 *   share the year);
 * - a source id the open file defines or names in `via: @id` (`duplicate-id`, `unknown-source`):
 *   its text holds `source` and the id;
 * - a metric name that looks like one of the open file's (`similar-metric`): the hint depends on
 *   how many files use each name, so the files using either are chosen, unless enough files using
 *   the open file's name are indexed to prove that no look-alike is used more (see `MetricCheck`);
 * - a declaration (`metric` and `qualifier` blocks decide groups and kinds): every file that
 *   declares one is chosen, and for a metric of the open files declared a flow or a level, every
 *   file with a claim of it or of a metric it is part of or that is part of it (totals, nested
 *   windows, wider and narrower scopes read them all);
 * - a source a chosen file names in `via: @id` (the origins a contradiction names run through the
 *   sources cited, and theirs in turn): its definition is chosen too, link after link.
 */
import type { FileFacts } from "../model/facts";
import { nextBreak } from "../text/lineEnds";
import { foldedName, normaliseQualifierValue } from "../model/facts";
import { likeness, shapeOf } from "../model/metricNames";
import { foldKey } from "../text/fold";
import { parseClaims } from "../syntax/parser";
import { factsOf } from "../model/facts";
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

export interface FirstFiles {
  readonly files: ReadonlySet<string>;
  readonly metricChecks: readonly MetricCheck[];
}

/**
 * The files to index before the open files' diagnostics are published (see the module comment).
 * `step` is awaited after each file looked at: the host's event loop gets its turns.
 */
export async function firstFiles(open: readonly FileFacts[], texts: ReadonlyMap<string, string>, step: () => Promise<void>): Promise<FirstFiles> {
  const ids = new Set<string>();
  const quantities: { metric: string; needles: string[] }[] = [];
  const openMetrics = new Set<string>();
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
      if (claim.quantityKey) quantities.push({ metric, needles: needles(facts, claim.index) });
    }
  }

  // The metric names after `claim` in every file, folded, and where the open files' ones stand.
  const headersOf = new Map<string, { metric: string; at: number }[]>();
  const filesUsing = new Map<string, string[]>();
  const quantityMetrics = new Set(quantities.map((q) => q.metric));
  for (const [uri, text] of texts) {
    const metrics = new Set<string>();
    const headers: { metric: string; at: number }[] = [];
    for (const m of text.matchAll(CLAIM_METRIC)) {
      const metric = foldedName(m[1] ?? "");
      metrics.add(metric);
      if (quantityMetrics.has(metric)) headers.push({ metric, at: m.index });
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
      if (quantities.some((q) => q.metric === metric && q.needles.every((n) => claimLine.includes(n)))) return true;
    }
    return false;
  };
  const files = new Set<string>();
  for (const [uri, text] of texts) {
    if (dependsOn(text, headersOf.get(uri))) files.add(uri);
    await step();
  }
  for (const uri of reasoningFiles(openMetrics, texts, filesUsing)) files.add(uri);
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
  return { files, metricChecks };
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
function needles(facts: FileFacts, index: number): string[] {
  const node = facts.claims[index]?.node;
  const out: string[] = [];
  // A qualifier given twice counts once, the first (see quantityKey): the second is no needle.
  const seen = new Set<string>();
  for (const q of node?.qualifiers ?? []) {
    const key = foldedName(q.key.text);
    if (seen.has(key)) continue;
    seen.add(key);
    const normal = normaliseQualifierValue(q.value.text, q.quoted);
    const needle = normal.startsWith("'") ? searchable(foldKey(q.value.text)) : normal.startsWith("#") ? digitsOf(normal.slice(1)) : normal.slice(1, 5);
    if (needle) out.push(needle);
  }
  return out;
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

/** A declaration block's header, as the parser reads it: at the start of a line. */
const DECLARATION = /(?<![^\r\n])(?:metric|qualifier)[ \t]/u;

/**
 * Files that declare something, and, for the open files' metrics declared as flows or levels,
 * the files using them or the metrics related to them by `part-of` (see the module comment).
 */
function reasoningFiles(openMetrics: ReadonlySet<string>, texts: ReadonlyMap<string, string>, filesUsing: ReadonlyMap<string, readonly string[]>): Set<string> {
  const out = new Set<string>();
  const reasoned = new Set<string>();
  const partOf = new Map<string, string>();
  for (const [uri, text] of texts) {
    if (!DECLARATION.test(text)) continue;
    out.add(uri);
    for (const metric of factsOf(parseClaims(text), 0).metrics) {
      if (metric.kind !== "flow" && metric.kind !== "level") continue;
      for (const name of [metric.folded, ...metric.aliases.map((a) => a.folded)]) {
        reasoned.add(name);
        if (metric.partOf) partOf.set(name, metric.partOf.folded);
      }
    }
  }
  const related = new Set<string>();
  for (const metric of openMetrics) {
    if (!reasoned.has(metric)) continue;
    related.add(metric);
    // Up the part-of chain and down to the parts: bounded by the declarations, cycles included.
    for (let up = partOf.get(metric); up !== undefined && !related.has(up); up = partOf.get(up)) related.add(up);
  }
  for (const [part, whole] of partOf) if (related.has(whole)) related.add(part);
  for (const metric of related) for (const uri of filesUsing.get(metric) ?? []) out.add(uri);
  return out;
}
