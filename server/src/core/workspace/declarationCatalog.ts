/**
 * The declarations of the workspace: every `metric` block and every `qualifier` block, by the
 * names they declare, kept up to date one file at a time as the workspace links and unlinks files.
 * It answers what a name resolves to (an alias to its metric, a qualifier value's alias to the
 * value) and what a metric is (`metricDeclaration`), and tells the workspace which names an update
 * changes, so that only the files using those names are linked again.
 *
 * When a name is declared twice, or an alias claimed by two metrics, the first declaration in path
 * order (then position) counts and the others are ignored: the answer does not depend on the order
 * files were read in. Those mistakes are reported by checks/declarations.ts.
 */
import type { FileFacts } from "../model/facts";
import type { MetricFacts, QualifierFacts } from "../model/declarations";
import type { LabelLanguage, MetricKind } from "../model/fieldSchemas";
import { valueSkeleton } from "../model/valueLikeness";

/** What a declared metric is, as the checks read it. */
export interface MetricDeclaration {
  /** The declared name, as written in `metric <name>`. */
  readonly name: string;
  readonly folded: string;
  readonly kind: MetricKind;
  readonly unit: string | undefined;
  /**
   * The folded canonical name of the metric this one is a part of: a declared metric of the same
   * kind, never this one, and never in a cycle (each of those is `invalid-metric`, and undefined here).
   */
  readonly partOf: string | undefined;
  /** The aliases that resolve to this metric, as written. */
  readonly aliases: readonly string[];
  readonly labels: Readonly<Partial<Record<LabelLanguage, string>>>;
  /** Where the `metric` block stands. */
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

/** A `metric` block and the file it stands in. */
export interface MetricDefinition {
  readonly uri: string;
  readonly facts: MetricFacts;
}

/** A `qualifier` block and the file it stands in. */
export interface QualifierDefinition {
  readonly uri: string;
  readonly facts: QualifierFacts;
}

/** The declarations one file makes, as strings to compare: equal strings declare the same. */
export interface DeclarationSignature {
  readonly metrics: readonly string[];
  readonly values: readonly string[];
  /** Where each block and its names stand, which related places point to. */
  readonly places: string;
}

/**
 * The names an update of one file changes (metric names folded, `key\0value` for qualifier
 * values), and those it only moves: the places other declarations point to changed, not what
 * the names mean.
 */
export interface TouchedNames {
  readonly metrics: ReadonlySet<string>;
  readonly values: ReadonlySet<string>;
  readonly movedMetrics: ReadonlySet<string>;
  readonly movedValues: ReadonlySet<string>;
}

const SEP = "\u0000";

/** `key\0value`: how a qualifier value of one key is named in the catalog. */
export function valueName(foldedKey: string, normalised: string): string {
  return `${foldedKey}${SEP}${normalised}`;
}

export class DeclarationCatalog {
  /** Folded metric name → its `metric` blocks, first in path order first. */
  private readonly metricDefs = new Map<string, MetricDefinition[]>();
  /** Folded alias → the blocks that list it. */
  private readonly aliasDefs = new Map<string, MetricDefinition[]>();
  /** Folded metric name → the blocks whose `part-of` names it. */
  private readonly partOfDefs = new Map<string, MetricDefinition[]>();
  /** `key\0value` → its `qualifier` blocks. */
  private readonly valueDefs = new Map<string, QualifierDefinition[]>();
  /** `key\0alias` → the blocks that list it. */
  private readonly valueAliasDefs = new Map<string, QualifierDefinition[]>();
  /** Folded qualifier key → how many aliases are declared for its values. */
  private readonly aliasesByKey = new Map<string, number>();
  /** Folded key → consonant skeleton → declared values (a block's value or alias) with it, counted. */
  private readonly valueShapes = new Map<string, Map<string, Map<string, number>>>();
  /** Files with at least one declaration → how many blocks. */
  private readonly files = new Map<string, number>();
  /** Answers of `metricDeclaration`, until the next change. */
  private readonly answers = new Map<string, MetricDeclaration | null>();
  private changes = 0;

  /** Bumped by every change: whatever was derived from an older revision may be stale. */
  get revision(): number {
    return this.changes;
  }

  /** Whether nothing is declared in the workspace: every name is itself. */
  get isEmpty(): boolean {
    return this.files.size === 0;
  }

  add(uri: string, facts: FileFacts): void {
    this.update(uri, facts, 1);
  }

  remove(uri: string, facts: FileFacts): void {
    this.update(uri, facts, -1);
  }

