// The engine's identity, recorded in every analysis record so that stored records can be
// re-analysed when the engine changes.
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

export const ENGINE = Object.freeze({ name: "fazhi", version: pkg.version });
