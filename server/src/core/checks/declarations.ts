/**
 * `duplicate-metric` and `invalid-metric` across files: a metric (or a qualifier value) is
 * declared once in the workspace, an alias stands for one declaration, and `part-of` leads to a
 * declared metric of the same kind without coming back. Each mistake is reported where it is
 * written, pointing to the declarations it clashes with; those a file makes alone (no kind, an
 * alias of the name itself) come with the file's facts (model/declarations.ts).
 */
import { said } from "../messages";
import type { MetricFacts, QualifierFacts } from "../model/declarations";
import type { Problem, RelatedPlace } from "../model/problem";
import type { Span } from "../syntax/ast";
import { isolate } from "../text/bidi";
import { relativePath } from "../workspace/paths";
import type { ClaimsEntry, MetricDefinition, QualifierDefinition, WorkspaceIndex } from "../workspace/workspaceIndex";
import type { CheckContext } from "./context";
import { append } from "../memory/append";

export function declarationProblems({ workspace }: CheckContext, entry: ClaimsEntry): Problem[] {
  const { metrics, qualifierBlocks } = entry.facts;
  if (metrics.length === 0 && qualifierBlocks.length === 0) return [];
  const problems: Problem[] = [];
  for (const metric of metrics) append(problems, metricProblems(workspace, entry.uri, metric));
  for (const block of qualifierBlocks) append(problems, qualifierProblems(workspace, entry.uri, block));
  return problems;
}

function metricProblems(workspace: WorkspaceIndex, uri: string, metric: MetricFacts): Problem[] {
  const catalog = workspace.declarations;
  const defs = catalog.metricDefinitions(metric.folded);
  const own = defs.find((d) => d.uri === uri && d.facts === metric);
  if (!own) return [];
  const problems: Problem[] = [];
  const name = isolate(metric.name.text);
  if (defs.length > 1) {
    const others = defs.filter((d) => d !== own);
    const elsewhere = [...new Set(others.filter((d) => d.uri !== uri).map((d) => relativePath(workspace.rootUri, d.uri)))];
    problems.push({
      code: "duplicate-metric",
      start: metric.name.start,
      end: metric.name.end,
      ...(elsewhere.length > 0
        ? said("the metric `{0}` is also declared in {1}: a metric is declared once, and the first declaration in path order counts", name, elsewhere.join(", "))
        : said("the metric `{0}` is declared twice in this file: a metric is declared once, and the first declaration counts", name)),
      related: others.map((d) => metricPlace(d, d.facts.name)),
    });
  }
  // A block that does not count says nothing more: its aliases and part-of are ignored.
  if (!catalog.counts(own)) return problems;
  for (const alias of metric.aliases) {
    const declared = catalog.metricDefinitions(alias.folded);
    if (declared.length > 0) {
      problems.push({
        code: "invalid-metric",
        start: alias.start,
        end: alias.end,
        ...said("`{0}` is declared as a metric of its own: an alias is a name no `metric` block declares", isolate(alias.written)),
        related: declared.map((d) => metricPlace(d, d.facts.name)),
      });
      continue;
    }
    const rivals = catalog.aliasDefinitions(alias.folded).filter((d) => d.facts.folded !== metric.folded && catalog.counts(d));
    if (rivals.length > 0) {
      const owner = catalog.aliasOwner(alias.folded);
      problems.push({
        code: "duplicate-metric",
        start: alias.start,
        end: alias.end,
        ...said("the alias `{0}` is also claimed by {1}: an alias stands for one metric{2}", isolate(alias.written), rivals.map((d) => `\`${isolate(d.facts.name.text)}\``).join(", "), owner && owner !== own ? said("; it stands for `{0}`, declared first", isolate(owner.facts.name.text)).l10n : ""),
        related: rivals.flatMap((d) => d.facts.aliases.filter((a) => a.folded === alias.folded).map((a) => metricPlace(d, a))),
      });
    }
  }
  const partOf = metric.partOf;
  const step = catalog.partOfTarget(own);
  if (partOf && step?.problem === "undeclared") {
    problems.push({ code: "invalid-metric", start: partOf.start, end: partOf.end, ...said("`{0}` is not a declared metric: `part-of` names a metric that has a `metric` block", isolate(partOf.written)) });
  } else if (partOf && step?.problem === "kind") {
    const whole = catalog.metricDefinitions(step.target)[0];
    problems.push({
      code: "invalid-metric",
      start: partOf.start,
      end: partOf.end,
      ...said("`{0}` is a {1} and `{2}` a {3}: a part and its whole are counted alike", name, metric.kind ?? "", isolate(partOf.written), whole?.facts.kind ?? ""),
      ...(whole ? { related: [metricPlace(whole, whole.facts.name)] } : {}),
    });
  } else if (partOf && catalog.inCycle(own)) {
    const chain = catalog.partOfChain(own);
    const members = chain.map((n) => catalog.metricDefinitions(n)[0]).filter((d): d is MetricDefinition => d !== undefined);
    const names = [...members.map((d) => d.facts.name.text), metric.name.text].map(isolate).join(" → ");
    problems.push({
      code: "invalid-metric",
      start: partOf.start,
      end: partOf.end,
      ...said("`part-of` goes round in a circle: {0}; no metric is a part of itself", names),
      related: members.filter((d) => d !== own && d.facts.partOf).map((d) => metricPlace(d, d.facts.partOf as Span)),
    });
  }
  return problems;
}

