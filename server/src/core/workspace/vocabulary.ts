/**
 * The words of the workspace: every metric name, qualifier key and qualifier value in use, with
 * how often and where, and which metric names look alike. Kept up to date one file at a time
 * (the workspace adds a file's claims when it links the file and takes them away when it unlinks
 * it), so completion and the `similar-metric` check never scan the workspace.
 */
import { foldedName, normaliseQualifierValue, type ClaimFacts, type FileFacts } from "../model/facts";
import { likeness, lookalikeKeys, shapeOf, type Likeness, type MetricShape } from "../model/metricNames";
import { valueLikeness, valueSkeleton, type ValueLikeness } from "../model/valueLikeness";
import { costs } from "../costs";
import { foldKey } from "../text/fold";
import type { DeclarationCatalog } from "./declarationCatalog";

/**
 * Counts of strings that go up and down; a count that reaches zero is forgotten. Most tallies of
 * an archive count one string (the one spelling of an operation's id), so that one is held in
 * two fields, and a map is made only for a second.
 */
export class Tally {
  private onlyKey: string | undefined;
  private onlyCount = 0;
  private counts: Map<string, number> | undefined;
  private sum = 0;

  add(key: string, n = 1): number {
    this.sum += n;
    if (!this.counts && (this.onlyKey === undefined || this.onlyKey === key)) {
      const next = this.onlyCount + n;
      this.onlyKey = next > 0 ? key : undefined;
      this.onlyCount = Math.max(0, next);
      return next;
    }
    const counts = (this.counts ??= this.onlyKey === undefined ? new Map() : new Map([[this.onlyKey, this.onlyCount]]));
    this.onlyKey = undefined;
    const next = (counts.get(key) ?? 0) + n;
    if (next > 0) counts.set(key, next);
    else counts.delete(key);
    return next;
  }

  get(key: string): number {
    return this.counts ? (this.counts.get(key) ?? 0) : key === this.onlyKey ? this.onlyCount : 0;
  }

  get size(): number {
    return this.counts ? this.counts.size : this.onlyKey === undefined ? 0 : 1;
  }

  get total(): number {
    return this.sum;
  }

  keys(): IterableIterator<string> {
    return this.entries().keys();
  }

  /** The keys, most counted first (ties in code-point order). */
  ranked(): string[] {
    return [...this.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).map(([k]) => k);
  }

  private entries(): Map<string, number> {
    return this.counts ?? new Map(this.onlyKey === undefined ? [] : [[this.onlyKey, this.onlyCount]]);
  }
}

/** A tally per outer key, dropped when it empties. */
class Tallies {
  private readonly map = new Map<string, Tally>();

  add(outer: string, inner: string, n = 1): void {
    let tally = this.map.get(outer);
    if (!tally) this.map.set(outer, (tally = new Tally()));
    tally.add(inner, n);
    if (tally.size === 0) this.map.delete(outer);
  }

