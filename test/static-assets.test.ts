// The web client's files: hashed assets cached for a year and sent pre-compressed as the
// browser accepts; the page itself revalidated; unknown pages get the client (its 404 view),
// unknown assets a 404.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { after, before, describe, test } from "node:test";
import type { FastifyInstance } from "fastify";
import { resolveOptions } from "../src/pipeline.ts";
import { buildApp } from "../src/server/app.ts";
import { openStore, type Store } from "../src/store/db.ts";

/** A GET whose path is sent exactly as written (fetch would normalise /%2e%2e away). */
function rawGet(url: string): Promise<{ status: number; body: string }> {
  const { host, port } = new URL(url);
  const path = url.slice(url.indexOf("/", url.indexOf("//") + 2));
  return new Promise((resolve, reject) => {
    const req = request({ host: host.split(":")[0], port, path, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => {
        body += c;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("static assets", () => {
  let store: Store;
  let app: FastifyInstance;
  const script = `console.log(${JSON.stringify("法治".repeat(2000))});`;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-web-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>法治</title>");
    writeFileSync(join(dir, "assets/app-4f2a9c.js"), script);
    writeFileSync(join(dir, "assets/app-4f2a9c.js.br"), brotliCompressSync(script));
    writeFileSync(join(dir, "assets/app-4f2a9c.js.gz"), gzipSync(script));
    // scripts/build-web.js stamps each build in a dotfile; an editor or a copy may leave others
    writeFileSync(join(dir, ".built"), "2026-12-05T06:39:47.819Z");
    writeFileSync(join(dir, "assets/.env"), "SECRET=1");
    store = await openStore({ dataDir: "memory://" });
    app = await buildApp({ store, options: resolveOptions({}), webDir: `${dir}/` });
  });
  after(async () => {
    await app.close();
    await store.close();
  });

  test("hashed assets: immutable for a year, Brotli when accepted, gzip otherwise", async () => {
    const br = await app.inject({ url: "/assets/app-4f2a9c.js", headers: { "accept-encoding": "gzip, br" } });
    assert.equal(br.statusCode, 200);
    assert.equal(br.headers["content-encoding"], "br");
    assert.equal(br.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.ok(br.rawPayload.length < script.length / 10);
    const gz = await app.inject({ url: "/assets/app-4f2a9c.js", headers: { "accept-encoding": "gzip" } });
    assert.equal(gz.headers["content-encoding"], "gzip");
    const plain = await app.inject({ url: "/assets/app-4f2a9c.js" });
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.equal(plain.body, script);
  });

  test("the page is revalidated; a deep link gets the client", async () => {
    const page = await app.inject({ url: "/" });
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers["cache-control"], "no-cache");
    const deep = await app.inject({ url: "/documents/12" });
    assert.equal(deep.statusCode, 200);
    assert.match(deep.body, /<title>法治<\/title>/);
  });

  test("dotfiles in the build folder are not served", async () => {
    // every request looks at the folder now (wildcard): @fastify/static then serves dotfiles
    // unless told not to, where the list taken at start had left them out
    const stamp = await app.inject({ url: "/.built" });
    assert.doesNotMatch(stamp.body, /2026-12-05T06/);
    assert.match(stamp.body, /<title>法治<\/title>/); // a page's address: the client, as before
    const env = await app.inject({ url: "/assets/.env" });
    assert.equal(env.statusCode, 404);
    assert.doesNotMatch(env.body, /SECRET/);
    const encoded = await app.inject({ url: "/assets/%2eenv" });
    assert.doesNotMatch(encoded.body, /SECRET/);
  });

  test("malformed paths are refused in Chinese, never with the framework's English", async () => {
    // /%2e%2e answered 请求无效：Forbidden. Over a socket: an injected request's address is
    // normalised (/%2e%2e → /) before the server sees it
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    try {
      const dots = await rawGet(`${address}/%2e%2e`);
      assert.equal(dots.status, 403);
      assert.equal(
        (JSON.parse(dots.body) as { error: { message: string } }).error.message,
        "请求无效：路径不允许",
      );
    } finally {
      await app.server.close();
    }
    const undecodable = await app.inject({ url: "/%E0%A4%A" });
    assert.equal(undecodable.statusCode, 400);
    assert.equal((undecodable.json() as { error: { message: string } }).error.message, "请求无效：网址无效");
    const json = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{bad",
    });
    assert.equal(json.statusCode, 400);
    assert.equal(
      (json.json() as { error: { message: string } }).error.message,
      "请求无效：请求内容不是有效的 JSON",
    );
  });

  test("a chunk of an earlier build is missing, not the client's page", async () => {
    // a tab opened before an upgrade loads its scenes' old chunks: the HTML in their place
    // failed as "not a JavaScript module" and left a blank page
    const old = await app.inject({ url: "/assets/DocumentScene-0ld0ld.js" });
    assert.equal(old.statusCode, 404);
    assert.doesNotMatch(old.body, /<title>/);
  });
});

// where the server is installed is nobody's choice of ours: a folder named assets on the way to
// web/dist (/srv/assets/fazhi/web/dist) must not make the page itself cached for a year
describe("a build folder inside a folder named assets", () => {
  test("the page is still revalidated, the hashed assets still immutable", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "fazhi-web-")), "assets", "dist");
    mkdirSync(join(dir, "assets"), { recursive: true });
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>法治</title>");
    writeFileSync(join(dir, "assets/app-4f2a9c.js"), "console.log(1)");
    const store = await openStore({ dataDir: "memory://" });
    const app = await buildApp({ store, options: resolveOptions({}), webDir: `${dir}/` });
    try {
      for (const url of ["/", "/index.html", "/documents/12"]) {
        const page = await app.inject({ url });
        assert.equal(page.statusCode, 200, url);
        assert.equal(page.headers["cache-control"], "no-cache", url);
      }
      const js = await app.inject({ url: "/assets/app-4f2a9c.js" });
      assert.equal(js.headers["cache-control"], "public, max-age=31536000, immutable");
    } finally {
      await app.close();
      await store.close();
    }
  });
});

