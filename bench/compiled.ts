// Benches measure what the `fazhi` command runs: the compiled build (lib/, `npm run build`) when
// it is newer than every source file — as bin/fazhi.js decides — else the sources through tsx.
import { readdirSync, statSync } from "node:fs";

const root = new URL("..", import.meta.url);

function newest(dir: URL): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(`${entry.name}${entry.isDirectory() ? "/" : ""}`, dir);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

/** Whether lib/ was built from the sources as they are. */
export function compiledIsFresh(): boolean {
  try {
    return statSync(new URL("lib/.built", root)).mtimeMs >= newest(new URL("src/", root));
  } catch {
    return false;
  }
}

/** Imports a module of the program by its path under src/ without extension: from lib/ when fresh. */
export function programModule<T>(path: string): Promise<T> {
  return import(compiledIsFresh() ? `../lib/${path}.js` : `../src/${path}.ts`) as Promise<T>;
}