  get(outer: string): Tally | undefined {
    return this.map.get(outer);
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}

/** A qualifier value as the vocabulary offers it. */
export interface QualifierValueUse {
  /** As written most often, with its quotation marks when it was quoted. */
  readonly written: string;
  /** Uses with this metric (when one was asked for) and in all. */
  readonly withMetric: number;
  readonly total: number;
}

/** A metric name as the vocabulary offers it. */
export interface MetricUse {
  readonly folded: string;
  /** The spelling used most. */
  readonly written: string;
  readonly claims: number;
  readonly files: number;
}

/** How a metric name looks like a more used one. */
export interface Lookalike {
  readonly other: MetricUse;
  readonly likeness: Likeness;
}

/** How a qualifier value looks like another value of its key, declared or more used. */
export interface ValueLookalike {
  /** The normalised value to declare it an alias of: a declared value, or the more used look-alike. */
  readonly canonical: string;
  /** The look-alike found (the declared value itself, or one of its aliases). */
  readonly other: string;
  /** Whether `canonical` has a `qualifier` block already. */
  readonly declared: boolean;
  readonly likeness: ValueLikeness;
}

/** How much a qualifier value is used. */
export interface ValueUse {
  readonly files: number;
  readonly claims: number;
}

/** The parts of the declarations the vocabulary reads: which names and values are the same. */
export type Resolver = Pick<DeclarationCatalog, "resolveMetric" | "resolveValue" | "isDeclaredValue" | "declaredValuesShaped" | "declaredShapes" | "revision">;

const SEP = "\u0000";

export class Vocabulary {
  /** Folded metric → spellings as written. */
  private readonly metricSpellings = new Tallies();
  /** Folded metric → claims per file. */
  private readonly metricFiles = new Tallies();
  /** Folded key → spellings as written. */
  private readonly keySpellings = new Tallies();
  /** Folded key → normalised value → spellings as written. */
  private readonly keyValues = new Map<string, Tallies>();
  /** Folded metric → folded keys used with it. */
  private readonly metricKeys = new Tallies();
  /** Folded metric + key → normalised values used with them. */
  private readonly metricKeyValues = new Tallies();
  /** Folded key → normalised value → the files using it, with how many claims each. */
  private readonly valueFiles = new Map<string, Tallies>();
  /** Every folded metric in use, taken apart. */
  private readonly shapes = new Map<string, MetricShape>();
  /** Look-alike key (see lookalikeKeys) → the folded metrics in use filed under it. */
  private readonly shapeIndex = new Map<string, Set<string>>();
  /** Folded metric → the folded metrics that look like it (kept symmetric). */
  private readonly alike = new Map<string, Map<string, Likeness>>();
  /** Folded key → consonant skeleton → the text values in use with it (see model/valueLikeness.ts). */
  private readonly valueShapes = new Map<string, Map<string, Set<string>>>();
  /** Bumped when a qualifier value comes into use or goes out of it. */
  private valueChanges = 0;
  /** The values that have a look-alike, by key, for the vocabulary and declarations they were found in. */
  private contested: { at: string; values: Map<string, Set<string>> } | undefined;

  /** `declarations` tells which names and values are one (declared aliases are never look-alikes). */
  constructor(private readonly declarations?: Resolver) {}

  /** Counts the claims of a file in. */
  add(uri: string, facts: FileFacts): void {
    const text = facts.file.text;
    for (const claim of facts.claims) this.count(uri, text, claim, 1);
  }

  /** Counts the claims of a file out (the facts that were added). */
  remove(uri: string, facts: FileFacts): void {
    const text = facts.file.text;
    for (const claim of facts.claims) this.count(uri, text, claim, -1);
  }

  private count(uri: string, text: string, claim: ClaimFacts, n: number): void {
    const written = claim.metric.text;
    if (!written) return;
    const metric = foldedName(written);
    this.metricSpellings.add(metric, written, n);
    const hadMetric = this.shapes.has(metric);
    this.metricFiles.add(metric, uri, n);
    const hasMetric = this.metricFiles.get(metric) !== undefined;
    if (!hadMetric && hasMetric) this.addShape(metric);
    if (hadMetric && !hasMetric) this.removeShape(metric);
    for (const q of claim.node.qualifiers) {
      if (!q.key.text) continue;
      const key = foldedName(q.key.text);
      this.keySpellings.add(key, q.key.text, n);
      this.metricKeys.add(metric, key, n);
      const value = normaliseQualifierValue(q.value.text, q.quoted);
      // A quoted value is offered with the marks its writer used.
      const spelled = q.quoted ? text.slice(q.value.start, q.value.end) : q.value.text;
      let values = this.keyValues.get(key);
      if (!values) this.keyValues.set(key, (values = new Tallies()));
      values.add(value, spelled, n);
      if (values.keys().next().done) this.keyValues.delete(key);
      this.metricKeyValues.add(`${metric}${SEP}${key}`, value, n);
      let files = this.valueFiles.get(key);
      if (!files) this.valueFiles.set(key, (files = new Tallies()));
      const used = files.get(value) !== undefined;
      files.add(value, uri, n);
      if (used !== (files.get(value) !== undefined)) this.shapeValue(key, value, used ? -1 : 1);
      if (files.keys().next().done) this.valueFiles.delete(key);
    }
  }