  private update(uri: string, facts: FileFacts, n: 1 | -1): void {
    const blocks = facts.metrics.length + facts.qualifierBlocks.length;
    if (blocks === 0) return;
    this.changes++;
    this.answers.clear();
    const count = (this.files.get(uri) ?? 0) + n * blocks;
    if (count > 0) this.files.set(uri, count);
    else this.files.delete(uri);
    for (const metric of facts.metrics) {
      const def = { uri, facts: metric };
      edit(this.metricDefs, metric.folded, def, n);
      for (const alias of metric.aliases) edit(this.aliasDefs, alias.folded, def, n);
      if (metric.partOf) edit(this.partOfDefs, metric.partOf.folded, def, n);
    }
    for (const block of facts.qualifierBlocks) {
      const def = { uri, facts: block };
      edit(this.valueDefs, valueName(block.foldedKey, block.value.normalised), def, n);
      for (const alias of block.aliases) edit(this.valueAliasDefs, valueName(block.foldedKey, alias.normalised), def, n);
      for (const value of [block.value, ...block.aliases]) this.shape(block.foldedKey, value.normalised, n);
      const aliases = (this.aliasesByKey.get(block.foldedKey) ?? 0) + n * block.aliases.length;
      if (aliases > 0) this.aliasesByKey.set(block.foldedKey, aliases);
      else this.aliasesByKey.delete(block.foldedKey);
    }
  }

  private shape(key: string, value: string, n: 1 | -1): void {
    const skeleton = valueSkeleton(value);
    if (!skeleton) return;
    let byShape = this.valueShapes.get(key);
    if (!byShape) this.valueShapes.set(key, (byShape = new Map()));
    let values = byShape.get(skeleton);
    if (!values) byShape.set(skeleton, (values = new Map()));
    const count = (values.get(value) ?? 0) + n;
    if (count > 0) values.set(value, count);
    else values.delete(value);
    if (values.size === 0) byShape.delete(skeleton);
    if (byShape.size === 0) this.valueShapes.delete(key);
  }

  /** The declared values of a key (a block's value or an alias) with this consonant skeleton. */
  declaredValuesShaped(foldedKey: string, skeleton: string): IterableIterator<string> {
    return (this.valueShapes.get(foldedKey)?.get(skeleton) ?? new Map<string, number>()).keys();
  }

  /** Every declared value with a skeleton: `[key, skeleton]` once each. */
  *declaredShapes(): Generator<readonly [string, string]> {
    for (const [key, byShape] of this.valueShapes) for (const skeleton of byShape.keys()) yield [key, skeleton];
  }

  /** Whether a value of a key is declared: it has a `qualifier` block, or is the alias of one that counts. */
  isDeclaredValue(foldedKey: string, normalised: string): boolean {
    return this.valueDefs.has(valueName(foldedKey, normalised)) || this.valueAliasOwner(foldedKey, normalised) !== undefined;
  }