function qualifierProblems(workspace: WorkspaceIndex, uri: string, block: QualifierFacts): Problem[] {
  const catalog = workspace.declarations;
  const defs = catalog.valueDefinitions(block.foldedKey, block.value.normalised);
  const own = defs.find((d) => d.uri === uri && d.facts === block);
  if (!own) return [];
  const problems: Problem[] = [];
  const value = isolate(`${block.key.text}: ${block.value.written}`);
  if (defs.length > 1) {
    const others = defs.filter((d) => d !== own);
    const elsewhere = [...new Set(others.filter((d) => d.uri !== uri).map((d) => relativePath(workspace.rootUri, d.uri)))];
    problems.push({
      code: "duplicate-metric",
      start: block.value.start,
      end: block.value.end,
      ...(elsewhere.length > 0
        ? said("the qualifier value `{0}` is also declared in {1}: a value is declared once, and the first declaration in path order counts", value, elsewhere.join(", "))
        : said("the qualifier value `{0}` is declared twice in this file: a value is declared once, and the first declaration counts", value)),
      related: others.map((d) => valuePlace(d, d.facts.value)),
    });
  }
  if (defs[0] !== own) return problems;
  for (const alias of block.aliases) {
    const declared = catalog.valueDefinitions(block.foldedKey, alias.normalised);
    if (declared.length > 0) {
      problems.push({
        code: "invalid-metric",
        start: alias.start,
        end: alias.end,
        ...said("`{0}` has a `qualifier` block of its own: an alias is a value no `qualifier` block declares", isolate(alias.written)),
        related: declared.map((d) => valuePlace(d, d.facts.value)),
      });
      continue;
    }
    const rivals = catalog
      .valueAliasDefinitions(block.foldedKey, alias.normalised)
      .filter((d) => d.facts.value.normalised !== block.value.normalised && catalog.valueDefinitions(d.facts.foldedKey, d.facts.value.normalised)[0] === d);
    if (rivals.length > 0) {
      problems.push({
        code: "duplicate-metric",
        start: alias.start,
        end: alias.end,
        ...said("the alias `{0}` is also claimed by {1}: an alias stands for one value", isolate(alias.written), rivals.map((d) => `\`${isolate(d.facts.value.written)}\``).join(", ")),
        related: rivals.flatMap((d) => d.facts.aliases.filter((a) => a.normalised === alias.normalised).map((a) => valuePlace(d, a))),
      });
    }
  }
  return problems;
}

function metricPlace(def: MetricDefinition, span: Span): RelatedPlace {
  return { uri: def.uri, start: span.start, end: span.end, ...said("metric `{0}` declared here", isolate(def.facts.name.text)) };
}

function valuePlace(def: QualifierDefinition, span: Span): RelatedPlace {
  return { uri: def.uri, start: span.start, end: span.end, ...said("qualifier value `{0}` declared here", isolate(`${def.facts.key.text}: ${def.facts.value.written}`)) };
}
