/** Every language feature the server offers. Add a feature here and nowhere else in the server. */
import { definitionFeature } from "./definition";
import type { Feature } from "./feature";
import { hoverFeature } from "./hover";
import { codeLensFeature } from "./codeLens";
import { inlayHintsFeature } from "./inlayHints";
import { workspaceRequestsFeature } from "./workspaceRequests";
import { completionFeature } from "./completion";
import { documentSymbolsFeature } from "./documentSymbols";
import { workspaceSymbolsFeature } from "./workspaceSymbols";
import { referencesFeature } from "./references";
import { renameFeature } from "./rename";
import { foldingFeature } from "./folding";
import { semanticTokensFeature } from "./semanticTokens";
import { formattingFeature } from "./formatting";
import { codeActionsFeature } from "./codeActions";
import { commandsFeature } from "./commands";

export const FEATURES: readonly Feature[] = [hoverFeature, definitionFeature, codeLensFeature, inlayHintsFeature, workspaceRequestsFeature, completionFeature, documentSymbolsFeature, workspaceSymbolsFeature, referencesFeature, renameFeature, foldingFeature, semanticTokensFeature, formattingFeature, codeActionsFeature, commandsFeature];
