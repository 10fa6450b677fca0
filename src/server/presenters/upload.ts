// The answer to an upload: one result per file, and how many files were new, already stored
// (the same bytes: not imported again) or refused, so a client can say “新增 6 个，已存在 2 个”.
import type { UploadResult } from "../api-types.ts";

export const presentUploads = (results: UploadResult[]) => ({
  results,
  created: results.filter((r) => r.ok && r.created).length,
  existing: results.filter((r) => r.ok && !r.created).length,
  failed: results.filter((r) => !r.ok).length,
});
