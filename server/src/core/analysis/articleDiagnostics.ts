/**
 * Diagnostics in the article text itself: a claim's contradiction, settled dispute, value of
 * another kind or figure missing from its quote is shown again in the article it quotes, on the
 * figure in the quoted passage (a warning on «13» when another source says 9), with the claim
 * and the conflicting claims as related information. Only the editor shows these: `isnad check`
 * reports claims files.
 */
import { problemsOf as problemsOfFile } from "./problems";
import { CHECKS, type CheckCode } from "../checks/codes";
import { severityOf } from "../config";
import { english, msg, said, type Translate } from "../messages";
import { spotFigures } from "../text/figures";
import type { Problem } from "../model/problem";
import { isolate } from "../text/bidi";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { byPosition, capped, diagnosticFrom, type Diagnostic } from "./diagnostics";
import { claimsQuoting, type QuotedPlace, type Span } from "./quotedClaims";
import { append } from "../memory/append";

/** The checks shown in the article too: those about the figure a quote states. */
export const ARTICLE_CODES: ReadonlySet<CheckCode> = new Set<CheckCode>(["contradiction", "same-origin-contradiction", "minor-difference", "settled-contradiction", "incompatible-values", "figure-not-in-quote", "hidden-bidi-control", "mixed-script"]);

/** Checks shown in the article only when they are about the article's own text, at the place they name there. */
const ABOUT_THE_ARTICLE: ReadonlySet<CheckCode> = new Set<CheckCode>(["hidden-bidi-control", "mixed-script"]);

/** The diagnostics of an article, in document order; none for a file that is no article. */
export function articleDiagnosticsOf(workspace: WorkspaceIndex, articleUri: string, translate: Translate = english): Diagnostic[] {
  const article = workspace.article(articleUri);
  if (!article) return [];
  const problemsOf = new Map<string, Problem[]>();
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const { claimsUri, claim, places } of claimsQuoting(workspace, articleUri)) {
    const entry = workspace.entry(claimsUri);
    if (!entry) continue;
    let problems = problemsOf.get(claimsUri);
    if (!problems) problemsOf.set(claimsUri, (problems = problemsOfFile(workspace, claimsUri).filter((p) => ARTICLE_CODES.has(p.code)).sort((a, b) => a.start - b.start)));
    const own = within(problems, claim.start, claim.end).filter((p) => !ABOUT_THE_ARTICLE.has(p.code) || p.data?.["articleUri"] === articleUri);
    if (own.length === 0) continue;
    const header = entry.text.slice(claim.header.start, claim.header.end).trim();
    const quotedBy = {
      uri: claimsUri,
      range: entry.lines.range(claim.header.start, claim.header.end),
      message: translate(claim.source ? msg("quoted by {0} ({1})", isolate(header), isolate(claim.source.id)) : msg("quoted by {0}", isolate(header))),
    };
    for (const place of places) {
      for (const problem of own) {
        const named = ABOUT_THE_ARTICLE.has(problem.code) ? problem.related?.[0] : undefined;
        if (named && (named.start < place.start - 2 || named.end > place.end + 2)) continue;
        const at = named ?? spanOf(problem.code, place);
        const diagnostic = diagnosticFrom(workspace, problem, articleUri, article.lines.range(at.start, at.end), translate);
        if (!diagnostic) continue;
        // Two claims quoting one passage with the same problem would show it twice.
        const key = `${at.start}:${at.end}:${diagnostic.code}:${diagnostic.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ ...diagnostic, related: [quotedBy, ...diagnostic.related], data: { ...diagnostic.data, claimsUri, claimOffset: claim.header.start } });
      }
    }
  }
  append(out, uncoveredFigures(workspace, articleUri, translate));
  return capped(workspace, articleUri, out.sort(byPosition), translate);
}

/** The problems of `sorted` (by start) that lie within `[start, end]`: found by halving, not by reading every problem per claim. */
function within(sorted: readonly Problem[], start: number, end: number): Problem[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Problem[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const p = sorted[i];
    if (!p || p.start > end) break;
    if (p.end <= end) out.push(p);
  }
  return out;
}

/**
 * `uncovered-figure` (off by default): the figures of the article that no claim's quote covers,
 * so that a journalist annotating an article sees what is left to claim.
 */
function uncoveredFigures(workspace: WorkspaceIndex, articleUri: string, translate: Translate): Diagnostic[] {
  const article = workspace.article(articleUri);
  if (!article || !severityOf(workspace.configuration, "uncovered-figure", CHECKS["uncovered-figure"])) return [];
  const covered = claimsQuoting(workspace, articleUri).flatMap((q) => q.places);
  const published = publicationDate(workspace, articleUri);
  const out: Diagnostic[] = [];
  for (const figure of spotFigures(article.text, published ? { published } : {})) {
    // An implicit one («مدة سنة», «un mort») serves the quote check only: it is no figure left to claim.
    if (figure.implicit) continue;
    if (covered.some((place) => figure.start >= place.start && figure.end <= place.end)) continue;
    const problem: Problem = { code: "uncovered-figure", start: figure.start, end: figure.end, ...said("no claim covers this figure: {0}", isolate(figure.text)), data: { figure: figure.text } };
    const diagnostic = diagnosticFrom(workspace, problem, articleUri, article.lines.range(figure.start, figure.end), translate);
    if (diagnostic) out.push(diagnostic);
  }
  return out;
}

/** The `published:` date of a source whose `text:` names the article, to resolve its relative dates. */
function publicationDate(workspace: WorkspaceIndex, articleUri: string): string | undefined {
  for (const claimsUri of workspace.claimsNaming(articleUri)) {
    const entry = workspace.entry(claimsUri);
    for (const source of entry?.facts.sources ?? []) {
      const link = entry?.links.get(source.index);
      if (link?.kind === "inside" && link.uri === articleUri && source.published !== undefined) return source.published;
    }
  }
  return undefined;
}

/**
 * Where in the quoted passage a problem shows: on the figure that states the claimed value; for
 * a figure missing from the quote, on the figures it does state; on the whole passage when there
 * is no such figure.
 */
function spanOf(code: CheckCode, place: QuotedPlace): Span {
  const figures = code === "figure-not-in-quote" ? place.read : place.stating;
  const first = figures[0];
  const last = figures[figures.length - 1];
  if (!first || !last) return place;
  return code === "figure-not-in-quote" ? { start: first.start, end: last.end } : first;
}
