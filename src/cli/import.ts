// `fazhi import <file|dir|url>...`: store documents in the database the server uses
// (DATABASE_URL, else the embedded one in FAZHI_DATA_DIR), through the same command as uploads:
// analysed in the worker pool on every core, written in batches. One line per file that failed.
import { basename } from "node:path";
import type { Io } from "./analyze.ts";
import { Progress } from "./progress.ts";
import type { AnalyzeOptions } from "../pipeline.ts";
import type { StoreOptions } from "../store/db.ts";

export interface ImportCommand {
  inputs: string[];
  options: AnalyzeOptions;
  database: StoreOptions;
}

const isUrl = (location: string) => /^https?:\/\//i.test(location);

/** Returns the exit code: 0 when every input was stored (or was already), 1 when any failed. */
export async function runImport(cmd: ImportCommand, io: Io): Promise<number> {
  const { expandInputs, readSource } = await import("../ingest/load.ts");
  const { describeError } = await import("../ingest/errors.ts");
  const { closePool, warmPool } = await import("../ingest/pool.ts");
  const { tierUpLater } = await import("../engine-tiering.ts");
  // a batch whose pool starts cold, as `fazhi analyze`'s (engine-tiering.ts)
  tierUpLater();
  // the workers start (engine, dictionary) while the files are listed and the database opens
  void warmPool();
  const { openStore } = await import("../store/db.ts");
  const { DataDirLocked } = await import("../store/lock.ts");
  const { ingestDocuments } = await import("../commands/documents/ingest.ts");
  const { SYSTEM_SCOPE } = await import("../commands/access/scope.ts");
  const locations = await expandInputs(cmd.inputs).catch(async (error: unknown) => {
    await closePool();
    throw error;
  });
  if (locations.length === 0) {
    io.stderr("没有找到可导入的文件（支持 .txt .html .docx .doc .wps .ofd .pdf 和图片）");
    await closePool();
    return 1;
  }
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(cmd.database);
  } catch (error) {
    await closePool();
    if (error instanceof DataDirLocked) {
      io.stderr(`fazhi import: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const progress = new Progress(locations.length);
  const counts = { created: 0, existing: 0, failed: 0 };
  const fail = (location: string, error: unknown) => {
    counts.failed++;
    io.stderr(describeError(location, error));
    progress.tick(location);
  };
  const read: string[] = []; // the locations handed to the command, in order
  async function* inputs() {
    for (const location of locations) {
      try {
        const bytes = await readSource(location, cmd.options.limits);
        read.push(location);
        yield isUrl(location)
          ? { bytes, name: location, sourceUrl: location }
          : { bytes, name: basename(location) };
      } catch (error) {
        fail(location, error);
      }
    }
  }
  const started = Date.now();
  try {
    await ingestDocuments(store, SYSTEM_SCOPE, inputs(), cmd.options, {
      onOutcome(index, outcome) {
        if (!outcome.ok) return fail(read[index], outcome.error);
        counts[outcome.created ? "created" : "existing"]++;
        progress.tick(read[index]);
      },
    });
  } finally {
    progress.end();
    await store.close();
    await closePool();
  }
  const seconds = (Date.now() - started) / 1000;
  io.stderr(
    `已导入 ${counts.created} 个文档${counts.existing ? `，${counts.existing} 个已在库中` : ""}${
      counts.failed ? `，${counts.failed} 个失败` : ""
    }（${seconds.toFixed(1)} 秒）`,
  );
  return counts.failed ? 1 : 0;
}