  private shapeValue(key: string, value: string, n: 1 | -1): void {
    const skeleton = valueSkeleton(value);
    if (!skeleton) return;
    this.valueChanges++;
    let byShape = this.valueShapes.get(key);
    if (!byShape) this.valueShapes.set(key, (byShape = new Map()));
    let values = byShape.get(skeleton);
    if (!values) byShape.set(skeleton, (values = new Set()));
    if (n > 0) values.add(value);
    else values.delete(value);
    if (values.size === 0) byShape.delete(skeleton);
    if (byShape.size === 0) this.valueShapes.delete(key);
  }

  /** How much a normalised value of a folded key is used, or undefined when no claim uses it. */
  valueUse(foldedKey: string, normalised: string): ValueUse | undefined {
    const files = this.valueFiles.get(foldedKey)?.get(normalised);
    return files ? { files: files.size, claims: files.total } : undefined;
  }

  /** A value as claims write it most often (with its quotation marks when quoted). */
  valueSpelling(foldedKey: string, normalised: string): string | undefined {
    return this.keyValues.get(foldedKey)?.get(normalised)?.ranked()[0];
  }

  /** The values in use and declared of a key with the skeleton of `normalised`, itself included. */
  private shapedLike(foldedKey: string, normalised: string): Set<string> {
    const skeleton = valueSkeleton(normalised);
    if (!skeleton) return new Set();
    const out = new Set(this.valueShapes.get(foldedKey)?.get(skeleton) ?? []);
    for (const v of this.declarations?.declaredValuesShaped(foldedKey, skeleton) ?? []) out.add(v);
    return out;
  }

  /**
   * The value a claim's qualifier value should be declared an alias of, when it looks like
   * another value of its key that is not the same value already: a declared value (or one of
   * its aliases), or else a more used value (more files, then more claims, then first in code-
   * point order), so that of two undeclared look-alikes exactly one carries the hint. A declared
   * value carries none: the journalist has said what it is.
   */
  preferredValueLookalike(foldedKey: string, normalised: string): ValueLookalike | undefined {
    const members = this.shapedLike(foldedKey, normalised);
    if (members.size < 2) return undefined;
    const declarations = this.declarations;
    if (declarations?.isDeclaredValue(foldedKey, normalised)) return undefined;
    const mine = this.valueUse(foldedKey, normalised);
    if (!mine) return undefined;
    const resolve = (v: string) => declarations?.resolveValue(foldedKey, v) ?? v;
    const own = resolve(normalised);
    let best: { found: ValueLookalike; use: ValueUse | undefined } | undefined;
    for (const other of members) {
      if (other === normalised || resolve(other) === own) continue;
      const declared = declarations?.isDeclaredValue(foldedKey, other) ?? false;
      const use = this.valueUse(foldedKey, other);
      if (!declared && (!use || !moreUsedValue(use, other, mine, normalised))) continue;
      const found: ValueLookalike = { canonical: resolve(other), other, declared, likeness: valueLikeness(normalised, other) };
      if (!best || better(found, use, best.found, best.use)) best = { found, use };
    }
    return best?.found;
  }

  /**
   * The values of a file that have a look-alike (`[folded key, normalised value]`): cheap for a
   * file with none, which is almost every file, since the values with look-alikes are few and
   * known without reading the file's claims again.
   */
  contestedValuesIn(uri: string): [string, string][] {
    const out: [string, string][] = [];
    for (const [key, values] of this.contestedValues()) {
      const files = this.valueFiles.get(key);
      for (const value of values) if ((files?.get(value)?.get(uri) ?? 0) > 0) out.push([key, value]);
    }
    return out;
  }

