/** Every language feature the server offers. Add a feature here and nowhere else in the server. */
import { definitionFeature } from "./definition";
import type { Feature } from "./feature";
import { hoverFeature } from "./hover";

export const FEATURES: readonly Feature[] = [hoverFeature, definitionFeature];
