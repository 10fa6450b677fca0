// The client side of the JSON API.
import type { AnalysisRecord } from "../../src/types.ts";

export type { AnalysisRecord, Fact, Finding, Heading, Measure, Noise } from "../../src/types.ts";
export type { LedgerRow, UnitSummary } from "../../src/plan/ledger.ts";
import type { Ledger as LedgerData } from "../../src/plan/ledger.ts";

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface DocumentSummary {
  id: number;
  name: string;
  format: string;
  kind: "report" | "plan" | "other";
  title: string | null;
  region: string | null;
  level: string | null;
  /** the issuing body: a department or ministry, else the area itself */
  issuer: string | null;
  year: number | null;
  published: string | null;
  sections: { ok: number; total: number };
  findings: number;
  facts: number;
  measures: number;
  engineVersion: string;
  createdAt: string;
  isPublic: boolean;
  snippets: SnippetPart[][];
}

export interface DocumentDetail extends DocumentSummary {
  record: AnalysisRecord;
  analyses: Array<{ id: number; engineVersion: string; createdAt: string }>;
}

export interface DocumentList {
  total: number;
  page: number;
  pageSize: number;
  terms: string[];
  items: DocumentSummary[];
}

export interface Indicator {
  id: string;
  label: string;
  area: string;
  kind: string;
}

export interface ComparedFact {
  id: number;
  document_id: number;
  indicator: string;
  value: number;
  unit: string;
  quote: string;
  subject: string;
  region: string | null;
  /** the issuing body: a city's report and its departments' reports are different series */
  issuer: string | null;
  year: number | null;
  title: string | null;
}

export interface Ledger extends LedgerData {
  id: number;
  title: string | null;
}

export class ApiFailure extends Error {}

// the session's CSRF token, sent with every change (set by the session provider)
let csrfToken: string | null = null;
export const setCsrf = (token: string | null) => {
  csrfToken = token;
};

export async function send<T>(method: "POST" | "DELETE", url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: {
      ...(body !== undefined ? { "content-type": "application/json" } : {}),
      ...(csrfToken ? { "x-csrf-token": csrfToken } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(data?.error?.message ?? `请求失败 (${res.status})`);
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
      if (xhr.status >= 400) reject(new ApiFailure(body?.error?.message ?? `请求失败 (${xhr.status})`));
      else resolve(body as T);
    };
    xhr.onerror = () => reject(new ApiFailure("网络错误"));
    xhr.open("POST", url);
    if (csrfToken) xhr.setRequestHeader("x-csrf-token", csrfToken);
    xhr.send(form);
  });
}

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: "admin" | "coordinator" | "unit" | "evaluator" | "public";
  roleLabel: string;
  unitName: string | null;
}

export const canManage = (u: SessionUser | null) => u?.role === "admin" || u?.role === "coordinator";

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(body?.error?.message ?? `请求失败 (${res.status})`);
  return body as T;
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

export interface UploadResult {
  name: string;
  ok: boolean;
  id?: number;
  created?: boolean;
  error?: { code: string; message: string };
}

/** Upload one document with progress. */
export async function uploadFile(file: File, onProgress: (percent: number) => void): Promise<UploadResult> {
  const form = new FormData();
  form.append("files", file, file.name);
  try {
    const body = await sendForm<{ results: UploadResult[] }>("/api/documents", form, onProgress);
    return body.results[0];
  } catch (error) {
    return {
      name: file.name,
      ok: false,
      error: { code: "upload", message: `${file.name}: ${(error as Error).message}` },
    };
  }
}

export const KIND_LABEL: Record<string, string> = { report: "年度报告", plan: "方案计划", other: "其他文件" };
export const LEVEL_LABEL: Record<string, string> = {
  central: "中央",
  province: "省级",
  city: "市级",
  county: "县级",
  township: "乡镇级",
  department: "部门",
};
export const SEVERITY_LABEL: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };
