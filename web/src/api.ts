// The client side of the JSON API.
import type { AnalysisRecord } from "../../src/types.ts";

export type { AnalysisRecord, Fact, Finding, Heading, Measure, Noise } from "../../src/types.ts";

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
  year: number | null;
  published: string | null;
  sections: { ok: number; total: number };
  findings: number;
  facts: number;
  measures: number;
  engineVersion: string;
  createdAt: string;
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
  year: number | null;
  title: string | null;
}

export interface LedgerRow {
  no: number;
  area: string;
  group: string;
  title: string;
  lead: string[];
  cooperate: string[];
  due: string;
  dueSource: string;
  deadlineQuote: string;
  clause: string;
}

export interface UnitSummary {
  key: string;
  name: string;
  canonical: string;
  written: string[];
  collective: boolean;
  known: boolean;
  leads: number;
  cooperates: number;
  earliestDue: string | null;
  measures: number[];
}

export interface Ledger {
  id: number;
  title: string | null;
  rows: LedgerRow[];
  units: UnitSummary[];
  areas: string[];
}

export class ApiFailure extends Error {}

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

/** Upload one file with progress (fetch has no upload progress; XHR has). */
export function uploadFile(file: File, onProgress: (percent: number) => void): Promise<UploadResult> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    const form = new FormData();
    form.append("files", file, file.name);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText);
        if (xhr.status >= 400) resolve({ name: file.name, ok: false, error: body.error });
        else resolve(body.results[0] as UploadResult);
      } catch {
        resolve({
          name: file.name,
          ok: false,
          error: { code: "network", message: `${file.name}: 上传失败` },
        });
      }
    };
    xhr.onerror = () =>
      resolve({ name: file.name, ok: false, error: { code: "network", message: `${file.name}: 网络错误` } });
    xhr.open("POST", "/api/documents");
    xhr.send(form);
  });
}

export const KIND_LABEL: Record<string, string> = { report: "年度报告", plan: "实施方案", other: "其他" };
export const LEVEL_LABEL: Record<string, string> = {
  province: "省级",
  city: "市级",
  county: "县级",
  department: "部门",
};
export const SEVERITY_LABEL: Record<string, string> = { error: "错误", warning: "警告", info: "提示" };
