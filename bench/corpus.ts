// The benches' corpus: BENCH_CORPUS (a folder of .txt documents), else the seeds in ../shared
// beside the repository (or FAZHI_SHARED). A missing corpus stops the bench with a message:
// never a silent stand-in.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { seedsDir } from "../test/helpers/shared.ts";

export { variant } from "../test/helpers/variant.ts";

export const corpusDir = resolve(process.env.BENCH_CORPUS ?? seedsDir);

/** The corpus's .txt documents (file name and bytes), in name order; exits when there are none. */
export function readCorpus(): Array<{ name: string; bytes: Buffer }> {
  const files = existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
    : [];
  if (files.length === 0) {
    console.error(
      `bench: no corpus — ${corpusDir} ${existsSync(corpusDir) ? "holds no .txt documents" : "does not exist"}. ` +
        "Put the seeds at ../shared/seeds beside the repository or set BENCH_CORPUS to a folder of .txt documents.",
    );
    process.exit(2);
  }
  return files.map((name) => ({ name, bytes: readFileSync(resolve(corpusDir, name)) }));
}
