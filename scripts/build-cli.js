#!/usr/bin/env node
// Compiles src/ to lib/ (plain JavaScript, same layout, so paths relative to a module stay
// true) and copies the files tsc does not emit (worker entries, rule data read at run time).
// bin/fazhi.js runs lib/ when it is newer than every source, else the sources through tsx.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const src = join(root, "src");
const lib = join(root, "lib");

rmSync(lib, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
  {
    cwd: root,
    stdio: "inherit",
  },
);
if (tsc.status !== 0) {
  process.stderr.write("build: TypeScript 编译失败\n");
  process.exit(tsc.status ?? 1);
}
const copy = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) copy(path);
    else if (!name.endsWith(".ts") && !name.endsWith(".md")) {
      const to = join(lib, relative(src, path));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(path, to);
    }
  }
};
copy(src);
// written last: bin/fazhi.js trusts lib/ only when this stamp is newer than every source
writeFileSync(join(lib, ".built"), new Date().toISOString());