  /** The files with a `metric` or `qualifier` block, in path order. */
  declaringFiles(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The `metric` blocks of a folded name, the one that counts first. */
  metricDefinitions(folded: string): readonly MetricDefinition[] {
    return this.metricDefs.get(folded) ?? [];
  }

  /** The `metric` blocks whose `alias:` lists a folded name, the one that counts first. */
  aliasDefinitions(folded: string): readonly MetricDefinition[] {
    return this.aliasDefs.get(folded) ?? [];
  }

  /** The `metric` blocks whose `part-of:` names a folded name. */
  partOfReferrers(folded: string): readonly MetricDefinition[] {
    return this.partOfDefs.get(folded) ?? [];
  }

  /** Every declared metric name, folded. */
  metricNames(): IterableIterator<string> {
    return this.metricDefs.keys();
  }

  /** Every alias some metric block lists, folded. */
  aliasNames(): IterableIterator<string> {
    return this.aliasDefs.keys();
  }

  /** Whether `def` is the block that counts for its name (the first in path order). */
  counts(def: MetricDefinition): boolean {
    return this.metricDefs.get(def.facts.folded)?.[0] === def;
  }

  /**
   * The folded canonical name a folded metric name stands for: itself when it is declared or
   * unknown, the metric that lists it when it is an alias (the first that counts, when two do).
   */
  resolveMetric(folded: string): string {
    return this.aliasOwner(folded)?.facts.folded ?? folded;
  }

  /** The counting block whose alias `folded` is, when it is one (a declared name is no alias). */
  aliasOwner(folded: string): MetricDefinition | undefined {
    if (this.metricDefs.has(folded)) return undefined;
    const claimers = this.aliasDefs.get(folded);
    if (!claimers) return undefined;
    for (const def of claimers) if (this.counts(def)) return def;
    return undefined;
  }

  /** The declaration a folded metric name (canonical or alias) resolves to, when it has a valid kind. */
  metricDeclaration(folded: string): MetricDeclaration | undefined {
    const canonical = this.resolveMetric(folded);
    let answer = this.answers.get(canonical);
    if (answer === undefined) {
      answer = this.build(canonical) ?? null;
      this.answers.set(canonical, answer);
    }
    return answer ?? undefined;
  }

  private build(canonical: string): MetricDeclaration | undefined {
    const def = this.metricDefs.get(canonical)?.[0];
    const kind = def?.facts.kind;
    if (!def || !kind) return undefined;
    const facts = def.facts;
    return {
      name: facts.name.text,
      folded: canonical,
      kind,
      unit: facts.unit,
      partOf: this.partOfOf(def),
      aliases: facts.aliases.filter((a) => this.resolveMetric(a.folded) === canonical).map((a) => a.written),
      labels: facts.labels,
      uri: def.uri,
      start: facts.start,
      end: facts.end,
    };
  }

  /** What `part-of` of a counting block leads to, when it is valid: a declared metric of the same kind. */
  partOfTarget(def: MetricDefinition): { target: string; problem?: "undeclared" | "kind" } | undefined {
    const partOf = def.facts.partOf;
    if (!partOf) return undefined;
    const target = this.resolveMetric(partOf.folded);
    const whole = this.metricDefs.get(target)?.[0];
    if (!whole) return { target, problem: "undeclared" };
    if (def.facts.kind && whole.facts.kind && def.facts.kind !== whole.facts.kind) return { target, problem: "kind" };
    return { target };
  }

  /**
   * The names a counting block's `part-of` chain leads through, its own first: it stops at a
   * metric with no valid `part-of`, or before a name it has met already.
   */
  partOfChain(def: MetricDefinition): string[] {
    const names = [def.facts.folded];
    let current: MetricDefinition | undefined = def;
    while (current) {
      const step = this.partOfTarget(current);
      if (!step || step.problem || names.includes(step.target)) break;
      names.push(step.target);
      current = this.metricDefs.get(step.target)?.[0];
    }
    return names;
  }

  /** Whether a counting block's `part-of` chain comes back to it (not merely to a cycle above it). */
  inCycle(def: MetricDefinition): boolean {
    const chain = this.partOfChain(def);
    const last = chain[chain.length - 1];
    const top = last === undefined ? undefined : this.metricDefs.get(last)?.[0];
    const step = top ? this.partOfTarget(top) : undefined;
    return step !== undefined && !step.problem && step.target === def.facts.folded;
  }

  /** The folded whole a counting block is a part of, when it is valid and in no cycle. */
  private partOfOf(def: MetricDefinition): string | undefined {
    const step = this.partOfTarget(def);
    if (!step || step.problem) return undefined;
    return this.inCycle(def) ? undefined : step.target;
  }

  /** The `qualifier` blocks of a qualifier value, the one that counts first. */
  valueDefinitions(foldedKey: string, normalised: string): readonly QualifierDefinition[] {
    return this.valueDefs.get(valueName(foldedKey, normalised)) ?? [];
  }

  /** The `qualifier` blocks whose `alias:` lists a value of a key. */
  valueAliasDefinitions(foldedKey: string, normalised: string): readonly QualifierDefinition[] {
    return this.valueAliasDefs.get(valueName(foldedKey, normalised)) ?? [];
  }

  /** The folded qualifier keys some of whose values have declared aliases. */
  aliasedKeys(): IterableIterator<string> {
    return this.aliasesByKey.keys();
  }

  /** Whether some `qualifier` block declares an alias for a value of this key. */
  hasValueAliases(foldedKey: string): boolean {
    return this.aliasesByKey.has(foldedKey);
  }

  /** The counting block whose alias a value is, when it is one (a declared value is no alias). */
  valueAliasOwner(foldedKey: string, normalised: string): QualifierDefinition | undefined {
    const name = valueName(foldedKey, normalised);
    if (this.valueDefs.has(name)) return undefined;
    for (const def of this.valueAliasDefs.get(name) ?? []) {
      if (this.valueDefs.get(valueName(def.facts.foldedKey, def.facts.value.normalised))?.[0] === def) return def;
    }
    return undefined;
  }

  /** The normalised value a qualifier value stands for: itself, or the value whose alias it is. */
  resolveValue(foldedKey: string, normalised: string): string {
    if (!this.aliasesByKey.has(foldedKey)) return normalised;
    return this.valueAliasOwner(foldedKey, normalised)?.facts.value.normalised ?? normalised;
  }
}

/** What a file declares, block by block, as strings: an update that leaves them equal changes no name. */
export function declarationSignature(facts: FileFacts | undefined): DeclarationSignature {
  if (!facts || (facts.metrics.length === 0 && facts.qualifierBlocks.length === 0)) return NO_SIGNATURE;
  // Two blocks of one name in a file: the first counts, so their order is part of what the file says.
  const seen = new Map<string, number>();
  const metrics = facts.metrics.map((m) => {
    const nth = seen.get(m.folded) ?? 0;
    seen.set(m.folded, nth + 1);
    const labels = Object.entries(m.labels).map(([k, v]) => `${k}=${v}`).sort();
    return [m.folded, nth, m.kind ?? "", m.unit ?? "", labels.join(","), m.aliases.map((a) => `${a.folded}=${a.written}`).join(","), m.partOf?.folded ?? "", m.name.text].join(SEP);
  });
  const values = facts.qualifierBlocks.map((q) => [q.foldedKey, q.value.normalised, q.value.written, q.key.text, q.aliases.map((a) => `${a.normalised}=${a.written}`).join(SEP)].join(SEP));
  const spans = (list: readonly { start: number; end: number }[]) => list.map((x) => `${x.start}-${x.end}`).join(",");
  const places = [
    // Each place with the name standing there: two blocks of one length that swap places move both names.
    ...facts.metrics.map((m) => `${m.folded}@${m.start}-${m.end}:${spans([m.name])}:${spans(m.aliases)}:${m.partOf ? spans([m.partOf]) : ""}`),
    ...facts.qualifierBlocks.map((q) => `${q.foldedKey}${SEP}${q.value.normalised}@${q.start}-${q.end}:${spans([q.value])}:${spans(q.aliases)}`),
  ].join(";");
  return { metrics, values, places };
}

const NO_SIGNATURE: DeclarationSignature = { metrics: [], values: [], places: "" };

/**
 * The names an update from one version of a file to another changes: every name a block
 * mentions (its own, its aliases, its `part-of`), for the blocks that are in one version and not
 * the other. When the blocks only moved, every name they mention is moved instead. Empty, and
 * free, when the file declares what it declared, where it did.
 */
export function touchedNames(before: FileFacts | undefined, after: FileFacts | undefined): TouchedNames {
  const a = declarationSignature(before);
  const b = declarationSignature(after);
  const metrics = new Set<string>();
  const values = new Set<string>();
  const movedMetrics = new Set<string>();
  const movedValues = new Set<string>();
  const touched = { metrics, values, movedMetrics, movedValues };
  if (a === b) return touched;
  const changedMetrics = new Set([...difference(a.metrics, b.metrics), ...difference(b.metrics, a.metrics)]);
  const changedValues = new Set([...difference(a.values, b.values), ...difference(b.values, a.values)]);
  const moved = a.places !== b.places;
  for (const facts of [before, after]) {
    if (!facts) continue;
    const signature = facts === before ? a : b;
    facts.metrics.forEach((m, i) => {
      const into = changedMetrics.has(signature.metrics[i] ?? "") ? metrics : moved ? movedMetrics : undefined;
      if (!into) return;
      into.add(m.folded);
      for (const alias of m.aliases) into.add(alias.folded);
      if (m.partOf) into.add(m.partOf.folded);
    });
    facts.qualifierBlocks.forEach((q, i) => {
      const into = changedValues.has(signature.values[i] ?? "") ? values : moved ? movedValues : undefined;
      if (!into) return;
      into.add(valueName(q.foldedKey, q.value.normalised));
      for (const alias of q.aliases) into.add(valueName(q.foldedKey, alias.normalised));
    });
  }
  return touched;
}

/** The items of `a` that `b` does not hold as many times. */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** Adds `def` to (n = 1) or removes it from (n = -1) the sorted list under `name`. */
function edit<D extends { uri: string; facts: { start: number } }>(map: Map<string, D[]>, name: string, def: D, n: 1 | -1): void {
  const list = map.get(name);
  if (n > 0) {
    if (!list) {
      map.set(name, [def]);
      return;
    }
    list.push(def);
    list.sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : x.facts.start - y.facts.start));
    return;
  }
  if (!list) return;
  // The facts removed are those that were added: found by identity.
  const i = list.findIndex((d) => d.uri === def.uri && d.facts === def.facts);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(name);
}
