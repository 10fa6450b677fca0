// Unit accounts imported from an Excel sheet (the template's columns). Every row is checked
// first; one bad row and nothing is imported, and each problem is reported with its row
// number in Chinese. Imported accounts choose their own password at first sign-in.
import ExcelJS from "exceljs";
import type { Table } from "../../export/table.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { audit } from "../audit/audit.ts";
import { DomainError, invalid } from "../errors.ts";
import { hashPassword, passwordProblem } from "./passwords.ts";
import { accountUnit, USERNAME_RULE } from "./users.ts";

const COLUMNS = ["用户名", "姓名", "单位", "邮箱", "初始密码"] as const;
const MAX_ROWS = 1000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The sheet to fill in: the columns, and a second sheet saying what goes in them. */
export const ACCOUNT_TEMPLATE: Table[] = [
  { name: "单位账号", headers: [...COLUMNS], widths: [16, 12, 28, 24, 20], rows: [] },
  {
    name: "填写说明",
    headers: ["列", "说明"],
    widths: [12, 70],
    rows: [
      ["用户名", "3–32 位字母、数字或 _ . -，不能与已有账号重复"],
      ["姓名", "账号使用人或联系人姓名"],
      ["单位", "单位全称或简称，如 长治市司法局、市司法局；须为一个具体单位（不能是“各县市区政府”等）"],
      ["邮箱", "可不填；填写后接收到期提醒"],
      ["初始密码", "至少 10 位，含大写字母、小写字母、数字、符号中的三类（或不少于 16 位）；首次登录须修改"],
    ],
  },
];

export interface RowError {
  /** the row's number in the sheet (the header is row 1) */
  row: number;
  message: string;
}

interface Row {
  row: number;
  username: string;
  displayName: string;
  unit: string;
  email: string;
  password: string;
}

const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    if ("text" in v && typeof v.text === "string") return v.text.trim();
    if ("richText" in v)
      return v.richText
        .map((r) => r.text)
        .join("")
        .trim();
    if ("result" in v) return text(v.result as ExcelJS.CellValue);
    return "";
  }
  return String(v).trim();
};

async function readRows(bytes: Uint8Array): Promise<Row[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalid("not_xlsx", "无法读取该文件：请使用下载的 Excel 模板（.xlsx）", "not an xlsx workbook");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid("not_xlsx", "表格中没有工作表", "no worksheet");
  const header = COLUMNS.map((c) => {
    let at = 0;
    sheet.getRow(1).eachCell((cell, col) => {
      if (text(cell.value) === c) at = col;
    });
    return at;
  });
  const missing = COLUMNS.filter((_, k) => header[k] === 0);
  if (missing.length)
    throw invalid(
      "bad_template",
      `表头缺少：${missing.join("、")}（请使用下载的模板）`,
      "template columns missing",
    );
  const rows: Row[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    const [username, displayName, unit, email, password] = header.map((col) => text(r.getCell(col).value));
    if (!username && !displayName && !unit && !email && !password) return;
    rows.push({ row: n, username, displayName, unit, email, password });
  });
  if (rows.length === 0) throw invalid("empty_sheet", "表格中没有账号", "no rows");
  if (rows.length > MAX_ROWS)
    throw invalid("too_many_rows", `一次最多导入 ${MAX_ROWS} 个账号`, "too many rows");
  return rows;
}

/** Problems of a row that need no database. */
function rowProblems(r: Row, seen: Map<string, number>): string[] {
  const out: string[] = [];
  if (!USERNAME_RULE.test(r.username)) out.push("用户名应为 3–32 位字母、数字或 _ . -");
  else if (seen.has(r.username.toLowerCase()))
    out.push(`用户名与第 ${seen.get(r.username.toLowerCase())} 行重复`);
  else seen.set(r.username.toLowerCase(), r.row);
  if (!r.displayName) out.push("姓名不能为空");
  else if (r.displayName.length > 40) out.push("姓名最多 40 个字");
  if (!r.unit) out.push("单位不能为空");
  if (r.email && !EMAIL.test(r.email)) out.push("邮箱格式不正确");
  if (!r.password) out.push("初始密码不能为空");
  else {
    const weak = passwordProblem(r.password, r.username || "\u0000");
    if (weak) out.push(weak);
  }
  return out;
}

class Refused extends Error {}

/** Imports the sheet's unit accounts: all of them, or none with the problems of each row. */
export async function importUnitAccounts(
  store: Store,
  scope: Scope,
  bytes: Uint8Array,
): Promise<{ created: number; errors: RowError[] }> {
  requirePermission(scope, "users:manage");
  const rows = await readRows(bytes);
  const seen = new Map<string, number>();
  const errors: RowError[] = rows.flatMap((r) =>
    rowProblems(r, seen).map((message) => ({ row: r.row, message })),
  );
  const hashes = new Map<number, string>();
  if (errors.length === 0) for (const r of rows) hashes.set(r.row, await hashPassword(r.password));
  try {
    await store.db.transaction().execute(async (trx) => {
      const taken = new Set(
        (
          await trx
            .selectFrom("users")
            .select("username")
            .where(
              "username",
              "in",
              rows.map((r) => r.username),
            )
            .execute()
        ).map((u) => u.username),
      );
      const values = [];
      for (const r of rows) {
        if (taken.has(r.username)) errors.push({ row: r.row, message: `用户名「${r.username}」已存在` });
        try {
          const unit = await accountUnit(trx, "unit", null, r.unit);
          values.push({ r, unit });
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          errors.push({ row: r.row, message: e.zh });
        }
      }
      // one problem anywhere: nothing is kept (units registered above are rolled back too)
      if (errors.length) throw new Refused();
      for (const { r, unit } of values) {
        const row = await trx
          .insertInto("users")
          .values({
            username: r.username,
            display_name: r.displayName,
            role: "unit",
            unit_name: unit?.name ?? null,
            unit_key: unit?.key ?? null,
            email: r.email || null,
            password_hash: hashes.get(r.row) ?? "",
            must_change_password: true,
          })
          .returning(["id", "username", "display_name", "role", "unit_name"])
          .executeTakeFirstOrThrow();
        await audit(trx, scope.caller, "create", "user", row.id, null, row);
      }
      await audit(trx, scope.caller, "import", "user", null, null, { count: values.length });
    });
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    return { created: 0, errors: errors.sort((a, b) => a.row - b.row) };
  }
  return { created: rows.length, errors: [] };
}
