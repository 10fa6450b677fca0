// A pool worker moves a stored document's bytes to the writing thread instead of copying them
// (src/analysis-worker.mjs, analysis-worker.ts movedBuffers): the reply's text, stored parts,
// vectors and compressed original go as piscina's transfer list, and arrive whole; other replies
// are sent as they are.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { transferableSymbol, valueSymbol } from "piscina";
import { resolveOptions } from "../src/analysis-options.ts";
import type { IndexedRecord } from "../src/analyze-bytes.ts";
import type { PoolJob, PoolReply } from "../src/ingest/pool.ts";

/** The pool's worker entry (plain JavaScript): a job's reply, or piscina's movable wrapping of it. */
const { default: run } = (await import(new URL("../src/analysis-worker.mjs", import.meta.url).href)) as {
  default: (job: PoolJob<unknown>) => Promise<Record<PropertyKey, unknown>>;
};

const bytes = new Uint8Array(
  readFileSync(new URL("fixtures/formats/qingzhen-2022-report.txt", import.meta.url)),
);
const job = (output: object) => ({
  started: new Int32Array(new SharedArrayBuffer(4)),
  task: { op: "analyze", bytes, file: "qingzhen-2022-report.txt", options: resolveOptions(), ...output },
});

test("a stored document's bytes are moved with its reply, and arrive whole", async () => {
  const moved = await run(job({ index: true }));
  const buffers = moved[transferableSymbol] as ArrayBuffer[];
  const reply = moved[valueSymbol] as PoolReply<IndexedRecord>;
  assert.ok("value" in reply);
  const { text, parts, vector, salient, blob } = reply.value;
  const views = [text, parts.json, parts.facts, parts.findings, vector, salient, blob.content];
  for (const view of views) {
    assert.ok(view instanceof Uint8Array);
    assert.ok(buffers.includes(view.buffer as ArrayBuffer), "every byte part is in the transfer list");
  }
  assert.equal(blob.encoding, "gzip");
  assert.equal(
    blob.content.buffer.byteLength,
    blob.content.length,
    "the original's own buffer, not zlib's chunk",
  );
  const copies = views.map((v) => Buffer.from(v as Uint8Array));
  const arrived = structuredClone(reply, { transfer: buffers });
  assert.ok("value" in arrived);
  const a = arrived.value;
  const after = [a.text, a.parts.json, a.parts.facts, a.parts.findings, a.vector, a.salient, a.blob.content];
  for (const [k, v] of after.entries()) assert.ok(Buffer.from(v as Uint8Array).equals(copies[k]));
  assert.equal((text as Uint8Array).byteLength, 0, "moved, not copied: gone from the worker");
});

test("other replies are sent as they are", async () => {
  const reply = await run(job({ json: { indent: 0 } }));
  assert.equal(reply[transferableSymbol], undefined);
  assert.equal(typeof reply.value, "string");
});
