// Who sees what, checked on every GET route the API declares: a freshly uploaded document
// that is not published must be invisible to anonymous callers and to `public` accounts —
// in JSON, CSV and XLSX bodies and in file names — whatever the route and its parameters.
// The routes come from the OpenAPI document, so a route added later is covered too.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { SYSTEM_SCOPE } from "../src/commands/access/scope.ts";
import { setPublished } from "../src/commands/documents/documents.ts";
import { ingestDocument } from "../src/commands/documents/ingest.ts";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";
import { ingestDemoPlan } from "./helpers/demo-plan.ts";
import { REPORT_LINES } from "./helpers/fixtures.ts";
import { postLedger } from "./helpers/ledger.ts";
import { as, login, makeUsers, type Session } from "./helpers/session.ts";

const MARKER = "Zq7LeakMarker";
const SECRET_NAME = `内部-${MARKER}.txt`;
// the report of a region and year no published document has, with facts and review findings
const SECRET_TEXT = REPORT_LINES.map((line, i) =>
  i === 0 ? `${MARKER}县2022年法治政府建设情况报告` : `${line}${MARKER}`,
).join("\n");

interface Param {
  name: string;
  in: "path" | "query";
  required: boolean;
  schema: { enum?: string[]; default?: unknown };
}
interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Param[] }>>;
}

/** Everything a response shows: its body (XLSX decoded cell by cell) and its file name. */
async function visibleText(res: {
  headers: Record<string, unknown>;
  rawPayload: Buffer;
  body: string;
}): Promise<string> {
  const type = String(res.headers["content-type"] ?? "");
  const name = decodeURIComponent(String(res.headers["content-disposition"] ?? ""));
  if (!type.includes("spreadsheetml")) return `${name}\n${res.body}`;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of wb.worksheets) {
    cells.push(sheet.name);
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.text));
      });
    });
  }
  return `${name}\n${cells.join("\n")}`;
}

