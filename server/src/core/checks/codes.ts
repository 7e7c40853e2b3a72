/**
 * The stable names of every check and their default severities. Settings, saved exceptions and
 * users' scripts refer to these names: never rename one (docs/checks.md lists them).
 */

export type Severity = "error" | "warning" | "information" | "hint";

export const CHECKS = {
  "syntax-error": "error",
  encoding: "error",
  "unreadable-file": "error",
  "file-too-large": "error",
  "too-many-problems": "warning",
  "unknown-source": "error",
  "duplicate-id": "error",
  "no-source": "error",
  "unknown-field": "error",
  "invalid-field": "error",
  "outside-root": "error",
  "invalid-metric": "error",
  "duplicate-metric": "error",
  "missing-text": "warning",
  "undated-source": "warning",
  "quote-not-found": "warning",
  "figure-not-in-quote": "warning",
  "incompatible-values": "warning",
  contradiction: "warning",
  "same-origin-contradiction": "warning",
  "as-of-decrease": "warning",
  "sum-mismatch": "warning",
  "subset-exceeds-total": "warning",
  "hidden-bidi-control": "warning",
  "mixed-script": "warning",
  "ambiguous-quote": "information",
  "settled-contradiction": "information",
  "minor-difference": "information",
  "sources-sum-mismatch": "information",
  "similar-metric": "hint",
  "similar-qualifier": "hint",
  "unsourced-claim": "information",
  "uncovered-figure": "hint",
  "possible-contradiction": "hint",
} as const satisfies Record<string, Severity>;

export type CheckCode = keyof typeof CHECKS;

export const CHECK_CODES = Object.keys(CHECKS) as CheckCode[];

/** Checks that say nothing until a setting gives them a severity: most figures of an article are claimed by no one. */
export const OFF_BY_DEFAULT: ReadonlySet<CheckCode> = new Set<CheckCode>(["uncovered-figure", "possible-contradiction"]);

/** Where every diagnostic says it comes from. */
export const DIAGNOSTIC_SOURCE = "isnad";
