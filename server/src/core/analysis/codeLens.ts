/**
 * A code lens over each claim: how many sources agree with it and how many contradict it
 * ("2 sources agree · 1 contradicts"), counted by source over the claims of the same quantity,
 * and the claims a click shows (the conflicting ones first).
 */
import type { ClaimFacts } from "../model/facts";
import { msg, type Message } from "../messages";
import type { Range } from "../text/lineIndex";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import type { Location } from "./definition";
import { peersOf, sourceName, type Peer, type Verdict } from "./peers";

export interface ClaimLens {
  /** The claim's header, where the lens stands. */
  readonly range: Range;
  readonly title: Message;
  /** The claims a click shows: those in conflict when there are any, else all the others; empty when the claim stands alone. */
  readonly targets: readonly Location[];
}

/** More targets than this are not worth a list. */
const MAX_TARGETS = 100;

/** One lens per claim of the file that has a quantity and a value. */
export function codeLensesOf(workspace: WorkspaceIndex, uri: string): ClaimLens[] {
  const entry = workspace.entry(uri);
  if (!entry) return [];
  const out: ClaimLens[] = [];
  for (const claim of entry.facts.claims) {
    if (!claim.quantityKey || !claim.set) continue;
    const peers = peersOf(workspace, claim);
    out.push({ range: entry.lines.range(claim.header.start, claim.header.end), title: lensTitle(peers), targets: targetsOf(workspace, claim, peers) });
  }
  return out;
}

/** "2 sources agree · 1 contradicts · 1 settled", counting each source once per verdict. */
export function lensTitle(peers: readonly Peer[]): Message {
  const sources = (verdict: Verdict) => new Set(peers.filter((p) => p.verdict === verdict).map((p) => sourceName(p.ref))).size;
  const agree = sources("agrees");
  const contradict = sources("contradicts");
  const settled = sources("settled");
  const other = sources("other kind");
  const parts: Message[] = [];
  if (agree > 0) parts.push(agree === 1 ? msg("1 source agrees") : msg("{0} sources agree", agree));
  if (contradict > 0) {
    if (parts.length === 0) parts.push(contradict === 1 ? msg("1 source contradicts") : msg("{0} sources contradict", contradict));
    else parts.push(contradict === 1 ? msg("1 contradicts") : msg("{0} contradict", contradict));
  }
  if (settled > 0) parts.push(msg("{0} settled", settled));
  if (other > 0) parts.push(msg("{0} of another kind", other));
  const [first, ...rest] = parts;
  if (!first) return msg("no other source");
  return rest.reduce((a, b) => msg("{0} · {1}", a, b), first);
}

function targetsOf(workspace: WorkspaceIndex, claim: ClaimFacts, peers: readonly Peer[]): Location[] {
  const conflicting = peers.filter((p) => p.verdict === "contradicts" || p.verdict === "settled");
  const otherKind = peers.filter((p) => p.verdict === "other kind");
  const shown = conflicting.length > 0 ? conflicting : otherKind.length > 0 ? otherKind : peers;
  const out: Location[] = [];
  for (const { ref } of shown) {
    if (ref.claim === claim) continue;
    const lines = workspace.entry(ref.uri)?.lines;
    if (lines) out.push({ uri: ref.uri, range: lines.range(ref.claim.header.start, ref.claim.header.end) });
  }
  return out
    .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line))
    .slice(0, MAX_TARGETS);
}
