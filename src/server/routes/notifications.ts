// The signed-in account's own notifications: the list with the unread count, and marking read.
import { z } from "zod";
import { listNotifications, markNotificationsRead } from "../../commands/notifications/notifications.ts";
import { presentPage } from "../presenters/page.ts";
import { presentNotification } from "../presenters/task.ts";
import { defineRoute } from "./define.ts";
import { pageQuery } from "./paging.ts";

const list = defineRoute(
  {
    method: "GET",
    url: "/api/notifications",
    summary: "本人的通知（催办、退回、办结通过、延期、改派，年度报告退回、通过；最新在前，分页），含未读数",
    tag: "notifications",
    permission: "signed-in",
    query: pageQuery(20).extend({ unread: z.enum(["1", "true"]).optional() }),
  },
  async ({ query }, ctx) => {
    const page = await listNotifications(ctx.store, ctx.scope, { ...query, unread: Boolean(query.unread) });
    return { ...presentPage(page, presentNotification), unread: page.unread };
  },
);

const markRead = defineRoute(
  {
    method: "POST",
    url: "/api/notifications/read",
    summary: "将本人的通知标为已读：所列的，或全部（all: true）",
    tag: "notifications",
    permission: "signed-in",
    body: z.object({
      ids: z.array(z.number().int().positive()).max(200).default([]),
      all: z.boolean().default(false),
    }),
  },
  async ({ body }, ctx) => ({
    marked: await markNotificationsRead(ctx.store, ctx.scope, body.all ? "all" : body.ids),
  }),
);

export const NOTIFICATION_ROUTES = [list, markRead];

export type NotificationRoutes = { list: typeof list };
