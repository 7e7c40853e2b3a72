/**
 * Provenance on hover: who says the figure (outlet, date, title), through whom (the attribution
 * chain) and from which origin, the passage that states it with the figure marked, and every
 * source's value for the same quantity, agreeing or not, how far apart, and from which origin:
 * how many independent origins the sources stand for. Returns Markdown and the range it is about.
 */
import type { ClaimFacts, SourceFacts } from "../model/facts";
import { compareSets, setKey, type Gap } from "../model/valueSet";
import { visibleControls } from "../text/tricks";
import { gapMessage, isMinor, percent } from "../checks/magnitude";
import { originLabel, sharedOrigins, type Origins } from "../checks/origins";
import { isolate } from "../text/bidi";
import { spotFigures } from "../text/figures";
import type { Range } from "../text/lineIndex";
import { problemsOf, problemsOwner } from "./problems";
import { countTime } from "../checks/reasoning/countTime";
import { describeWindow } from "../model/timeWindow";
import { relativePath } from "../workspace/paths";
import { sourceIdOfVia, type ClaimRef, type WorkspaceIndex } from "../workspace/workspaceIndex";
import { english, msg, type Translate } from "../messages";
import { locate } from "./locate";

export interface HoverResult {
  readonly markdown: string;
  readonly range: Range;
}

/** Rows of the comparison table past this are counted, not listed. */
const MAX_ROWS = 25;

/** The hover at `offset` of a claims file, in the host's language (`translate`). */
export function hoverAt(workspace: WorkspaceIndex, uri: string, offset: number, t: Translate = english): HoverResult | undefined {
  const entry = workspace.entry(uri);
  if (!entry) return undefined;
  const at = locate(entry, offset);
  if (!at) return undefined;
  if (at.kind === "via") {
    const source = findSource(workspace, at.sourceId);
    const markdown = source ? sourceSummary(workspace, source.uri, source.source, t) : t(msg("No source `{0}` in the workspace.", at.sourceId));
    return { markdown, range: entry.lines.range(at.field.valueSpan.start, at.field.valueSpan.end) };
  }
  if (at.kind === "source") {
    return { markdown: sourceSummary(workspace, uri, at.source, t), range: entry.lines.range(at.source.node.header.start, at.source.node.header.end) };
  }
  const claim = at.claim;
  return { markdown: claimHover(workspace, uri, claim, t), range: entry.lines.range(claim.node.header.start, claim.node.header.end) };
}

/** The provenance of one claim as Markdown: also what hovering its figure in the article shows. */
export function claimHover(workspace: WorkspaceIndex, uri: string, claim: ClaimFacts, t: Translate = english): string {
  const entry = workspace.entry(uri);
  const out: string[] = [];
  const qualifiers = claim.node.qualifiers.map((q) => `${q.key.text}: ${q.value.text}`).join(", ");
  out.push(`**${md(claim.node.metric.text)}**${qualifiers ? ` {${md(qualifiers)}}` : ""} = **${md(claim.node.value?.text ?? "?")}**`);
  for (const r of claim.time?.resolutions ?? []) out.push(t(msg("`{0}: {1}` → {2}, from published {3}", r.key, r.written, r.resolved, r.published)));
  if (claim.source) out.push(sourceLine(claim.source, t));
  const chain = attributionChain(workspace, claim);
  if (chain.length > 1) out.push(t(msg("Attribution: {0}", chain.map(md).join(" ← "))));
  const origins = problemsOwner(workspace).origins.of(claim);
  if (claim.viaChain.length > 0 && origins.length > 0) out.push(t(msg("Origin: {0}", origins.map((o) => md(originLabel(o))).join(", "))));
  if (claim.quote && entry) {
    const found = problemsOwner(workspace).quotes.matches(entry, claim);
    const line = (workspace.article(found?.articleUri ?? "")?.lines.position(found?.matches[0]?.start ?? 0).line ?? 0) + 1;
    const where = found ? (found.matches.length > 0 ? t(msg("{0}, line {1}", relativePath(workspace.rootUri, found.articleUri), line)) : t(msg("not found in the article"))) : "";
    out.push(`> ${markFigures(claim)}${where ? `\n>\n> — ${md(where)}` : ""}`);
  }
  const reasoning = reasoningLines(workspace, uri, claim, t);
  if (reasoning) out.push(reasoning);
  if (claim.rank !== "normal") out.push(`${t(msg("Rank: {0}", `**${claim.rank}**`))}${claim.reason ? ` — ${md(claim.reason)}` : ""}`);
  const table = comparisonTable(workspace, uri, claim, t);
  if (table) out.push(table);
  return out.join("\n\n");
}

