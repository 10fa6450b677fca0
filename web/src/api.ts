// The client side of the JSON API. Response types come from the server's presenters
// (src/server/api-types.ts), so the two cannot drift apart.
import type { PageOf, SessionUser, Uploads } from "../../src/server/api-types.ts";

export type { LedgerRow, UnitSummary } from "../../src/plan/ledger.ts";
export type {
  AnalysisRecord,
  AuditEntry,
  BatchResult,
  ChaseResult,
  ComparedFact,
  DocumentDetail,
  DocumentList,
  DocumentSummary,
  Facets,
  FactList,
  ImportResult,
  Heading,
  Indicator,
  LedgerDraft,
  LedgerItem,
  Measure,
  Notification,
  NotificationList,
  Overview,
  PageOf,
  PlanLedger as Ledger,
  Reminder,
  ReminderList,
  SessionInfo,
  SessionUser,
  SnippetPart,
  Task,
  TaskDetail,
  TaskList,
  Tally,
  Unit,
  UploadResult,
  User,
} from "../../src/server/api-types.ts";
export type { Fact, Finding, Noise } from "../../src/types.ts";

export class ApiFailure extends Error {}

/** fetch, its own failure (no network, the server stopped) in words: the browser's message is
 *  English (Failed to fetch, NetworkError when attempting to fetch resource). */
async function reach(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ApiFailure(NO_SERVER);
  }
}

const NO_SERVER = "无法连接服务器，请检查网络后重试";

// the session's CSRF token, sent with every change (set by the session provider)
let csrfToken: string | null = null;
export const setCsrf = (token: string | null) => {
  csrfToken = token;
};

export async function send<T>(method: "POST" | "DELETE", url: string, body?: unknown): Promise<T> {
  const res = await reach(url, {
    method,
    headers: {
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...(csrfToken ? { "x-csrf-token": csrfToken } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(data?.error?.message ?? `请求失败（${res.status}）`);
  return data as T;
}

/** Multipart POST with upload progress (XHR: fetch reports no upload progress). */
export function sendForm<T>(url: string, form: FormData, onProgress?: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    if (onProgress)
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: { error?: { message?: string } } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON
      }
      if (xhr.status >= 400) reject(new ApiFailure(body?.error?.message ?? `请求失败（${xhr.status}）`));
      else resolve(body as T);
    };
    xhr.onerror = () => reject(new ApiFailure(NO_SERVER));
    xhr.open("POST", url);
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.send(form);
  });
}

export const canManage = (u: SessionUser | null) => u?.role === "admin" || u?.role === "coordinator";

export async function getJson<T>(url: string): Promise<T> {
  const res = await reach(url);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(body?.error?.message ?? `请求失败（${res.status}）`);
  return body as T;
}

/** Every item of a paged list, page after page (the server caps each page at 200). */
export async function getAllPages<T>(url: string, limit = 5000): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; items.length < limit; page++) {
    const sep = url.includes("?") ? "&" : "?";
    const body = await getJson<PageOf<T>>(`${url}${sep}page=${page}&pageSize=200`);
    items.push(...body.items);
    if (body.items.length === 0 || items.length >= body.total) break;
  }
  return items;
}

export const query = (params: Record<string, string | number | undefined | null | string[] | number[]>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
};

/** Upload one document with progress: its result, and the server's counts (new, existing, refused). */
export async function uploadFile(file: File, onProgress: (percent: number) => void): Promise<Uploads> {
  const form = new FormData();
  form.append("files", file, file.name);
  try {
    return await sendForm<Uploads>("/api/documents", form, onProgress);
  } catch (error) {
    const message = `${file.name}：${(error as Error).message}`;
    return {
      results: [{ name: file.name, ok: false, error: { code: "upload", message } }],
      created: 0,
      existing: 0,
      failed: 1,
    };
  }
}

export const SEVERITY_LABEL: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };
