// The admin's account management (edit, disable, reset, delete, Excel import) and the unit
// registry (search, units of ledgers without an account).
import { z } from "zod";
import { ROLES } from "../../commands/access/policy.ts";
import { invalid } from "../../commands/errors.ts";
import { unitLabels } from "../../labels.ts";
import { listUnits, unitsWithoutAccount } from "../../commands/units/registry.ts";
import { ACCOUNT_TEMPLATE, importUnitAccounts } from "../../commands/users/import.ts";
import { deleteUser, resetPassword, setDisabled, updateUser } from "../../commands/users/manage.ts";
import { presentPage } from "../presenters/page.ts";
import { presentUnit, presentUser } from "../presenters/user.ts";
import { defineRoute } from "./define.ts";
import { sendTable } from "./exports.ts";
import { filePartBytes } from "./multipart.ts";
import { pageQuery } from "./paging.ts";

const id = z.object({ id: z.coerce.number().int().positive() });
const paging = pageQuery(50).shape;
interface UnitRowJson {
  key: string;
  name: string;
  short_name: string;
  area: string;
  area_code: string | null;
  aliases: string[];
  tasks?: number;
}
/** A page of units, each named as it is told apart from the others on the page. */
const unitsJson = <T extends UnitRowJson>(page: {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}) => {
  const label = unitLabels(page.items);
  return presentPage(page, (u) => presentUnit({ ...u, shortName: u.short_name, label: label(u) }));
};

const units = defineRoute(
  {
    method: "GET",
    url: "/api/units",
    summary: "单位名录：按全称、简称、别名检索（分页）",
    tag: "auth",
    permission: "units:read",
    query: z.object({ q: z.string().max(60).optional(), ...paging }),
  },
  async ({ query }, ctx) => unitsJson(await listUnits(ctx.store, ctx.scope, query)),
);

const unassigned = defineRoute(
  {
    method: "GET",
    url: "/api/units/without-account",
    summary: "督办台账中尚无账号的单位（分页）",
    tag: "auth",
    permission: "users:manage",
    query: z.object(paging),
  },
  async ({ query }, ctx) => unitsJson(await unitsWithoutAccount(ctx.store, ctx.scope, query)),
);

const editUser = defineRoute(
  {
    method: "POST",
    url: "/api/users/:id",
    summary: "修改账号：姓名、角色、单位、邮箱（仅管理员）",
    tag: "auth",
    permission: "users:manage",
    params: id,
    body: z.object({
      displayName: z.string().trim().min(1).max(40),
      role: z.enum(ROLES),
      unitKey: z.string().max(120).nullish(),
      email: z.string().email().or(z.literal("")).nullish(),
    }),
  },
  async ({ params, body }, ctx) => ({
    user: presentUser(await updateUser(ctx.store, ctx.scope, params.id, body)),
  }),
);

const disable = defineRoute(
  {
    method: "POST",
    url: "/api/users/:id/disabled",
    summary: "停用或启用账号（停用即结束其登录）",
    tag: "auth",
    permission: "users:manage",
    params: id,
    body: z.object({ disabled: z.boolean() }),
  },
  async ({ params, body }, ctx) => ({
    user: presentUser(await setDisabled(ctx.store, ctx.scope, params.id, body.disabled)),
  }),
);

const reset = defineRoute(
  {
    method: "POST",
    url: "/api/users/:id/password-reset",
    summary: "重置密码：返回一次性临时密码，下次登录须先修改",
    tag: "auth",
    permission: "users:manage",
    params: id,
  },
  async ({ params }, ctx) => {
    const r = await resetPassword(ctx.store, ctx.scope, params.id);
    return { user: presentUser(r.user), password: r.password };
  },
);

const remove = defineRoute(
  {
    method: "DELETE",
    url: "/api/users/:id",
    summary: "删除账号（保留历史记录中的名称）",
    tag: "auth",
    permission: "users:manage",
    params: id,
  },
  async ({ params }, ctx) => {
    await deleteUser(ctx.store, ctx.scope, params.id);
    return { ok: true };
  },
);

const template = defineRoute(
  {
    method: "GET",
    url: "/api/users/import-template",
    summary: "单位账号导入模板（Excel）",
    tag: "auth",
    permission: "users:manage",
    file: true,
  },
  async (_i, _ctx, _req, reply) => sendTable(reply, ACCOUNT_TEMPLATE, "xlsx", "单位账号导入模板"),
);

const importAccounts = defineRoute(
  {
    method: "POST",
    url: "/api/users/import",
    summary: "从 Excel 批量导入单位账号：全部导入，或有错时一个也不导入并逐行说明（multipart: file）",
    tag: "auth",
    permission: "users:manage",
    multipart: true,
  },
  async (_i, ctx, req) => {
    let bytes: Uint8Array | null = null;
    for await (const part of req.parts()) {
      if (part.type === "file" && !bytes)
        bytes = await filePartBytes(part, { zh: "文件超出大小限制", en: "file too large" });
    }
    if (!bytes) throw invalid("file_required", "请选择要导入的 Excel 文件", "no file");
    return importUnitAccounts(ctx.store, ctx.scope, bytes);
  },
);

export const ACCOUNT_ROUTES = [units, unassigned, template, importAccounts, editUser, disable, reset, remove];
