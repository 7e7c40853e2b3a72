/**
 * Hovers on declared names: on a metric (in a claim header, its `metric` block, an `alias:` or a
 * `part-of:`) what the declaration says of it — kind, unit, labels, aliases, what it is a part of
 * and what is a part of it — and how many claims use it under any of its names; on a declared
 * qualifier value (in its block, or in a claim that writes it or an alias) its aliases and uses.
 * Undeclared names get the claim's own hover, as before declarations existed.
 */
import { msg, type Message, type Translate } from "../messages";
import { foldedName, normaliseQualifierValue } from "../model/facts";
import type { MetricKind } from "../model/fieldSchemas";
import type { Span } from "../syntax/ast";
import type { Range } from "../text/lineIndex";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import { md } from "./markdown";
import { metricNamesOf } from "./references";
import { usage } from "./symbols";
import { targetAt } from "./target";

const KINDS: Record<MetricKind, Message> = {
  flow: msg("flow: counted over a time window, and windows add up"),
  level: msg("level: measured at a date, and nothing adds up"),
  attribute: msg("attribute: of one event or thing"),
};

/** The hover of a declared name at `offset`, or undefined when there is none there. */
export function declarationHoverAt(workspace: WorkspaceIndex, entry: ClaimsEntry, offset: number, t: Translate): { markdown: string; range: Range } | undefined {
  const range = (span: Span) => entry.lines.range(span.start, span.end);
  const target = targetAt(entry, offset);
  if (target?.kind === "metric") {
    const markdown = metricHover(workspace, target.folded, t);
    if (markdown) return { markdown, range: range(target.span) };
    return undefined;
  }
  if (target?.kind === "value") {
    const markdown = valueHover(workspace, target.key, target.normalised, t);
    return markdown ? { markdown, range: range(target.span) } : undefined;
  }
  // Elsewhere in a declaration: what it declares.
  for (const metric of entry.facts.metrics) {
    if (offset < metric.start || offset > metric.end) continue;
    const markdown = metricHover(workspace, metric.folded, t);
    return markdown ? { markdown, range: range(metric.header) } : undefined;
  }
  for (const block of entry.facts.qualifierBlocks) {
    if (offset < block.start || offset > block.end) continue;
    const markdown = valueHover(workspace, block.foldedKey, block.value.normalised, t);
    return markdown ? { markdown, range: range(block.header) } : undefined;
  }
  // A claim's qualifier value that is declared, or an alias of one.
  for (const claim of entry.facts.claims) {
    if (offset < claim.header.start || offset > claim.header.end) continue;
    for (const q of claim.node.qualifiers) {
      if (offset < q.value.start || offset > q.value.end || !q.key.text) continue;
      const key = foldedName(q.key.text);
      const value = normaliseQualifierValue(q.value.text, q.quoted);
      if (!workspace.declarations.isDeclaredValue(key, value)) return undefined;
      const markdown = valueHover(workspace, key, value, t);
      return markdown ? { markdown, range: range(q.value) } : undefined;
    }
  }
  return undefined;
}

/** What is declared of a metric, as Markdown, or undefined when no block declares it (nor a metric it is an alias of). */
export function metricHover(workspace: WorkspaceIndex, folded: string, t: Translate): string | undefined {
  const catalog = workspace.declarations;
  const canonical = catalog.resolveMetric(folded);
  const defs = catalog.metricDefinitions(canonical);
  const def = defs[0];
  if (!def) return undefined;
  const facts = def.facts;
  const out: string[] = [];
  const owner = catalog.aliasOwner(folded);
  const written = owner?.facts.aliases.find((a) => a.folded === folded)?.written;
  out.push(owner && written ? t(msg("**{0}**, an alias of **{1}**", md(written), md(facts.name.text))) : `**${md(facts.name.text)}**`);
  out.push(facts.kind ? t(KINDS[facts.kind]) : t(msg("no valid `kind:`: the reasoning about windows and totals leaves it out")));
  if (facts.unit) out.push(t(msg("Unit: {0}", md(facts.unit))));
  const labels = Object.entries(facts.labels).map(([language, label]) => `${language} «${md(label)}»`);
  if (labels.length > 0) out.push(t(msg("Labels: {0}", labels.join(" · "))));
  const declaration = workspace.metricDeclaration(canonical);
  if (declaration && declaration.aliases.length > 0) out.push(t(msg("Aliases: {0}", declaration.aliases.map(md).join(", "))));
  const whole = declaration?.partOf ? catalog.metricDefinitions(declaration.partOf)[0] : undefined;
  if (whole) out.push(t(msg("A part of {0}", `**${md(whole.facts.name.text)}**`)));
  const parts = catalog.partOfReferrers(canonical).filter((d) => catalog.counts(d) && workspace.metricDeclaration(d.facts.folded)?.partOf === canonical);
  for (const alias of declaration?.aliases ?? []) parts.push(...catalog.partOfReferrers(foldedName(alias)).filter((d) => catalog.counts(d) && workspace.metricDeclaration(d.facts.folded)?.partOf === canonical));
  if (parts.length > 0) out.push(t(msg("Its parts: {0}", [...new Set(parts.map((d) => md(d.facts.name.text)))].join(", "))));
  const files = new Set<string>();
  let claims = 0;
  for (const name of metricNamesOf(workspace, canonical)) {
    claims += workspace.vocabulary.metricUse(name)?.claims ?? 0;
    for (const uri of workspace.vocabulary.filesUsing(name)) files.add(uri);
  }
  const where = t(msg("declared in {0}", md(relativePath(workspace.rootUri, def.uri))));
  out.push(`${claims === 0 ? t(msg("no claim yet")) : t(usage(claims, files.size))} · ${where}`);
  if (defs.length > 1) out.push(t(msg("Declared {0} times: the first in path order counts", defs.length)));
  return out.join("\n\n");
}

/** What is declared of a qualifier value, as Markdown, or undefined when no block declares it. */
export function valueHover(workspace: WorkspaceIndex, key: string, normalised: string, t: Translate): string | undefined {
  const catalog = workspace.declarations;
  const canonical = catalog.resolveValue(key, normalised);
  const def = catalog.valueDefinitions(key, canonical)[0];
  if (!def) return undefined;
  const facts = def.facts;
  const out: string[] = [];
  const heading = `**${md(`${facts.key.text}: ${facts.value.written}`)}**`;
  const alias = normalised !== canonical ? facts.aliases.find((a) => a.normalised === normalised) : undefined;
  out.push(alias ? t(msg("**{0}**, an alias of {1}", md(alias.written), heading)) : heading);
  const aliases = facts.aliases.filter((a) => catalog.resolveValue(key, a.normalised) === canonical);
  if (aliases.length > 0) out.push(t(msg("Aliases: {0}", aliases.map((a) => md(a.written)).join(", "))));
  const files = new Set<string>();
  let claims = 0;
  for (const value of [canonical, ...aliases.map((a) => a.normalised)]) {
    claims += workspace.vocabulary.valueUse(key, value)?.claims ?? 0;
    for (const uri of workspace.vocabulary.filesUsingValue(key, value)) files.add(uri);
  }
  const where = t(msg("declared in {0}", md(relativePath(workspace.rootUri, def.uri))));
  out.push(`${claims === 0 ? t(msg("no claim yet")) : t(usage(claims, files.size))} · ${where}`);
  return out.join("\n\n");
}
