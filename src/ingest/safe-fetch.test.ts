// The SSRF guard, against real local HTTP servers. Loopback is refused by default, so tests
// that need content reach their own server through the allow-list, and the rest prove that
// without it (or via a redirect from an allowed server) nothing reaches loopback.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { DomainError } from "../commands/errors.ts";
import { isBlockedAddress, parseIp } from "./address-policy.ts";
import { resolveLimits } from "./limits.ts";
import { readSource } from "./load.ts";
import { safeFetch } from "./safe-fetch.ts";

let hits = 0;
const servers: Server[] = [];

async function serve(host: string, handler: Parameters<typeof createServer>[1]): Promise<number> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  servers.push(server);
  return (server.address() as AddressInfo).port;
}

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
    return error;
  }
  assert.fail("the fetch succeeded");
}

describe("safeFetch", () => {
  let secret = 0; // 127.0.0.1: the "internal" service an attacker wants
  let relay = 0; // 127.0.0.2: an allowed server that redirects wherever it is told
  before(async () => {
    secret = await serve("127.0.0.1", (req, res) => {
      hits++;
      if (req.url === "/big") res.writeHead(200).end(Buffer.alloc(2 * 1024 * 1024, 97));
      else if (req.url === "/bomb")
        res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(64 * 1024 * 1024)));
      else if (req.url === "/loop") res.writeHead(302, { location: "/loop" }).end();
      else if (req.url === "/hang")
        res.flushHeaders(); // headers, then silence
      else if (req.url === "/reset") req.socket.destroy();
      else res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("机密");
    });
    relay = await serve("127.0.0.2", (req, res) => {
      const to = new URL(req.url ?? "/", "http://x").searchParams.get("to") ?? "/";
      res.writeHead(302, { location: to }).end();
    });
  });
  after(() => {
    for (const s of servers) s.close();
  });

  test("every spelling of loopback, private, link-local and metadata is refused before connecting", async () => {
    hits = 0;
    const spellings = [
      `http://127.0.0.1:${secret}/secret`,
      `http://localhost:${secret}/secret`,
      `http://LOCALHOST.:${secret}/secret`,
      `http://[::ffff:127.0.0.1]:${secret}/secret`,
      `http://[::ffff:7f00:1]:${secret}/secret`,
      `http://2130706433:${secret}/secret`,
      `http://0x7f.1:${secret}/secret`,
      `http://0177.0.0.1:${secret}/secret`,
      `http://127.1:${secret}/secret`,
      `http://[::1]:${secret}/secret`,
      `http://[0:0:0:0:0:0:0:1]:${secret}/secret`,
      `http://0.0.0.0:${secret}/secret`,
      `http://[::]:${secret}/secret`,
      "http://169.254.169.254/latest/meta-data/",
      "http://[fd00:ec2::254]/latest/meta-data/",
      "http://10.1.2.3/",
      "http://172.16.0.1/",
      "http://192.168.1.1/",
      "http://100.64.0.1/",
      "http://[fe80::1]/",
      "http://[fc00::1]/",
      "http://224.0.0.1/",
      "http://[ff02::1]/",
      "http://[64:ff9b::7f00:1]/",
      "http://[2002:7f00:1::]/",
    ];
    for (const url of spellings) {
      const error = await refusal(safeFetch(url, { allow: [], timeoutMs: 5000 }));
      assert.equal(error.code, "fetch_blocked", url);
      assert.match(error.zh, /本机或内部网络/, url);
    }
    assert.equal(hits, 0, "no request reached the loopback server");
  });

  test("public addresses are not mistaken for internal ones", () => {
    for (const a of ["8.8.8.8", "1.1.1.1", "2400:3200::1", "::ffff:8.8.8.8", "172.32.0.1", "100.128.0.1"])
      assert.equal(isBlockedAddress(parseIp(a) ?? new Uint8Array()), false, a);
  });

  test("the allow-list opens an intranet address, and content arrives within limits", async () => {
    const ok = await safeFetch(`http://127.0.0.1:${secret}/page`, { allow: ["127.0.0.0/30"] });
    assert.deepEqual(
      [ok.status, ok.contentType, ok.body.toString()],
      [200, "text/plain; charset=utf-8", "机密"],
    );
    assert.ok(ok.fetchedAt instanceof Date);
    const big = await refusal(
      safeFetch(`http://127.0.0.1:${secret}/big`, { allow: ["127.0.0.1"], maxBytes: 1e6 }),
    );
    assert.equal(big.code, "fetch_too_large");
    const bomb = await refusal(
      safeFetch(`http://127.0.0.1:${secret}/bomb`, { allow: ["127.0.0.1"], maxBytes: 1e6 }),
    );
    assert.equal(bomb.code, "fetch_too_large", "decompressed bytes are counted");
    const loop = await refusal(
      safeFetch(`http://127.0.0.1:${secret}/loop`, { allow: ["127.0.0.1"], maxRedirects: 3 }),
    );
    assert.equal(loop.code, "fetch_redirects");
  });

  test("FAZHI_FETCH_ALLOW is the default allow-list", async () => {
    const saved = process.env.FAZHI_FETCH_ALLOW;
    process.env.FAZHI_FETCH_ALLOW = "intranet.example, 127.0.0.1";
    try {
      assert.equal((await safeFetch(`http://127.0.0.1:${secret}/page`)).body.toString(), "机密");
    } finally {
      if (saved === undefined) delete process.env.FAZHI_FETCH_ALLOW;
      else process.env.FAZHI_FETCH_ALLOW = saved;
    }
  });

  test("a redirect from an allowed server to loopback is refused on that hop", async () => {
    hits = 0;
    const allow = ["127.0.0.2"];
    for (const to of [
      `http://127.0.0.1:${secret}/secret`,
      `http://localhost:${secret}/secret`,
      `http://[::ffff:127.0.0.1]:${secret}/secret`,
      `http://2130706433:${secret}/secret`,
      "http://169.254.169.254/latest/meta-data/",
    ]) {
      const url = `http://127.0.0.2:${relay}/?to=${encodeURIComponent(to)}`;
      const error = await refusal(safeFetch(url, { allow }));
      assert.equal(error.code, "fetch_blocked", to);
    }
    const scheme = await refusal(safeFetch(`http://127.0.0.2:${relay}/?to=file:///etc/passwd`, { allow }));
    assert.equal(scheme.code, "fetch_url");
    assert.equal(hits, 0);
  });

  test("closed, silent and resetting ports give the same message (no port map)", async () => {
    const closed = await serve("127.0.0.1", () => {});
    servers.pop()?.close();
    const allow = ["127.0.0.1"];
    const messages = new Set<string>();
    for (const url of [
      `http://127.0.0.1:${closed}/`,
      `http://127.0.0.1:${secret}/hang`,
      `http://127.0.0.1:${secret}/reset`,
    ]) {
      const error = await refusal(safeFetch(url, { allow, timeoutMs: 500 }));
      messages.add(`${error.code} ${error.zh.replace(url, "URL")}`);
    }
    assert.deepEqual([...messages], ["fetch_failed 无法从 URL 获取内容（无法连接或超时）"]);
  });

  test("URL ingestion goes through the guard", async () => {
    hits = 0;
    const error = await refusal(readSource(`http://127.0.0.1:${secret}/secret`, resolveLimits()));
    assert.equal(error.code, "fetch_blocked");
    assert.equal(hits, 0);
  });
});
