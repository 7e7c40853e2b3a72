/**
 * Where a figure comes from: its claim's `via:` chain followed through the workspace's sources.
 * Outlets that repeat one statement (`via: @bcij-statement-2024-06-06`, directly or through a
 * source whose own claim has `via:`) share one origin: when they agree it is one voice, not
 * several, and when they disagree one of them misquotes it.
 *
 * The rules (docs/checks.md, `same-origin-contradiction`):
 * - a claim without `via:` comes from its own source;
 * - the farthest `via: @id` of the chain (its last) is followed: `@id/claim` to that claim,
 *   `@id` to the claims of source `id` about the same quantity; what they come from is where the
 *   figure comes from. A source with no such claim (or not in the workspace) is the origin itself;
 * - a free description (`via: expert "security analyst"`) names no workspace source: the origin is
 *   the source that gives it, as attributed by it, so that two outlets each quoting "official
 *   figures" are two origins, and one outlet quoting two different people is two origins;
 * - chains are followed at most MAX_VIA_DEPTH links, and a cycle stops where it closes.
 */
import type { ClaimFacts } from "../model/facts";
import { foldKey } from "../text/fold";
import { MAX_VIA_DEPTH, sourceIdOfVia, type WorkspaceIndex } from "../workspace/workspaceIndex";

export interface Origin {
  /** The source the figure is traced back to (defined in the workspace or not). */
  readonly sourceId: string;
  /** Whom that source has the figure from, as it writes it (`expert "security analyst"`), if it says. */
  readonly attribution: string | undefined;
  /** Equal for equal origins: the source id and the attribution, folded. */
  readonly key: string;
}

const NONE: readonly Origin[] = [];

/** The origins of claims, remembered for one generation of the index. */
export class Origins {
  private readonly kept = new WeakMap<ClaimFacts, { generation: number; origins: readonly Origin[] }>();

  constructor(private readonly workspace: WorkspaceIndex) {}

  /** Where `claim`'s figure comes from: usually one origin; several when `via: @id` reaches claims of different origins. */
  of(claim: ClaimFacts): readonly Origin[] {
    const generation = this.workspace.generation;
    const held = this.kept.get(claim);
    if (held?.generation === generation) return held.origins;
    const origins = new Trace(this.workspace).of(claim, 0);
    this.kept.set(claim, { generation, origins });
    return origins;
  }
}

/** One claim's trace: each claim reached is traced once, and a cycle is cut where it closes. */
class Trace {
  private readonly done = new Map<ClaimFacts, readonly Origin[]>();
  private readonly open = new Set<ClaimFacts>();

  constructor(private readonly workspace: WorkspaceIndex) {}

  of(claim: ClaimFacts, depth: number): readonly Origin[] {
    const done = this.done.get(claim);
    if (done) return done;
    this.open.add(claim);
    const origins = this.trace(claim, depth);
    this.open.delete(claim);
    this.done.set(claim, origins);
    return origins;
  }

  private trace(claim: ClaimFacts, depth: number): readonly Origin[] {
    const own = claim.source?.id;
    if (own === undefined) return NONE;
    const chain = claim.viaChain;
    let last = chain.length - 1;
    while (last >= 0 && !(chain[last] ?? "").startsWith("@")) last--;
    const farthest = chain[chain.length - 1];
    if (last < 0) return [originOf(own, farthest)];
    const ref = chain[last] ?? "";
    const id = sourceIdOfVia(ref) ?? "";
    // What the chain says beyond the cited source: whom that source has it from.
    const beyond = last < chain.length - 1 ? farthest : undefined;
    const cited = depth < MAX_VIA_DEPTH ? this.cited(id, ref.slice(1).split("/")[1], claim).filter((c) => !this.open.has(c)) : [];
    if (cited.length === 0) return [originOf(id, beyond)];
    const out = new Map<string, Origin>();
    for (const c of cited) {
      const traced = c.viaChain.length === 0 && beyond !== undefined ? [originOf(id, beyond)] : this.of(c, depth + 1);
      for (const o of traced) out.set(o.key, o);
    }
    return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** The claims `via: @id/claim` names, or for `via: @id` the claims of that source about the same quantity as `citing`. */
  private cited(id: string, claimId: string | undefined, citing: ClaimFacts): ClaimFacts[] {
    const out: ClaimFacts[] = [];
    const group = claimId === undefined ? this.workspace.groupKeyOf(citing) : undefined;
    for (const uri of this.workspace.sourceDefiners(id)) {
      for (const c of this.workspace.entry(uri)?.facts.claims ?? []) {
        if (c.source?.id !== id) continue;
        if (claimId !== undefined ? c.claimIdValue === claimId : group !== undefined && this.workspace.groupKeyOf(c) === group) out.push(c);
      }
    }
    return out;
  }
}

function originOf(sourceId: string, attribution: string | undefined): Origin {
  return { sourceId, attribution, key: `${sourceId}\u0000${attribution === undefined ? "" : foldKey(attribution)}` };
}

/** The origins two claims share, if any. */
export function sharedOrigins(a: readonly Origin[], b: readonly Origin[]): Origin[] {
  return a.filter((o) => b.some((p) => p.key === o.key));
}

/** `@bcij-statement-2024-06-06`, or `@al-waha-2024-06-08 ← expert "security analyst"`. */
export function originLabel(origin: Origin): string {
  return origin.attribution === undefined ? `@${origin.sourceId}` : `@${origin.sourceId} ← ${origin.attribution}`;
}