function sourceLine(source: SourceFacts, t: Translate): string {
  const f = source.fields;
  const parts = [f.outlet ? `**${md(f.outlet.value)}**` : `**${md(source.id)}**`];
  if (f.published) parts.push(md(f.published.value));
  if (f.title) parts.push(`*${md(f.title.value)}*`);
  if (f.author) parts.push(md(f.author.value));
  const link = f.url ? ` · [${t(msg("link"))}](${f.url.value})` : "";
  return `${parts.join(" · ")}${link} · ${t(msg("source {0}", `\`${source.id}\``))}`;
}

function sourceSummary(workspace: WorkspaceIndex, uri: string, source: SourceFacts, t: Translate): string {
  const claims = workspace.entry(uri)?.facts.claims.filter((c) => c.source === source).length ?? 0;
  const f = source.fields;
  const lines = [sourceLine(source, t)];
  if (f.text) lines.push(t(msg("Article: {0}", md(f.text.value))));
  const where = md(relativePath(workspace.rootUri, uri));
  lines.push(claims === 1 ? t(msg("1 claim · defined in {0}", where)) : t(msg("{0} claims · defined in {1}", claims, where)));
  return lines.join("\n\n");
}

/** The outlet, then each `via`, nearest first; an `@id/claim` via continues with that claim's own chain. */
function attributionChain(workspace: WorkspaceIndex, claim: ClaimFacts): string[] {
  const chain: string[] = [claim.source ? (claim.source.fields.outlet?.value ?? claim.source.id) : "?"];
  const seen = new Set<ClaimFacts>([claim]);
  let current: ClaimFacts | undefined = claim;
  while (current && chain.length < 10) {
    let next: ClaimFacts | undefined;
    for (const via of current.vias) {
      const id = sourceIdOfVia(via.value);
      if (id === undefined) {
        chain.push(via.value);
        continue;
      }
      const found = findSource(workspace, id);
      chain.push(found ? (found.source.fields.outlet?.value ?? id) : `@${id} (unknown)`);
      const claimId = via.value.split("/")[1];
      if (found && claimId) next = workspace.entry(found.uri)?.facts.claims.find((c) => c.source === found.source && c.claimIdValue === claimId);
    }
    current = next && !seen.has(next) ? next : undefined;
    if (current) seen.add(current);
  }
  // A claim's own `via` and the cited claim's may name the same origin: say it once.
  return chain.filter((link, i) => link !== chain[i - 1]);
}

/** The quoted passage with the figures that state the claimed value in bold. */
function markFigures(claim: ClaimFacts): string {
  const quote = claim.quote?.value ?? "";
  const figures = spotFigures(quote);
  let out = "";
  let pos = 0;
  for (const f of figures) {
    if (f.start < pos) continue;
    out += escape(quote.slice(pos, f.start)) + `**${escape(quote.slice(f.start, f.end))}**`;
    pos = f.end;
  }
  return out + escape(quote.slice(pos));
}

/** How another claim of the quantity stands towards this one, as the table says it. */
type Verdict = "this claim" | "agrees" | "contradicts" | "contradicts (same origin)" | "minor difference" | "other kind" | "—";

function comparisonTable(workspace: WorkspaceIndex, uri: string, claim: ClaimFacts, t: Translate): string | undefined {
  if (!claim.quantityKey) return undefined;
  const group = workspace.groupOf(claim);
  const members = group?.members ?? [];
  if (!group || members.length < 2) return undefined;
  const owner = problemsOwner(workspace);
  const gaps = owner.comparisons.of(group).gaps;
  const minorDifference = workspace.configuration.minorDifference;
  const mine = owner.origins.of(claim);
  const gapTo = (ref: ClaimRef): Gap | undefined => (claim.set && ref.claim.set ? gaps.get(setKey(claim.set))?.get(setKey(ref.claim.set)) : undefined);
  const verdictOf = (ref: ClaimRef): Verdict => {
    if (ref.claim === claim) return "this claim";
    if (!claim.set || !ref.claim.set) return "—";
    const c = compareSets(claim.set, ref.claim.set);
    if (c === "agree") return "agrees";
    if (c === "incompatible") return "other kind";
    if (isMinor(gapTo(ref), minorDifference)) return "minor difference";
    return sharedOrigins(mine, owner.origins.of(ref.claim)).length > 0 ? "contradicts (same origin)" : "contradicts";
  };
  const header = [t(msg("source")), t(msg("outlet")), t(msg("published")), t(msg("value")), "", t(msg("difference")), t(msg("origin"))];
  const rows = [`| ${header.join(" | ")} |`, "|---|---|---|---|---|---|---|"];
  let agree = 0;
  let contradict = 0;
  // This claim first, then those that agree, then those that disagree; by date within each.
  const order: Partial<Record<Verdict, number>> = { "this claim": 0, agrees: 1, contradicts: 2, "contradicts (same origin)": 2, "minor difference": 2 };
  const verdicts = new Map(members.map((ref) => [ref, verdictOf(ref)]));
  const rank = (ref: ClaimRef) => order[verdicts.get(ref) ?? "—"] ?? 3;
  const date = (ref: ClaimRef) => ref.claim.source?.published ?? "";
  const sorted = [...members].sort((a, b) => rank(a) - rank(b) || date(a).localeCompare(date(b)));
  const sameOrigin: string[] = [];
  let minor = false;
  for (const [i, ref] of sorted.entries()) {
    const verdict = verdicts.get(ref) ?? "—";
    if (verdict === "agrees") agree++;
    if (verdict === "contradicts" || verdict === "contradicts (same origin)") contradict++;
    if (verdict === "contradicts (same origin)") sameOrigin.push(...sharedOrigins(mine, owner.origins.of(ref.claim)).map(originLabel));
    if (verdict === "minor difference") minor = true;
    if (i >= MAX_ROWS) continue;
    const s = ref.claim.source;
    const ranked = ref.claim.rank !== "normal" ? ` (${ref.claim.rank})` : "";
    const gap = verdict === "this claim" || verdict === "agrees" ? undefined : gapTo(ref);
    const origin = owner.origins.of(ref.claim).map(originLabel).map(md).join(", ");
    rows.push(`| ${md(s?.id ?? "—")} | ${md(s?.outlet ?? "")} | ${md(s?.published ?? "")} | ${md(ref.claim.valueText ?? "?")}${ranked} | ${t(msg(verdict))} | ${gap ? md(t(gapMessage(gap))) : ""} | ${origin} |`);
  }
  const more = members.length > MAX_ROWS ? `\n\n${t(msg("…and {0} more claims", members.length - MAX_ROWS))}` : "";
  const out = [t(msg("**{0} claims about this quantity**: {1} agree, {2} contradict", members.length, agree, contradict)), originSummary(members, owner.origins, t)];
  const unique = [...new Set(sameOrigin)];
  if (unique.length > 0) out.push(t(msg("Claims that trace to one origin repeat one statement: when they disagree, as here with {0}, one of them misquotes it.", unique.map(md).join(", "))));
  if (minor) out.push(t(msg("Differences under {0} (`minorDifference`) are counted as rounding, not as contradictions.", percent(minorDifference))));
  return `${out.join("\n\n")}\n\n${rows.join("\n")}${more}`;
}

/** "4 sources, 2 independent origins: @bcij-statement-2024-06-06 (3 sources), @al-waha-2024-06-08". */
function originSummary(members: readonly ClaimRef[], origins: Origins, t: Translate): string {
  const sources = new Set(members.map((ref) => ref.claim.source?.id).filter((id) => id !== undefined));
  const byOrigin = new Map<string, { label: string; sources: Set<string> }>();
  for (const ref of members) {
    for (const o of origins.of(ref.claim)) {
      let entry = byOrigin.get(o.key);
      if (!entry) byOrigin.set(o.key, (entry = { label: originLabel(o), sources: new Set() }));
      if (ref.claim.source) entry.sources.add(ref.claim.source.id);
    }
  }
  const list = [...byOrigin.values()]
    .sort((a, b) => b.sources.size - a.sources.size || (a.label < b.label ? -1 : 1))
    .map((o) => (o.sources.size > 1 ? t(msg("{0} ({1})", md(o.label), msg("{0} sources", o.sources.size))) : md(o.label)));
  const sourceCount = sources.size === 1 ? msg("1 source") : msg("{0} sources", sources.size);
  const originCount = byOrigin.size === 1 ? msg("1 independent origin") : msg("{0} independent origins", byOrigin.size);
  return t(msg("{0}, {1}: {2}", sourceCount, originCount, list.join(", ")));
}

function findSource(workspace: WorkspaceIndex, id: string): { uri: string; source: SourceFacts } | undefined {
  for (const uri of workspace.sourceDefiners(id)) {
    const source = workspace.entry(uri)?.facts.sources.find((s) => s.id === id);
    if (source) return { uri, source };
  }
  return undefined;
}

/**
 * User text (names, titles, values) as Markdown: escaped, and isolated when it holds Arabic, so
 * that a line of mixed Arabic and Latin keeps its pieces in reading order.
 */
function md(text: string): string {
  return isolate(escape(text));
}

/** Escapes Markdown so that user text (quotes, names) shows as written, hidden bidi controls spelt out (`⟨U+202E⟩`). */
function escape(text: string): string {
  return visibleControls(text.replace(/[\\`*_{}[\]()#+\-!|<>~]/g, (ch) => `\\${ch}`).replace(/\n/g, " "));
}

