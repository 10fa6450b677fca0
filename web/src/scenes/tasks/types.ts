export interface Task {
  id: number;
  ledger_id: number;
  measure_no: number | null;
  title: string;
  area: string | null;
  unit_name: string;
  role: "lead" | "cooperate";
  due: string | null;
  due_inherited: boolean;
  status: string;
  percent: number;
  display: "未开始" | "进行中" | "待审核" | "已办结" | "已逾期";
}

export const STATUS_COLOR: Record<string, string> = {
  未开始: "default",
  进行中: "processing",
  待审核: "warning",
  已办结: "success",
  已逾期: "error",
};

export interface Tally {
  name: string;
  total: number;
  closed: number;
  overdue: number;
  pending: number;
  rate: number;
}

export interface Overview {
  ledger: { id: number; title: string; documentId: number };
  on: string;
  total: number;
  closed: number;
  overdue: number;
  pending: number;
  rate: number;
  byArea: Tally[];
  byUnit: Tally[];
}
