/**
 * Inlay hints after a disputed claim's value: the values other sources give for the same
 * quantity (`≠ 9 (sada +2)`), short enough to read at a glance; the tooltip lists them all.
 * Shown only where a `contradiction` or `same-origin-contradiction` is reported (not for settled
 * disputes or minor differences, nor when the check is turned off), so the hint and the warning
 * always go together.
 */
import { problemsOf } from "./problems";
import { CHECKS } from "../checks/codes";
import { severityOf } from "../config";
import type { ClaimFacts } from "../model/facts";
import { setKey } from "../model/valueSet";
import { isolate } from "../text/bidi";
import type { Position } from "../text/lineIndex";
import type { ClaimRef, WorkspaceIndex } from "../workspace/workspaceIndex";
import { peersOf, sourceName } from "./peers";

export interface ValueHint {
  /** Just after the claim's value. */
  readonly position: Position;
  readonly label: string;
  /** Every conflicting value with all its sources, one per line. */
  readonly tooltip: string;
}

/** Values named in a label; the others are left to the tooltip. */
const MAX_VALUES = 2;
/** A label longer than this is cut with `…`. */
const MAX_LABEL = 60;
/** Lines of the tooltip. */
const MAX_TOOLTIP_LINES = 20;

/** The hints of the claims whose value lies in `[start, end]` (the whole file when no range is given). */
export function inlayHintsOf(workspace: WorkspaceIndex, uri: string, range?: { start: number; end: number }): ValueHint[] {
  const entry = workspace.entry(uri);
  if (!entry || !severityOf(workspace.configuration, "contradiction", CHECKS.contradiction)) return [];
  const disputed = new Set(problemsOf(workspace, uri).filter((p) => p.code === "contradiction" || p.code === "same-origin-contradiction").map((p) => p.start));
  const out: ValueHint[] = [];
  for (const claim of entry.facts.claims) {
    if (claim.valueText === undefined || !disputed.has(claim.valueStart)) continue;
    if (range && (claim.valueEnd < range.start || claim.valueStart > range.end)) continue;
    const groups = conflictingValues(workspace, claim);
    if (groups.length === 0) continue;
    out.push({ position: entry.lines.position(claim.valueEnd), label: label(groups), tooltip: tooltip(groups) });
  }
  return out;
}

interface ValueGroup {
  /** The value as the first of its sources writes it. */
  readonly value: string;
  /** Its sources, sorted. */
  readonly sources: readonly string[];
}

/** The open conflicting claims by value, the most cited first: what the contradiction names. */
function conflictingValues(workspace: WorkspaceIndex, claim: ClaimFacts): ValueGroup[] {
  const byValue = new Map<string, ClaimRef[]>();
  for (const peer of peersOf(workspace, claim)) {
    if (peer.verdict !== "contradicts" || !peer.ref.claim.set) continue;
    const key = setKey(peer.ref.claim.set);
    let list = byValue.get(key);
    if (!list) byValue.set(key, (list = []));
    list.push(peer.ref);
  }
  const groups = [...byValue.values()].map((refs): ValueGroup => {
    const sorted = [...refs].sort((a, b) => (sourceName(a) < sourceName(b) ? -1 : sourceName(a) > sourceName(b) ? 1 : 0));
    return { value: sorted[0]?.claim.valueText ?? "", sources: [...new Set(sorted.map(sourceName))] };
  });
  return groups.sort((a, b) => b.sources.length - a.sources.length || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** `≠ 9 (sada +2), 11 (marsad), …`: each value with its first source and how many more. */
function label(groups: readonly ValueGroup[]): string {
  const parts = groups.slice(0, MAX_VALUES).map((g) => `${isolate(g.value)} (${isolate(g.sources[0] ?? "")}${g.sources.length > 1 ? ` +${g.sources.length - 1}` : ""})`);
  const text = `≠ ${parts.join(", ")}${groups.length > MAX_VALUES ? ", …" : ""}`;
  const chars = [...text];
  if (chars.length <= MAX_LABEL) return text;
  const cut = chars.slice(0, MAX_LABEL - 1).join("");
  // A cut inside an isolated Arabic piece closes it, so the rest of the line keeps its order.
  const open = (cut.match(/\u2068/g)?.length ?? 0) - (cut.match(/\u2069/g)?.length ?? 0);
  return `${cut}${"\u2069".repeat(Math.max(0, open))}…`;
}

function tooltip(groups: readonly ValueGroup[]): string {
  const lines = groups.map((g) => `≠ ${isolate(g.value)} — ${g.sources.map(isolate).join(", ")}`);
  return lines.length > MAX_TOOLTIP_LINES ? [...lines.slice(0, MAX_TOOLTIP_LINES - 1), "…"].join("\n") : lines.join("\n");
}