/** Codes whose findings a claim's hover explains beside its provenance. */
const REASONING_CODES: ReadonlySet<string> = new Set(["as-of-decrease", "sum-mismatch", "sources-sum-mismatch", "subset-exceeds-total", "possible-contradiction"]);

/**
 * For a flow or a level: the window the claim counts and when the count was taken, in words, and
 * what the reasoning about windows found for it (the arithmetic of a total, the running count).
 */
function reasoningLines(workspace: WorkspaceIndex, uri: string, claim: ClaimFacts, t: Translate): string | undefined {
  const kind = workspace.kindOf(claim);
  const window = claim.time?.window;
  if ((kind !== "flow" && kind !== "level") || !window) return undefined;
  const time = countTime(workspace, claim);
  const span = isolate(describeWindow(window));
  const lines: string[] = [];
  if (kind === "level" || !time) lines.push(t(msg("A level over {0}", span)));
  else if (time.complete) lines.push(t(msg("A flow counted over {0}, to its end", span)));
  else if (time.asof) lines.push(t(time.datedBy ? msg("A flow counted over {0} so far: as of {1}, the date of {2}", span, time.asof.iso, `\`${time.datedBy}\``) : msg("A flow counted over {0} so far: as of {1}", span, time.asof.iso)));
  else lines.push(t(msg("A flow counted over {0} so far, as of a date nobody gives", span)));
  for (const problem of problemsOf(workspace, uri)) {
    if (REASONING_CODES.has(problem.code) && problem.start === claim.valueStart) lines.push(`⚠ ${md(problem.l10n ? t(problem.l10n) : problem.message)}`);
  }
  return lines.join("  \n");
}
