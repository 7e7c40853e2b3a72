/**
 * The words of the workspace: every metric name, qualifier key and qualifier value in use, with
 * how often and where, and which metric names look alike. Kept up to date one file at a time
 * (the workspace adds a file's claims when it links the file and takes them away when it unlinks
 * it), so completion and the `similar-metric` check never scan the workspace.
 */
import { foldedName, normaliseQualifierValue, type ClaimFacts, type FileFacts } from "../model/facts";
import { likeness, lookalikeKeys, shapeOf, type Likeness, type MetricShape } from "../model/metricNames";
import { costs } from "../costs";
import { foldKey } from "../text/fold";

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
      files.add(value, uri, n);
      if (files.keys().next().done) this.valueFiles.delete(key);
    }
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
    for (const [other, l] of alike) {
      const use = this.metricUse(other);
      if (!use || !moreUsed(use, mine)) continue;
      if (!best || moreUsed(use, best.other)) best = { other: use, likeness: l };
    }
    return best;
  }

  /**
   * Before a file is replaced: the names whose use it changes, their look-alikes, and the hint
   * each would get now. Empty (and free) when the edit leaves every metric's count as it was.
   */
  watch(previous: FileFacts | undefined, next: FileFacts | undefined): LookalikeWatch {
    const before = metricCounts(previous?.claims ?? []);
    const after = metricCounts(next?.claims ?? []);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((m) => before.get(m) !== after.get(m));
    const states = new Map<string, string>();
    for (const m of changed) {
      states.set(m, this.hintState(m));
      for (const other of this.lookalikes(m).keys()) states.set(other, this.hintState(other));
    }
    return { changed, before: states };
  }

  /** After the file is replaced: the files using a name whose hint changed since `watch`. */
  changedSince(watch: LookalikeWatch): Set<string> {
    const files = new Set<string>();
    if (watch.changed.length === 0) return files;
    const names = new Set(watch.before.keys());
    for (const m of watch.changed) for (const other of this.lookalikes(m).keys()) names.add(other);
    for (const name of names) {
      if ((watch.before.get(name) ?? "") === this.hintState(name)) continue;
      for (const f of this.filesUsing(name)) files.add(f);
    }
    return files;
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

/** Which names a file's update may flag or unflag, and what each looked like before it. */
export interface LookalikeWatch {
  readonly changed: readonly string[];
  readonly before: ReadonlyMap<string, string>;
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
