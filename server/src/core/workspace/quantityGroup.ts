/**
 * The claims of one quantity, across the workspace: an index structure, kept by the workspace as
 * files come and go. What the checks conclude from it is theirs to keep (see
 * checks/groupComparison.ts), keyed by the group's `revision`.
 */
import type { ClaimFacts } from "../model/facts";

/** A claim and the file it stands in. */
export interface ClaimRef {
  readonly uri: string;
  readonly claim: ClaimFacts;
}

export class QuantityGroup {
  /** Most quantities of an archive are claimed once: the first member gets a list of its own size. */
  private list: ClaimRef[] = [];
  private changes = 0;

  constructor(readonly key: string) {}

  get members(): readonly ClaimRef[] {
    return this.list;
  }

  /** Bumped whenever a member comes or goes: what was derived from an older revision is stale. */
  get revision(): number {
    return this.changes;
  }

  add(uri: string, claim: ClaimFacts): void {
    if (this.list.length === 0) this.list = [{ uri, claim }];
    else this.list.push({ uri, claim });
    this.changes++;
  }

  remove(uri: string, claim: ClaimFacts): void {
    const i = this.list.findIndex((m) => m.uri === uri && m.claim === claim);
    if (i >= 0) this.list.splice(i, 1);
    this.changes++;
  }
}
