/**
 * What the index keeps of a claims file between uses: for each source and claim the plain values
 * that the checks across files read (quantity key, value set, the value and where it stands,
 * source id, rank, the `via:` chain), beside the file's text. The syntax tree and the validated fields
 * cost three times as much; they are made again from the text when asked for, and kept for the
 * files in use only (an archive of 100,000 claims held them all: 100 MB). The checks read records
 * only (and the quotes, which are kept), so that checking a file never parses it again.
 *
 * Records keep their identity while the file is unchanged, so `claim === other` still tells one
 * claim from another; the tree made again is equal to the first, not the same object.
 */
import type { ClaimNode, ClaimsFile, Field, Span, Token, ValueLiteral } from "../syntax/ast";
import { parseClaims } from "../syntax/parser";
import { factsOf, type ClaimFacts, type FileFacts, type SourceFacts, type TimeFacts, type ViaRef } from "../model/facts";
import type { Rank } from "../model/fieldSchemas";
import type { MetricFacts, QualifierFacts } from "../model/declarations";
import type { Problem } from "../model/problem";
import type { ValueSet } from "../model/valueSet";
import type { SourceFieldName } from "../syntax/fieldNames";
import { exact } from "../memory/exact";
import type { LruMap } from "../memory/lru";

/** The parsed files in use, by their records: bounded, so an archive's trees are not all held. */
export type ParsedFiles = LruMap<FileRecords, FileFacts>;

export class FileRecords implements FileFacts {
  readonly sources: readonly SourceRecord[];
  readonly claims: readonly ClaimRecord[];
  /** Declarations are few and plain values: kept as they are. */
  readonly metrics: readonly MetricFacts[];
  readonly qualifierBlocks: readonly QualifierFacts[];
  readonly problems: readonly Problem[];

  /** `parsed`: the facts of `text` just derived (they are kept while the file is in use). */
  constructor(
    parsed: FileFacts,
    private readonly text: string,
    private readonly tolerance: number,
    private readonly kept: ParsedFiles,
  ) {
    const sources = exact(parsed.sources.map((s) => new SourceRecord(this, s)));
    this.sources = sources;
    this.claims = exact(parsed.claims.map((c) => new ClaimRecord(this, c, c.source ? sources[c.source.index] : undefined)));
    this.metrics = parsed.metrics;
    this.qualifierBlocks = parsed.qualifierBlocks;
    this.problems = parsed.problems.length === 0 ? NO_PROBLEMS : parsed.problems;
    kept.set(this, parsed);
  }

  /** The full facts, parsed again from the text when they went cold. */
  parsed(): FileFacts {
    let facts = this.kept.get(this);
    if (!facts) {
      facts = factsOf(parseClaims(this.text), this.tolerance);
      this.kept.set(this, facts);
    }
    return facts;
  }

  get file(): ClaimsFile {
    return this.parsed().file;
  }

  /** Drafts are read by the draft actions only, never by the checks: taken from the full facts. */
  get drafts(): readonly ClaimFacts[] {
    return this.parsed().drafts;
  }
}

const NO_PROBLEMS: readonly Problem[] = [];

class SourceRecord implements SourceFacts {
  readonly index: number;
  readonly id: string;
  readonly idToken: Token;
  readonly textField: Field | undefined;
  readonly published: string | undefined;
  readonly outlet: string | undefined;
  readonly title: string | undefined;

  constructor(
    private readonly owner: FileRecords,
    facts: SourceFacts,
  ) {
    this.index = facts.index;
    this.id = facts.id;
    this.idToken = facts.idToken;
    this.textField = facts.textField;
    this.published = facts.published;
    this.outlet = facts.outlet;
    this.title = facts.title;
  }

  private get full(): SourceFacts {
    return this.owner.parsed().sources[this.index] as SourceFacts;
  }

  get node() {
    return this.full.node;
  }

  get fields(): Partial<Record<SourceFieldName, Field>> {
    return this.full.fields;
  }
}

class ClaimRecord implements ClaimFacts {
  readonly index: number;
  readonly quantityKey: string | undefined;
  readonly set: ValueSet | undefined;
  readonly rank: Rank;
  readonly reason: string | undefined;
  readonly claimIdValue: string | undefined;
  readonly start: number;
  readonly end: number;
  readonly header: Span;
  readonly valueText: string | undefined;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly metric: Token;
  readonly viaRefs: readonly ViaRef[];
  readonly viaChain: readonly string[];
  readonly literal: ValueLiteral | undefined;
  readonly hasQuoteLine: boolean;
  /** Kept: every check of the file reads it, and a quote is most of a claim's text anyway. */
  readonly quote: Field | undefined;
  readonly time: TimeFacts | undefined;

  constructor(
    private readonly owner: FileRecords,
    facts: ClaimFacts,
    readonly source: SourceRecord | undefined,
  ) {
    this.index = facts.index;
    this.quantityKey = facts.quantityKey;
    this.set = facts.set;
    this.rank = facts.rank;
    this.reason = facts.reason;
    this.claimIdValue = facts.claimIdValue;
    this.start = facts.start;
    this.end = facts.end;
    this.header = facts.header;
    this.valueText = facts.valueText;
    this.valueStart = facts.valueStart;
    this.valueEnd = facts.valueEnd;
    this.metric = facts.metric;
    this.viaRefs = facts.viaRefs;
    this.viaChain = facts.viaChain;
    this.literal = facts.literal;
    this.hasQuoteLine = facts.hasQuoteLine;
    this.quote = facts.quote;
    this.time = facts.time;
  }

  private get full(): ClaimFacts {
    return this.owner.parsed().claims[this.index] as ClaimFacts;
  }

  get node(): ClaimNode {
    return this.full.node;
  }

  get claimId(): Field | undefined {
    return this.full.claimId;
  }

  get vias(): readonly Field[] {
    return this.full.vias;
  }
}
