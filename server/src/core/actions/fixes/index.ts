/** Every quick fix, by the check codes it answers. Add a fix here and nowhere else. */
import { contradictionFix } from "./contradiction";
import type { Fix } from "./fix";
import { figureNotInQuoteFix } from "./figureNotInQuote";
import { quoteNotFoundFix } from "./quoteNotFound";
import { similarMetricFix } from "./similarMetric";
import { similarQualifierFix } from "./similarQualifier";
import { unknownFieldFix } from "./unknownField";
import { unknownSourceFix } from "./unknownSource";
import { unsourcedClaimFix } from "./unsourcedClaim";
import { undatedSourceFix } from "./undatedSource";

export const FIXES: readonly Fix[] = [unknownFieldFix, unknownSourceFix, unsourcedClaimFix, figureNotInQuoteFix, quoteNotFoundFix, contradictionFix, similarMetricFix, undatedSourceFix, similarQualifierFix];
