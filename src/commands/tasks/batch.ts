// Batch actions of the task list (extend, close): each task changed on its own, as the single
// action would (its checks, its audit entry, its notification); the result says which were
// done and why the others were not.
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { DomainError, invalid } from "../errors.ts";
import { checkExtension, closeTask, extendDeadline } from "./tasks.ts";

/** The most tasks one batch may name. */
export const MAX_BATCH = 500;

export interface BatchResult {
  done: number[];
  failed: Array<{ id: number; message: string }>;
}

async function each(ids: number[], act: (id: number) => Promise<unknown>): Promise<BatchResult> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw invalid("nothing_selected", "请先选择任务", "no tasks selected");
  if (unique.length > MAX_BATCH)
    throw invalid("too_many", `一次最多处理 ${MAX_BATCH} 项任务`, `at most ${MAX_BATCH} tasks at once`);
  const result: BatchResult = { done: [], failed: [] };
  for (const id of unique) {
    try {
      await act(id);
      result.done.push(id);
    } catch (e) {
      // a task's own refusal (closed, not later, not visible) is reported; anything else stops
      if (!(e instanceof DomainError) || e.kind === "forbidden" || e.kind === "unauthenticated") throw e;
      result.failed.push({ id, message: e.zh });
    }
  }
  return result;
}

export function extendMany(
  store: Store,
  scope: Scope,
  input: { ids: number[]; due: string; reason: string; on: string },
) {
  requirePermission(scope, "tasks:manage");
  checkExtension(input);
  return each(input.ids, (id) => extendDeadline(store, scope, id, input));
}

export function closeMany(store: Store, scope: Scope, input: { ids: number[]; reason: string }) {
  requirePermission(scope, "tasks:manage");
  if (!input.reason.trim())
    throw invalid("reason_required", "批量办结需要说明原因", "a batch close needs a reason");
  return each(input.ids, (id) => closeTask(store, scope, id, input.reason));
}