// `npm run build:web` while the server runs (an upgrade, a fix to the client): the new page
// names new hashed scripts, and those must be served at once — the server used to know only the
// files that were there when it started, so every reload got a blank page until a restart
describe("a build made while the server runs", () => {
  test("its page and scripts are served without a restart, the old build's are gone", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "fazhi-web-")), "dist");
    const store = await openStore({ dataDir: "memory://" });
    // no build yet when the server starts
    const app = await buildApp({ store, options: resolveOptions({}), webDir: `${dir}/` });
    try {
      const build = (hash: string) => {
        rmSync(dir, { recursive: true, force: true }); // as vite empties its output folder
        mkdirSync(join(dir, "assets"), { recursive: true });
        const script = `console.log(${JSON.stringify(`build ${hash} `.repeat(200))});`;
        writeFileSync(
          join(dir, "index.html"),
          `<!doctype html><script src="/assets/index-${hash}.js"></script>`,
        );
        writeFileSync(join(dir, `assets/index-${hash}.js`), script);
        writeFileSync(join(dir, `assets/index-${hash}.js.gz`), gzipSync(script));
        return script;
      };
      const before = await app.inject({ url: "/assets/index-aaaa1111.js" });
      assert.equal(before.statusCode, 404);
      for (const hash of ["aaaa1111", "bbbb2222"]) {
        const script = build(hash);
        const page = await app.inject({ url: "/documents/3" });
        assert.equal(page.statusCode, 200);
        assert.match(page.body, new RegExp(`index-${hash}\\.js`));
        const home = await app.inject({ url: "/" });
        assert.match(home.body, new RegExp(`index-${hash}\\.js`));
        const js = await app.inject({ url: `/assets/index-${hash}.js` });
        assert.equal(js.statusCode, 200, `${hash}: ${js.body.slice(0, 80)}`);
        assert.equal(js.body, script);
        assert.equal(js.headers["cache-control"], "public, max-age=31536000, immutable");
        const gz = await app.inject({
          url: `/assets/index-${hash}.js`,
          headers: { "accept-encoding": "gzip" },
        });
        assert.equal(gz.headers["content-encoding"], "gzip");
      }
      const old = await app.inject({ url: "/assets/index-aaaa1111.js" });
      assert.equal(old.statusCode, 404);
      assert.doesNotMatch(old.body, /<script/);
      const api = await app.inject({ url: "/api/no-such-thing" });
      assert.equal(api.statusCode, 404);
      assert.match(api.body, /接口不存在/);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
