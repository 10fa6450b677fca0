export { foldWidth, type Normalized, normalizeText } from "./normalize.ts";
export { detectScript, simplify } from "./script.ts";
