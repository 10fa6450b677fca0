#!/usr/bin/env node
// Entry point of the `fazhi` command: runs the TypeScript sources through tsx.
import { register } from "tsx/esm/api";

register();
const { main, escapeControls } = await import("../src/cli/main.ts");
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // never a stack trace at the edge
  process.stderr.write(
    `fazhi: 内部错误: ${escapeControls(error instanceof Error ? error.message : String(error))}\n`,
  );
  process.exitCode = 1;
}