  /** Values in use whose skeleton is shared with another value in use or declared, by key. */
  private contestedValues(): Map<string, Set<string>> {
    const at = `${this.valueChanges}/${this.declarations?.revision ?? 0}`;
    if (this.contested?.at === at) return this.contested.values;
    const values = new Map<string, Set<string>>();
    const add = (key: string, list: Iterable<string>) => {
      let set = values.get(key);
      if (!set) values.set(key, (set = new Set()));
      for (const v of list) set.add(v);
    };
    for (const [key, byShape] of this.valueShapes) for (const used of byShape.values()) if (used.size > 1) add(key, used);
    for (const [key, skeleton] of this.declarations?.declaredShapes() ?? []) {
      const used = this.valueShapes.get(key)?.get(skeleton);
      if (used) add(key, used);
    }
    this.contested = { at, values };
    return values;
  }

  /** The files with claims that give a folded qualifier key this normalised value. */
  filesUsingValue(foldedKey: string, normalised: string): string[] {
    return [...(this.valueFiles.get(foldedKey)?.get(normalised)?.keys() ?? [])];
  }

  private addShape(metric: string): void {
    const shape = shapeOf(metric);
    const mine = this.alikeInUse(shape);
    this.shapes.set(metric, shape);
    for (const key of lookalikeKeys(shape)) {
      let names = this.shapeIndex.get(key);
      if (!names) this.shapeIndex.set(key, (names = new Set()));
      names.add(metric);
    }
    if (mine.size === 0) return;
    this.alike.set(metric, mine);
    for (const [other, l] of mine) {
      let theirs = this.alike.get(other);
      if (!theirs) this.alike.set(other, (theirs = new Map()));
      theirs.set(metric, l);
    }
  }

  /** The metrics in use that look like `shape`: only those filed under one of its keys are compared. */
  private alikeInUse(shape: MetricShape): Map<string, Likeness> {
    const out = new Map<string, Likeness>();
    const seen = new Set<string>();
    for (const key of lookalikeKeys(shape)) {
      for (const folded of this.shapeIndex.get(key) ?? []) {
        if (seen.has(folded)) continue;
        seen.add(folded);
        const other = this.shapes.get(folded);
        if (!other) continue;
        costs.nameComparisons++;
        const l = likeness(shape, other);
        if (l) out.set(folded, l);
      }
    }
    return out;
  }

  private removeShape(metric: string): void {
    const shape = this.shapes.get(metric);
    for (const key of shape ? lookalikeKeys(shape) : []) {
      const names = this.shapeIndex.get(key);
      names?.delete(metric);
      if (names?.size === 0) this.shapeIndex.delete(key);
    }
    this.shapes.delete(metric);
    for (const other of this.alike.get(metric)?.keys() ?? []) {
      const theirs = this.alike.get(other);
      theirs?.delete(metric);
      if (theirs?.size === 0) this.alike.delete(other);
    }
    this.alike.delete(metric);
  }

  /** Every metric in use, most claimed first. */
  metrics(): MetricUse[] {
    return [...this.metricFiles.keys()].map((m) => this.metricUse(m)).filter((m): m is MetricUse => m !== undefined).sort((a, b) => b.claims - a.claims || compare(a.written, b.written));
  }

  /** How a folded metric is used, or undefined when no claim uses it. */
  metricUse(folded: string): MetricUse | undefined {
    const files = this.metricFiles.get(folded);
    if (!files) return undefined;
    return { folded, written: this.metricSpellings.get(folded)?.ranked()[0] ?? folded, claims: files.total, files: files.size };
  }

  /** The files with claims about a folded metric. */
  filesUsing(folded: string): string[] {
    return [...(this.metricFiles.get(folded)?.keys() ?? [])];
  }

  /** Folded metrics that look like this one (whether or not it is in use itself). */
  lookalikes(folded: string): Map<string, Likeness> {
    const known = this.alike.get(folded);
    if (known || this.shapes.has(folded)) return known ?? new Map();
    return this.alikeInUse(shapeOf(folded));
  }

