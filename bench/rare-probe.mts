// A probe (not part of `npm run bench`): the search of this tree and of another (PROBE_OLD, a
// copy of an earlier tree's src/) taken turn about on DATABASE_URL; wall p50/p95 and the
// server's CPU per search (from /proc, so the machine's load counts less).
// `N=40 node --import tsx bench/rare-probe.mts 海域使用金 …`
import { readFileSync } from "node:fs";
import { sql } from "kysely";

const url = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:55432/postgres";
const queries = process.argv.slice(2).length ? process.argv.slice(2) : ["海域使用金"];
const variants: Array<{
  name: string;
  run: (q: string) => Promise<unknown>;
  close: () => Promise<void>;
  pid: number;
}> = [];
async function variant(name: string, root: string) {
  const db = await import(`${root}/store/db.ts`);
  const docs = await import(`${root}/commands/documents/documents.ts`);
  const scope = (await import(`${root}/commands/access/scope.ts`)).SYSTEM_SCOPE;
  const store = await db.openStore({ databaseUrl: url });
  const pid = (await sql<{ p: number }>`select pg_backend_pid() as p`.execute(store.db)).rows[0].p;
  variants.push({
    name,
    pid,
    run: (q) => docs.listDocuments(store, scope, { q, page: 1, pageSize: 20 }),
    close: () => store.close(),
  });
}
await variant("new", "../src");
if (process.env.PROBE_OLD) await variant("old", process.env.PROBE_OLD);
const cpu = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * 10;
};
const N = Number(process.env.N ?? 30);
for (const q of queries) {
  for (const v of variants) for (let i = 0; i < 3; i++) await v.run(q);
  const times = variants.map(() => [] as number[]);
  const used = variants.map(() => 0);
  const own = variants.map(() => 0);
  for (let r = 0; r < N; r++)
    for (let k = 0; k < variants.length; k++) {
      const c = cpu(variants[k].pid);
      const mine = process.cpuUsage();
      const t = performance.now();
      await variants[k].run(q);
      times[k].push(performance.now() - t);
      const spent = process.cpuUsage(mine);
      own[k] += (spent.user + spent.system) / 1000;
      used[k] += cpu(variants[k].pid) - c;
    }
  for (let k = 0; k < variants.length; k++) {
    const s = times[k].sort((a, b) => a - b);
    const p = (x: number) => s[Math.min(s.length - 1, Math.ceil(x * s.length) - 1)].toFixed(1);
    console.log(
      `${q} ${variants[k].name}: p50 ${p(0.5)} p95 ${p(0.95)} ms, server CPU ${(used[k] / N).toFixed(1)} ms, this process ${(own[k] / N).toFixed(1)} ms a search`,
    );
  }
}
for (const v of variants) await v.close();