describe("an unpublished document is invisible to anonymous and public callers", { timeout: 180_000 }, () => {
  let store: Store;
  let app: FastifyInstance;
  let secretId = 0;
  let secret: {
    title: string;
    region: string;
    year: number;
    kind: string;
    sha256: string;
    rules: string[];
    indicators: string[];
  };
  const callers: Array<{ label: string; session: Session | null }> = [{ label: "anonymous", session: null }];

  before(async () => {
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions() });
    await makeUsers(store);
    // one published document, so that lists, facets and exports are not empty
    const name = "000_759704e5000b19aa.txt";
    const published = await ingestDocument(store, SYSTEM_SCOPE, {
      bytes: new Uint8Array(readFileSync(new URL(`../demo/${name}`, import.meta.url))),
      name,
      options: resolveOptions(),
    });
    await setPublished(store, SYSTEM_SCOPE, published.documentId, true);
    // the secret: uploaded through the API by the office, as a user would, and not published
    const coord = await login(app, "coord1");
    const boundary = "----visibility";
    const upload = await app.inject({
      method: "POST",
      url: "/api/documents",
      headers: { ...as(coord), "content-type": `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${encodeURIComponent(SECRET_NAME)}"\r\nContent-Type: text/plain\r\n\r\n`,
        ),
        Buffer.from(SECRET_TEXT),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    assert.equal(upload.statusCode, 200, upload.body);
    secretId = (upload.json() as { results: Array<{ id: number }> }).results[0].id;
    const doc = (
      await app.inject({ method: "GET", url: `/api/documents/${secretId}`, headers: as(coord) })
    ).json() as {
      title: string;
      region: string;
      year: number;
      kind: string;
      sha256: string;
      isPublic: boolean;
      record: { findings: Array<{ rule: string }>; facts: Array<{ indicator: string | null }> };
    };
    assert.equal(doc.isPublic, false);
    secret = {
      title: doc.title,
      region: doc.region,
      year: doc.year,
      kind: doc.kind,
      sha256: doc.sha256,
      rules: [...new Set(doc.record.findings.map((f) => f.rule))],
      indicators: [...new Set(doc.record.facts.map((f) => f.indicator).filter((i): i is string => !!i))],
    };
    assert.ok(secret.indicators.length > 0 && secret.rules.length > 0, "the secret has facts and findings");
    callers.push({ label: "public", session: await login(app, "public1") });
  });
  after(async () => {
    await app?.close();
    await store?.close();
  });

  /** more ids every `:id` route is asked for (a chased task's, below) */
  const moreIds: string[] = [];

  /** Values that would find the secret, for each parameter a route may declare. */
  const fill = (p: Param): string[] | null => {
    if (p.schema.enum) return p.schema.enum;
    if (p.name === "id") return [String(secretId), ...moreIds];
    const values: Record<string, string> = {
      id: String(secretId),
      documentId: String(secretId),
      // a season's unit, an assessment system, an evidence file: the secret's own values
      unit: secret.region,
      key: secret.region,
      sha256: secret.sha256,
      q: MARKER,
      region: secret.region,
      regions: secret.region,
      year: String(secret.year),
      years: String(secret.year),
      kind: secret.kind,
      finding: secret.rules[0],
      indicator: secret.indicators[0],
      indicators: secret.indicators.join(","),
    };
    return p.name in values ? [values[p.name]] : null;
  };

  /** Every GET request worth making: each path parameter filled, query parameters none, one, all. */
  async function requests(): Promise<string[]> {
    const spec = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as OpenApi;
    const urls: string[] = [];
    const unfillable: string[] = [];
    for (const [path, methods] of Object.entries(spec.paths)) {
      const get = methods.get;
      if (!get) continue;
      const params = get.parameters ?? [];
      let paths = [path];
      for (const p of params.filter((x) => x.in === "path")) {
        const values = fill(p);
        if (!values) {
          unfillable.push(`${path}: {${p.name}}`);
          continue;
        }
        paths = paths.flatMap((u) => values.map((v) => u.replace(`{${p.name}}`, encodeURIComponent(v))));
      }
      const query = params.filter((x) => x.in === "query");
      const required = query.filter((q) => q.required && q.schema.default === undefined);
      for (const q of required) if (!fill(q)) unfillable.push(`${path}: ?${q.name}`);
      const fillable = query.filter((q) => fill(q) !== null);
      const pairs = (qs: Param[]) => qs.map((q) => `${q.name}=${encodeURIComponent((fill(q) ?? [""])[0])}`);
      const variants = [required, ...fillable.map((q) => [...new Set([...required, q])]), fillable];
      for (const u of paths)
        for (const v of variants) {
          const qs = pairs(v).join("&");
          urls.push(qs ? `${u}?${qs}` : u);
        }
    }
    assert.deepEqual(
      unfillable,
      [],
      "every GET route's parameters can be filled by this test: teach `fill` the new ones",
    );
    return [...new Set(urls)];
  }

  test("no GET route shows its marker, title or file name", async () => {
    const urls = await requests();
    assert.ok(urls.length > 40, `routes enumerated: ${urls.length}`);
    const secrets = [MARKER, secret.title, SECRET_NAME];
    let shown = 0;
    for (const caller of callers) {
      for (const url of urls) {
        const res = await app.inject({ method: "GET", url, headers: as(caller.session) });
        assert.ok(
          res.statusCode < 500,
          `${caller.label} ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`,
        );
        if (res.statusCode === 200) shown++;
        const text = await visibleText(res);
        for (const s of secrets)
          assert.ok(!text.includes(s), `${caller.label} GET ${url} shows the unpublished document (${s})`);
      }
    }
    // many routes are staff-only (401/403 here): a good share must still answer, or the check is vacuous
    const asked = urls.length * callers.length;
    assert.ok(shown >= 0.4 * asked, `routes answered: ${shown} of ${asked} (the check is not vacuous)`);
  });

  test("filter values come from visible documents only", async () => {
    for (const caller of callers) {
      const facets = (
        await app.inject({ method: "GET", url: "/api/facets", headers: as(caller.session) })
      ).json() as {
        regions: { id: string; label: string }[];
        years: number[];
        rules: { id: string; label: string }[];
      };
      // a region is offered under its name (with its city when another shares it)
      assert.ok(
        !facets.regions.some((r) => r.label.startsWith(secret.region)),
        `${caller.label}: region ${secret.region}`,
      );
      assert.ok(!facets.years.includes(secret.year), `${caller.label}: year ${secret.year}`);
      for (const rule of secret.rules.filter((r) => !["review:missing-part", "review:garbage"].includes(r)))
        assert.ok(!facets.rules.some((r) => r.id === rule), `${caller.label}: rule ${rule}`);
      const list = (
        await app.inject({ method: "GET", url: "/api/documents", headers: as(caller.session) })
      ).json() as {
        total: number;
      };
      assert.equal(list.total, 1, `${caller.label} counts the published document only`);
    }
  });

  test("a unit sees neither another unit's notifications nor the history of its tasks", async () => {
    const CHASED = "Zq7ChaseMarker";
    const coord = await login(app, "coord1");
    const ledgerId = await postLedger(app, coord, await ingestDemoPlan(store));
    const fgwTask = await store.db
      .selectFrom("tasks")
      .select("id")
      .where("ledger_id", "=", ledgerId)
      .where("unit_name", "=", "市发改委")
      .executeTakeFirstOrThrow();
    const chased = await app.inject({
      method: "POST",
      url: "/api/tasks/chase",
      headers: as(coord),
      payload: { ids: [fgwTask.id], message: `请报送进展${CHASED}` },
    });
    assert.equal(chased.statusCode, 200, chased.body);
    moreIds.push(String(fgwTask.id));
    const fgw = await login(app, "unit-fgw");
    const theirs = await app.inject({ method: "GET", url: "/api/notifications", headers: as(fgw) });
    assert.match(theirs.body, new RegExp(CHASED), "the chased unit is told (the check is not vacuous)");
    const sfj = await login(app, "unit-sfj");
    for (const caller of [...callers, { label: "unit-sfj", session: sfj }])
      for (const url of await requests()) {
        const res = await app.inject({ method: "GET", url, headers: as(caller.session) });
        assert.ok(res.statusCode < 500, `${caller.label} ${url}: ${res.statusCode}`);
        assert.ok(
          !(await visibleText(res)).includes(CHASED),
          `${caller.label} GET ${url} shows another unit's chase`,
        );
      }
  });

  test("staff still see it", async () => {
    const coord = await login(app, "coord1");
    const res = await app.inject({
      method: "GET",
      url: `/api/export/documents.csv?q=${MARKER}`,
      headers: as(coord),
    });
    assert.match(res.body, new RegExp(MARKER));
    const facets = (await app.inject({ method: "GET", url: "/api/facets", headers: as(coord) })).json() as {
      regions: { id: string; label: string }[];
    };
    assert.ok(facets.regions.some((r) => r.label === secret.region));
  });
});
