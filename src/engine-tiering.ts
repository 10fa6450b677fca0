// When V8 optimises the engine's code in a thread that starts cold (a pool worker, as each run of
// `fazhi analyze` starts its own). With V8's default budget TurboFan compiles the engine's large
// functions after a few documents, on background threads: about 1 s of CPU per worker over its
// first 5 MB, more than the optimised code then saves (the engine's time is mostly in regular
// expressions and string builtins, which do not get faster). With a budget 18 times V8's, only
// the functions that run most are compiled, later. Measured 5 December 2026 (load 8–30, fresh
// processes taking turns, CPU time, same records): 5 MB 2.3–2.6 s → 1.3–1.6 s, 20 MB
// 4.5–5.2 → 3.8–4.3 s, 45 MB 9.1 → 7.5 s; `fazhi analyze --json` over 10 MB with two workers
// 6.9–8.0 → 5.0–6.2 s. Without TurboFan at all (`--max-opt=1`) 5 MB took 1.5 s but 20 MB 4.7 s.
import { setFlagsFromString } from "node:v8";

/** V8's interrupt budget (bytecode executed between tiering checks; V8 11's default 67,584). */
export const ENGINE_INTERRUPT_BUDGET = 1_200_000;

/** Sets the budget for the whole process, its worker threads included (V8's flags are per
 *  process; it applies to the code run from now on). Called where the engine starts cold for a
 *  batch: `fazhi analyze` and `fazhi import` before their pools start, the bench's fresh engine.
 *  For `fazhi import` (500 documents into a fresh embedded database, the node flag on or off,
 *  turn about, three pairs at load 13–30): 25.0, 26.8, 26.7 s of CPU → 21.3, 24.2, 24.4 s. Not in the server, whose pool
 *  stays warm and whose own code would then also be optimised later. */
export function tierUpLater(): void {
  setFlagsFromString(`--interrupt-budget=${ENGINE_INTERRUPT_BUDGET}`);
}
