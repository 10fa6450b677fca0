// Long-running child processes for tests (`fazhi serve`, `fazhi worker`, helper scripts):
// collect their output, wait for a line, stop them. Waits are generous: the machine is shared.
import { type ChildProcess, spawn } from "node:child_process";

export const FAZHI_BIN = new URL("../../bin/fazhi.js", import.meta.url).pathname;
const ROOT = new URL("../..", import.meta.url).pathname;

export interface Child {
  process: ChildProcess;
  pid: number;
  output(): string;
  /** resolves when the output matches, rejects when the process exits first or time runs out */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Runs `node <args>` in the project root with the given extra environment. */
export function startNode(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const l of listeners) l();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) =>
    child.on("exit", (code, signal) => {
      if (signal) text += `\n[ended by ${signal}]\n`;
      resolve(code);
    }),
  );
  let done = false;
  void exited.then(() => {
    done = true;
    for (const l of listeners) l();
  });
  return {
    process: child,
    pid: child.pid ?? -1,
    output: () => text,
    exited,
    waitFor(pattern, timeoutMs = 600_000) {
      return new Promise((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const finish = (fn: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          fn();
        };
        const check = () => {
          if (pattern.test(text)) finish(() => resolve());
          else if (done) finish(() => reject(new Error(`exited before ${pattern}:\n${text}`)));
        };
        timer = setTimeout(
          () => finish(() => reject(new Error(`no ${pattern} in time:\n${text}`))),
          timeoutMs,
        );
        listeners.add(check);
        check();
      });
    },
    async stop(signal = "SIGTERM") {
      if (!done) child.kill(signal);
      return exited;
    },
  };
}

export const startFazhi = (args: string[], env: Record<string, string> = {}) =>
  startNode([FAZHI_BIN, ...args], env);