  /**
   * The more used metric a folded metric looks like, if any: the one in more files, then with
   * more claims, then first in code-point order, so that of two look-alikes exactly one is
   * flagged, never both.
   */
  preferredLookalike(folded: string): Lookalike | undefined {
    // Asked for every claim by the check: most metrics in use have no look-alike, and are answered
    // before anything is built.
    const alike = this.shapes.has(folded) ? this.alike.get(folded) : this.lookalikes(folded);
    if (!alike || alike.size === 0) return undefined;
    const mine = this.metricUse(folded);
    if (!mine) return undefined;
    let best: Lookalike | undefined;
    const resolve = (m: string) => this.declarations?.resolveMetric(m) ?? m;
    for (const [other, l] of alike) {
      const use = this.metricUse(other);
      if (!use || !moreUsed(use, mine)) continue;
      // A declared alias is the same metric: its claims are compared already.
      if (resolve(other) === resolve(folded)) continue;
      if (!best || moreUsed(use, best.other)) best = { other: use, likeness: l };
    }
    return best;
  }

  /**
   * Before a file is replaced: the names whose use it changes, their look-alikes, and the hint
   * each would get now. Empty (and free) when the edit leaves every metric's count as it was.
   */
  watch(previous: FileFacts | undefined, next: FileFacts | undefined, declared?: { readonly metrics: Iterable<string>; readonly values: Iterable<string> }): LookalikeWatch {
    const before = metricCounts(previous?.claims ?? []);
    const after = metricCounts(next?.claims ?? []);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((m) => before.get(m) !== after.get(m));
    // A name whose declaration changes may stop (or start) being the alias of its look-alike.
    for (const m of declared?.metrics ?? []) changed.push(m);
    const states = new Map<string, string>();
    for (const m of changed) {
      states.set(m, this.hintState(m));
      for (const other of this.lookalikes(m).keys()) states.set(other, this.hintState(other));
    }
    const valuesBefore = valueCounts(previous);
    const valuesAfter = valueCounts(next);
    const changedValues = [...new Set([...valuesBefore.keys(), ...valuesAfter.keys()])].filter((v) => valuesBefore.get(v) !== valuesAfter.get(v));
    for (const v of declared?.values ?? []) changedValues.push(v);
    const valueStates = new Map<string, string>();
    for (const name of changedValues) for (const member of this.shapedNames(name)) valueStates.set(member, this.valueHintState(member));
    return { changed, before: states, changedValues, valuesBefore: valueStates };
  }

  /** After the file is replaced: the files using a name or value whose hint changed since `watch`. */
  changedSince(watch: LookalikeWatch): Set<string> {
    const files = new Set<string>();
    if (watch.changed.length > 0) {
      const names = new Set(watch.before.keys());
      for (const m of watch.changed) for (const other of this.lookalikes(m).keys()) names.add(other);
      for (const name of names) {
        if ((watch.before.get(name) ?? "") === this.hintState(name)) continue;
        for (const f of this.filesUsing(name)) files.add(f);
      }
    }
    if (watch.changedValues.length > 0) {
      const values = new Set(watch.valuesBefore.keys());
      for (const name of watch.changedValues) for (const member of this.shapedNames(name)) values.add(member);
      for (const name of values) {
        if ((watch.valuesBefore.get(name) ?? "") === this.valueHintState(name)) continue;
        const [key = "", value = ""] = name.split(SEP);
        for (const f of this.filesUsingValue(key, value)) files.add(f);
      }
    }
    return files;
  }

  /** `key\0value` of every value in use or declared with the skeleton of the value `key\0value`, itself included. */
  private shapedNames(name: string): string[] {
    const [key = "", value = ""] = name.split(SEP);
    return [...this.shapedLike(key, value), value].map((v) => `${key}${SEP}${v}`);
  }

  /** What the `similar-qualifier` hint on a value says, as a string to compare ("" for none). */
  private valueHintState(name: string): string {
    const [key = "", value = ""] = name.split(SEP);
    const found = this.preferredValueLookalike(key, value);
    return found ? [found.canonical, found.other, found.declared, found.likeness, this.valueSpelling(key, found.canonical) ?? "", this.valueSpelling(key, found.other) ?? ""].join(SEP) : "";
  }

