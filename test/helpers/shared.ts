// Where ../shared (seeds, gold, scorer) is: beside the repository in a plain clone, or where
// FAZHI_SHARED says (a git worktree sits elsewhere).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export const sharedDir = resolve(
  process.env.FAZHI_SHARED ?? new URL("../../../shared/", import.meta.url).pathname,
);
export const seedsDir = resolve(sharedDir, "seeds");

/** The seed documents by file name, or [] when ../shared is absent. */
export function readSeeds(): Array<[string, string]> {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir)
    .sort()
    .map((f) => [f, readFileSync(resolve(seedsDir, f), "utf8")]);
}
