// Indicator systems from files: the shipped ones in src/rules/assess/, or any JSON file a user
// names. Each is checked against the schema once; a bad file is one clear line, never a trace.
import { readdirSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { placeOf } from "./place.ts";
import { checkSystem, type IndicatorSystem } from "./system.ts";

export const SHIPPED_DIR = new URL("../rules/assess/", import.meta.url).pathname;

/** A system file that cannot be used: names the file and the first problem. */
export class SystemError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "SystemError";
  }
}

/** Check a parsed system; throws SystemError naming `where` and the first problem found. */
export function parseSystem(value: unknown, where: string): IndicatorSystem {
  const result = checkSystem(value);
  if (result.ok) return result.system;
  const issue = result.issues[0];
  const place = placeOf(value, issue.path);
  const at = place ? `${place}：` : "";
  throw new SystemError(where, `指标体系无效，${at}${issue.message}`);
}

export function readSystemFile(path: string): IndicatorSystem {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    throw new SystemError(path, "无法读取指标体系文件");
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new SystemError(path, `不是有效的 JSON(${(error as Error).message.split("\n")[0]})`);
  }
  return parseSystem(value, path);
}

let shipped: Map<string, IndicatorSystem> | null = null;

/** The shipped systems by id, read and checked once per process. */
export function shippedSystems(): Map<string, IndicatorSystem> {
  if (!shipped) {
    shipped = new Map();
    for (const name of readdirSync(SHIPPED_DIR).sort()) {
      if (!name.endsWith(".json")) continue;
      const system = readSystemFile(`${SHIPPED_DIR}${name}`);
      if (basename(name, ".json") !== system.id)
        throw new SystemError(name, `文件名应与名称 ${system.id} 一致`);
      shipped.set(system.id, system);
    }
  }
  return shipped;
}

/** A shipped system by name, else a file path. */
export function resolveSystem(nameOrPath: string): IndicatorSystem {
  const byName = shippedSystems().get(nameOrPath);
  if (byName) return byName;
  if (!/[/\\.]/.test(nameOrPath))
    throw new SystemError(
      nameOrPath,
      `没有这个内置指标体系（可用：${[...shippedSystems().keys()].join("、")}）；也可给出 JSON 文件路径`,
    );
  return readSystemFile(nameOrPath);
}