  /** What the `similar-metric` hint on a name says, as a string to compare ("" for none). */
  private hintState(folded: string): string {
    const found = this.preferredLookalike(folded);
    return found ? `${found.other.folded}\u0000${found.other.written}\u0000${found.likeness}` : "";
  }

  /** Qualifier keys in use, as written most often, those used with `metric` (folded) first. */
  qualifierKeys(metric: string | undefined): { written: string; withMetric: number; total: number }[] {
    const withMetric = metric ? this.metricKeys.get(metric) : undefined;
    return [...this.keySpellings.keys()]
      .map((key) => ({ written: this.keySpellings.get(key)?.ranked()[0] ?? key, withMetric: withMetric?.get(key) ?? 0, total: this.keySpellings.get(key)?.total ?? 0 }))
      .sort((a, b) => b.withMetric - a.withMetric || b.total - a.total || compare(a.written, b.written));
  }

  /** Values used for a qualifier key (written), those used with `metric` first. */
  qualifierValues(key: string, metric: string | undefined): QualifierValueUse[] {
    const folded = foldKey(key);
    const values = this.keyValues.get(folded);
    if (!values) return [];
    const withMetric = metric ? this.metricKeyValues.get(`${metric}${SEP}${folded}`) : undefined;
    return [...values.keys()]
      .map((value) => {
        const spellings = values.get(value);
        return { written: spellings?.ranked()[0] ?? value, withMetric: withMetric?.get(value) ?? 0, total: spellings?.total ?? 0 };
      })
      .sort((a, b) => b.withMetric - a.withMetric || b.total - a.total || compare(a.written, b.written));
  }
}

/** Which names and values a file's update may flag or unflag, and what each looked like before it. */
export interface LookalikeWatch {
  readonly changed: readonly string[];
  readonly before: ReadonlyMap<string, string>;
  /** `key\0value` of the text values whose use (or declaration) changes. */
  readonly changedValues: readonly string[];
  readonly valuesBefore: ReadonlyMap<string, string>;
}

/**
 * Per `key\0value` of a text value with a skeleton, how a file's claims write it (each spelling,
 * in order): the hint names a value as claims most often write it, so a spelling changed counts.
 */
function valueCounts(facts: FileFacts | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!facts) return out;
  for (const claim of facts.claims) {
    if (!claim.metric.text) continue;
    for (const q of claim.node.qualifiers) {
      if (!q.key.text) continue;
      const value = normaliseQualifierValue(q.value.text, q.quoted);
      if (!valueSkeleton(value)) continue;
      const name = `${foldedName(q.key.text)}${SEP}${value}`;
      out.set(name, `${out.get(name) ?? ""}\u0002${q.quoted ? facts.file.text.slice(q.value.start, q.value.end) : q.value.text}`);
    }
  }
  return out;
}

function moreUsedValue(a: ValueUse, aValue: string, b: ValueUse, bValue: string): boolean {
  return a.files > b.files || (a.files === b.files && (a.claims > b.claims || (a.claims === b.claims && aValue < bValue)));
}

/** Of two look-alikes to suggest, a declared value first, then one in the same script, then the more used. */
function better(a: ValueLookalike, aUse: ValueUse | undefined, b: ValueLookalike, bUse: ValueUse | undefined): boolean {
  if (a.declared !== b.declared) return a.declared;
  if (a.likeness !== b.likeness) return a.likeness === "spelling";
  const x = aUse ?? { files: 0, claims: 0 };
  const y = bUse ?? { files: 0, claims: 0 };
  return moreUsedValue(x, a.other, y, b.other);
}

/** Per folded metric, how many claims a file has about it. */
export function metricCounts(claims: readonly ClaimFacts[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const claim of claims) {
    if (!claim.metric.text) continue;
    const m = foldKey(claim.metric.text);
    out.set(m, (out.get(m) ?? 0) + 1);
  }
  return out;
}

function moreUsed(a: MetricUse, b: MetricUse): boolean {
  return a.files > b.files || (a.files === b.files && (a.claims > b.claims || (a.claims === b.claims && a.folded < b.folded)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
