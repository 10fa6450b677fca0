// ZIP parts are inflated by counting the bytes really produced, not by trusting the headers.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { constants, deflateRawSync } from "node:zlib";
import { zipOf } from "../../test/helpers/zip.ts";
import { decodeDocument } from "./decode.ts";
import { InputError } from "./errors.ts";
import { resolveLimits } from "./limits.ts";
import { listZipEntries } from "./zip-guard.ts";
import { inflateBudget, readZipEntry } from "./zip-read.ts";

/** A raw deflate stream of `mib` MiB of zeros, built from one flushed 1 MiB block repeated. */
function zerosDeflated(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  return Buffer.concat([...new Array(mib).fill(block), Buffer.from([0x03, 0x00])]); // final empty block
}

/** A DOCX whose headers declare 150 KB for word/document.xml, which inflates to 2 GiB. */
function lyingDocx(): Uint8Array {
  const types = Buffer.from('<?xml version="1.0"?><Types/>');
  return zipOf([
    { name: "[Content_Types].xml", data: types, size: types.length, method: 0 },
    { name: "word/document.xml", data: zerosDeflated(2048), size: 150 * 1024 },
  ]);
}

describe("zip parts inflate within what they declare", () => {
  test("a DOCX whose headers declare 150 KB but inflate to 2 GiB is refused as a zip bomb", async () => {
    const bomb = lyingDocx();
    assert.ok(bomb.length < 4 * 1024 * 1024, "the archive itself is small and passes the size limit");
    const limits = resolveLimits({ timeoutMs: 20_000 });
    await assert.rejects(decodeDocument(bomb, "炸弹.docx", limits), (error: unknown) => {
      assert.ok(error instanceof InputError, String(error));
      assert.equal(error.problem, "zip-bomb", error.message);
      assert.match(error.message, /炸弹\.docx.*document\.xml.*声明/);
      return true;
    });
  });

  test("reading stops at the declared size: no more than that is ever allocated", () => {
    const bomb = lyingDocx();
    const entry = listZipEntries(bomb, "b.docx").find((e) => e.name === "word/document.xml");
    assert.ok(entry);
    const before = process.memoryUsage().arrayBuffers;
    assert.throws(
      () => readZipEntry(bomb, entry, "b.docx", inflateBudget(resolveLimits())),
      (e: unknown) => e instanceof InputError && e.problem === "zip-bomb",
    );
    // 2 GiB inflated would show here; the cap keeps it near the declared 150 KB
    assert.ok(process.memoryUsage().arrayBuffers - before < 64 * 1024 * 1024);
  });

  test("an honest part reads in full, and the archive's budget is shared by its parts", () => {
    const data = Buffer.alloc(300 * 1024, "法");
    const zip = zipOf([
      { name: "a.xml", data: deflateRawSync(data), size: data.length },
      { name: "b.xml", data: deflateRawSync(data), size: data.length },
    ]);
    const [a, b] = listZipEntries(zip, "z.zip");
    const budget = inflateBudget(resolveLimits({ maxUnzippedBytes: 400 * 1024 }));
    assert.deepEqual(Buffer.from(readZipEntry(zip, a, "z.zip", budget)), data);
    assert.throws(
      () => readZipEntry(zip, b, "z.zip", budget),
      (e: unknown) => e instanceof InputError && e.problem === "zip-bomb",
    );
  });
});
