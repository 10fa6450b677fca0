#!/usr/bin/env node
// Builds the web client (Vite) when a source changed since the last build, then writes a
// Brotli and a gzip copy beside each text asset so the server sends them without compressing
// per request. `--force` builds regardless; `--check` only answers whether a build is due.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;
const web = join(root, "web");
const dist = join(web, "dist");
const stamp = join(dist, ".built");

function newest(path, skip) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) if (!skip.has(name)) t = Math.max(t, newest(join(path, name), skip));
  return t;
}

function fresh() {
  try {
    const built = statSync(stamp).mtimeMs;
    // the client's sources, the server code it imports (types, labels, the indicator-system
    // schema and the catalogue it checks against) and the lock file it is built from
    const inputs = Math.max(
      newest(web, new Set(["dist", "node_modules"])),
      newest(join(root, "src/server"), new Set()),
      newest(join(root, "src/shared"), new Set()),
      newest(join(root, "src/assess"), new Set()),
      newest(join(root, "src/rules"), new Set()),
      statSync(join(root, "package-lock.json")).mtimeMs,
    );
    return built >= inputs;
  } catch {
    return false;
  }
}

// `--check`: only say whether a build is due (exit 0: up to date, 1: due), build nothing
if (process.argv.includes("--check")) process.exit(fresh() ? 0 : 1);
if (!process.argv.includes("--force") && fresh()) {
  process.stdout.write("网页客户端已是最新，跳过构建\n");
  process.exit(0);
}
const vite = spawnSync(
  process.execPath,
  [
    join(root, "node_modules/vite/bin/vite.js"),
    "build",
    "--config",
    "web/vite.config.ts",
    "--logLevel",
    "warn",
  ],
  { cwd: root, stdio: "inherit" },
);
if (vite.status !== 0) process.exit(vite.status ?? 1);

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/;
const compress = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) compress(path);
    else if (COMPRESSIBLE.test(name)) {
      const bytes = readFileSync(path);
      if (bytes.length < 1024) continue;
      writeFileSync(
        `${path}.br`,
        brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
      writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    }
  }
};
compress(dist);
writeFileSync(stamp, new Date().toISOString());
