#!/usr/bin/env node
// Entry point of the `fazhi` command: the compiled build (lib/, made by `npm run build` and on
// install) when it is newer than every source file, else the TypeScript sources through tsx.
import { readdirSync, statSync } from "node:fs";

const root = new URL("..", import.meta.url).pathname;

// a reader that stops early (fazhi plan … | head) closes the pipe: the command ends there, quietly
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function compiledIsFresh() {
  try {
    return statSync(`${root}lib/.built`).mtimeMs >= newestSource(`${root}src`);
  } catch {
    return false;
  }
}

let cli;
if (process.env.FAZHI_FROM_SOURCE !== "1" && compiledIsFresh()) cli = await import("../lib/cli/main.js");
else {
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import("../src/cli/main.ts");
}
const { main, fatalLine } = cli;
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // never a stack trace at the edge
  process.stderr.write(`${fatalLine(error)}\n`);
  process.exitCode = 1;
}
