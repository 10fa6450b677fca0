export { decodeBytes, declaredCharset } from "./charset.ts";
export { type DecodedDocument, decodeDocument } from "./decode.ts";
export { describeError, InputError, type InputProblem } from "./errors.ts";
export type { PageHints } from "./html.ts";
export { DEFAULT_LIMITS, type Limits, resolveLimits } from "./limits.ts";
export { DOCUMENT_EXTENSIONS, expandInputs, readSource } from "./load.ts";
