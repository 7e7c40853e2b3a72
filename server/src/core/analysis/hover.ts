/**
 * Provenance on hover: who says the figure (outlet, date, title), through whom (the attribution
 * chain), the passage that states it with the figure marked, and every source's value for the
 * same quantity, agreeing or not. Returns Markdown and the range it is about.
 */
import type { ClaimFacts, SourceFacts } from "../model/facts";
import { compareSets } from "../model/valueSet";
import { spotFigures } from "../text/figures";
import type { Range } from "../text/lineIndex";
import { problemsOwner } from "./problems";
import { relativePath } from "../workspace/paths";
import { sourceIdOfVia, type ClaimRef, type WorkspaceIndex } from "../workspace/workspaceIndex";
import { english, msg, type Translate } from "../messages";
import { locate } from "./locate";
import { escape, md } from "./markdown";
import { declarationHoverAt } from "./declarationHover";

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
  const declared = declarationHoverAt(workspace, entry, offset, t);
  if (declared) return declared;
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
  if (claim.quote && entry) {
    const found = problemsOwner(workspace).quotes.matches(entry, claim);
    const line = (workspace.article(found?.articleUri ?? "")?.lines.position(found?.matches[0]?.start ?? 0).line ?? 0) + 1;
    const where = found ? (found.matches.length > 0 ? t(msg("{0}, line {1}", relativePath(workspace.rootUri, found.articleUri), line)) : t(msg("not found in the article"))) : "";
    out.push(`> ${markFigures(claim)}${where ? `\n>\n> — ${md(where)}` : ""}`);
  }
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

function comparisonTable(workspace: WorkspaceIndex, uri: string, claim: ClaimFacts, t: Translate): string | undefined {
  if (!claim.quantityKey) return undefined;
  const members = workspace.claimsAbout(claim.quantityKey);
  if (members.length < 2) return undefined;
  const header = [msg("source"), msg("outlet"), msg("published"), msg("value")].map(t);
  const rows = [`| ${header.join(" | ")} | |`, "|---|---|---|---|---|"];
  let agree = 0;
  let contradict = 0;
  // This claim first, then those that agree, then those that contradict; by date within each.
  const order: Record<string, number> = { "this claim": 0, agrees: 1, contradicts: 2 };
  const rank = (ref: ClaimRef) => order[verdictOf(claim, ref)] ?? 3;
  const date = (ref: ClaimRef) => ref.claim.source?.published ?? "";
  const sorted = [...members].sort((a, b) => rank(a) - rank(b) || date(a).localeCompare(date(b)));
  for (const [i, ref] of sorted.entries()) {
    const verdict = verdictOf(claim, ref);
    if (verdict === "agrees") agree++;
    if (verdict === "contradicts") contradict++;
    if (i >= MAX_ROWS) continue;
    const s = ref.claim.source;
    const self = ref.claim === claim && ref.uri === uri;
    const ranked = ref.claim.rank !== "normal" ? ` (${ref.claim.rank})` : "";
    rows.push(`| ${md(s?.id ?? "—")} | ${md(s?.outlet ?? "")} | ${md(s?.published ?? "")} | ${md(ref.claim.valueText ?? "?")}${ranked} | ${t(msg(self ? "this claim" : verdict))} |`);
  }
  const more = members.length > MAX_ROWS ? `\n\n${t(msg("…and {0} more claims", members.length - MAX_ROWS))}` : "";
  return `${t(msg("**{0} claims about this quantity**: {1} agree, {2} contradict", members.length, agree, contradict))}\n\n${rows.join("\n")}${more}`;
}

function verdictOf(claim: ClaimFacts, other: ClaimRef): string {
  if (other.claim === claim) return "this claim";
  if (!claim.set || !other.claim.set) return "—";
  const c = compareSets(claim.set, other.claim.set);
  return c === "agree" ? "agrees" : c === "contradict" ? "contradicts" : "other kind";
}

function findSource(workspace: WorkspaceIndex, id: string): { uri: string; source: SourceFacts } | undefined {
  for (const uri of workspace.sourceDefiners(id)) {
    const source = workspace.entry(uri)?.facts.sources.find((s) => s.id === id);
    if (source) return { uri, source };
  }
  return undefined;
}
