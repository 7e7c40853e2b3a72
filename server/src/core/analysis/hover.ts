/**
 * Provenance on hover: who says the figure (outlet, date, title), through whom (the attribution
 * chain), the passage that states it with the figure marked, and every source's value for the
 * same quantity, agreeing or not. Returns Markdown and the range it is about.
 */
import type { ClaimFacts, SourceFacts } from "../model/facts";
import { compareSets } from "../model/valueSet";
import { isolate } from "../text/bidi";
import { spotFigures } from "../text/figures";
import type { Range } from "../text/lineIndex";
import { quoteMatches } from "../checks/quoteChecks";
import { relativePath } from "../workspace/paths";
import { sourceIdOfVia, type ClaimRef, type Workspace } from "../workspace/workspace";
import { locate } from "./locate";

export interface HoverResult {
  readonly markdown: string;
  readonly range: Range;
}

/** Rows of the comparison table past this are counted, not listed. */
const MAX_ROWS = 25;

export function hoverAt(workspace: Workspace, uri: string, offset: number): HoverResult | undefined {
  const entry = workspace.entry(uri);
  if (!entry) return undefined;
  const at = locate(entry, offset);
  if (!at) return undefined;
  if (at.kind === "via") {
    const source = findSource(workspace, at.sourceId);
    const markdown = source ? sourceSummary(workspace, source.uri, source.source) : `No source \`${at.sourceId}\` in the workspace.`;
    return { markdown, range: entry.lines.range(at.field.valueSpan.start, at.field.valueSpan.end) };
  }
  if (at.kind === "source") {
    return { markdown: sourceSummary(workspace, uri, at.source), range: entry.lines.range(at.source.node.header.start, at.source.node.header.end) };
  }
  const claim = at.claim;
  return { markdown: claimHover(workspace, uri, claim), range: entry.lines.range(claim.node.header.start, claim.node.header.end) };
}

/** The provenance of one claim as Markdown: also what hovering its figure in the article shows. */
export function claimHover(workspace: Workspace, uri: string, claim: ClaimFacts): string {
  const entry = workspace.entry(uri);
  const out: string[] = [];
  const qualifiers = claim.node.qualifiers.map((q) => `${q.key.text}: ${q.value.text}`).join(", ");
  out.push(`**${md(claim.node.metric.text)}**${qualifiers ? ` {${md(qualifiers)}}` : ""} = **${md(claim.node.value?.text ?? "?")}**`);
  if (claim.source) out.push(sourceLine(claim.source));
  const chain = attributionChain(workspace, claim);
  if (chain.length > 1) out.push(`Attribution: ${chain.map(md).join(" ← ")}`);
  if (claim.quote && entry) {
    const found = quoteMatches(workspace, entry, claim);
    const where = found ? (found.matches.length > 0 ? `${relativePath(workspace.rootUri, found.articleUri)}, line ${(workspace.article(found.articleUri)?.lines.position(found.matches[0]?.start ?? 0).line ?? 0) + 1}` : "not found in the article") : "";
    out.push(`> ${markFigures(claim)}${where ? `\n>\n> — ${md(where)}` : ""}`);
  }
  if (claim.rank !== "normal") out.push(`Rank: **${claim.rank}**${claim.reason ? ` — ${md(claim.reason)}` : ""}`);
  const table = comparisonTable(workspace, uri, claim);
  if (table) out.push(table);
  return out.join("\n\n");
}

function sourceLine(source: SourceFacts): string {
  const f = source.fields;
  const parts = [f.outlet ? `**${md(f.outlet.value)}**` : `**${md(source.id)}**`];
  if (f.published) parts.push(md(f.published.value));
  if (f.title) parts.push(`*${md(f.title.value)}*`);
  if (f.author) parts.push(md(f.author.value));
  const link = f.url ? ` · [link](${f.url.value})` : "";
  return `${parts.join(" · ")}${link} · source \`${source.id}\``;
}

function sourceSummary(workspace: Workspace, uri: string, source: SourceFacts): string {
  const claims = workspace.entry(uri)?.facts.claims.filter((c) => c.source === source).length ?? 0;
  const f = source.fields;
  const lines = [sourceLine(source)];
  if (f.text) lines.push(`Article: ${md(f.text.value)}`);
  lines.push(`${claims} claim${claims === 1 ? "" : "s"} · defined in ${md(relativePath(workspace.rootUri, uri))}`);
  return lines.join("\n\n");
}

/** The outlet, then each `via`, nearest first; an `@id/claim` via continues with that claim's own chain. */
function attributionChain(workspace: Workspace, claim: ClaimFacts): string[] {
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
      if (found && claimId) next = workspace.entry(found.uri)?.facts.claims.find((c) => c.source === found.source && c.claimId?.value === claimId);
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

function comparisonTable(workspace: Workspace, uri: string, claim: ClaimFacts): string | undefined {
  if (!claim.quantityKey) return undefined;
  const members = workspace.claimsAbout(claim.quantityKey);
  if (members.length < 2) return undefined;
  const rows = ["| source | outlet | published | value | |", "|---|---|---|---|---|"];
  let agree = 0;
  let contradict = 0;
  // This claim first, then those that agree, then those that contradict; by date within each.
  const order: Record<string, number> = { "this claim": 0, agrees: 1, contradicts: 2 };
  const rank = (ref: ClaimRef) => order[verdictOf(claim, ref)] ?? 3;
  const date = (ref: ClaimRef) => ref.claim.source?.fields.published?.value ?? "";
  const sorted = [...members].sort((a, b) => rank(a) - rank(b) || date(a).localeCompare(date(b)));
  for (const [i, ref] of sorted.entries()) {
    const verdict = verdictOf(claim, ref);
    if (verdict === "agrees") agree++;
    if (verdict === "contradicts") contradict++;
    if (i >= MAX_ROWS) continue;
    const s = ref.claim.source;
    const self = ref.claim === claim && ref.uri === uri;
    const ranked = ref.claim.rank !== "normal" ? ` (${ref.claim.rank})` : "";
    rows.push(`| ${md(s?.id ?? "—")} | ${md(s?.fields.outlet?.value ?? "")} | ${md(s?.fields.published?.value ?? "")} | ${md(ref.claim.node.value?.text ?? "?")}${ranked} | ${self ? "this claim" : verdict} |`);
  }
  const more = members.length > MAX_ROWS ? `\n\n…and ${members.length - MAX_ROWS} more claims` : "";
  return `**${members.length} claims about this quantity**: ${agree} agree, ${contradict} contradict\n\n${rows.join("\n")}${more}`;
}

function verdictOf(claim: ClaimFacts, other: ClaimRef): string {
  if (other.claim === claim) return "this claim";
  if (!claim.set || !other.claim.set) return "—";
  const c = compareSets(claim.set, other.claim.set);
  return c === "agree" ? "agrees" : c === "contradict" ? "contradicts" : "other kind";
}

function findSource(workspace: Workspace, id: string): { uri: string; source: SourceFacts } | undefined {
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

/** Escapes Markdown so that user text (quotes, names) shows as written. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!|<>~]/g, (ch) => `\\${ch}`).replace(/\n/g, " ");
}
