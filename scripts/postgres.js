// A throwaway PostgreSQL cluster for the tests: initdb in a temporary directory, a server
// on 127.0.0.1 only, removed when the tests end. Uses Debian's binaries when present.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function binDir() {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], "bin") : null;
}

export function startPostgres(port = 50000 + (process.pid % 10000)) {
  const bin = binDir();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), "fazhi-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => {
    if (asRoot) {
      const line = [join(bin, cmd), ...args].map((a) => `'${a}'`).join(" ");
      return spawnSync("su", ["postgres", "-s", "/bin/sh", "-c", line], { encoding: "utf8" });
    }
    return spawnSync(join(bin, cmd), args, { encoding: "utf8" });
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, "data");
  const init = run("initdb", ["-D", data, "-A", "trust", "-U", "postgres"]);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const start = run("pg_ctl", [
    "-D",
    data,
    "-l",
    join(dir, "server.log"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
    "-w",
    "start",
  ]);
  if (start.status !== 0) throw new Error(`PostgreSQL did not start: ${start.stderr}`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** CPU seconds the server's processes have used so far (those still running and those ended) */
    cpuSeconds: () =>
      serverCpuSeconds(Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0])),
    stop() {
      run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** utime + stime of a process and of its children still running, plus what ended children used. */
function serverCpuSeconds(pid) {
  const fields = (p) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      return stat.slice(stat.lastIndexOf(")") + 2).split(" "); // from field 3 (state) on
    } catch {
      return null; // ended meanwhile
    }
  };
  const ticks = (f, withChildren) =>
    Number(f[11]) + Number(f[12]) + (withChildren ? Number(f[13]) + Number(f[14]) : 0);
  const own = fields(pid);
  if (!own) return 0;
  let total = ticks(own, true);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const f = fields(entry);
    if (f && Number(f[1]) === pid) total += ticks(f, true);
  }
  return total / 100; // clock ticks (USER_HZ) per second
}
