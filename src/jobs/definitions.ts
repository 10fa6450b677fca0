// The application's background jobs and their schedules. A new job is one entry here whose
// handler calls a command; the web process enqueues it, any worker runs it once.
import { z } from "zod";
import { SYSTEM_SCOPE } from "../commands/access/scope.ts";
import { recomputeOpenRounds, recomputeRound } from "../commands/assess/index.ts";
import { buildDigest, sendMails } from "../commands/digest/digest.ts";
import { reanalyzeBatch } from "../commands/documents/reanalyze.ts";
import { refreshSearchWords, refreshStatistics } from "../store/db.ts";
import { purgeExpired } from "../commands/sessions/purge.ts";
import { today } from "../commands/tasks/tasks.ts";
import { checkAllPublications, guardedFetch } from "../commands/season/index.ts";
import { defineJob, type ScheduleDefinition } from "./define.ts";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Documents re-analysed per run of the re-analysis job; the next run continues after them. */
const REANALYZE_BATCH = 25;

export const JOBS = {
  /** overdue and soon-due tasks mailed to coordinators and to each unit's users */
  "mail-digest": defineJob({
    label: "每日任务提醒邮件",
    payload: z.object({
      withinDays: z.number().int().min(0).max(90).default(7),
      /** the day the digest is for (Beijing time); today when absent */
      on: z.string().regex(DAY).optional(),
    }),
    policy: "short",
    expireInSeconds: 10 * 60,
    async handler({ withinDays, on }, { store, config, log, now }) {
      if (!config.smtpUrl) {
        log("未配置 SMTP_URL，每日提醒邮件未发送");
        return { sent: 0 };
      }
      const day = on ?? today(now());
      const sent = await sendMails(
        config.smtpUrl,
        config.mailFrom,
        await buildDigest(store, SYSTEM_SCOPE, day, withinDays),
      );
      log(`已发送每日提醒 ${sent} 封（${day}）`);
      return { sent };
    },
  }),
  /** every recorded publication of the report season fetched again and compared with the accepted text */
  "season-publication-watch": defineJob({
    label: "年度报告公开情况核对",
    payload: z.object({}),
    policy: "short",
    retryLimit: 1,
    expireInSeconds: 30 * 60,
    async handler(_payload, { store, options, log, now }) {
      const results = await checkAllPublications(store, SYSTEM_SCOPE, {
        fetcher: guardedFetch,
        options,
        now: now(),
      });
      const flagged = results.filter((r) => r.status !== "on_time" && r.status !== "late");
      log(`已核对年度报告公开情况 ${results.length} 个单位，需关注 ${flagged.length} 个`);
      return { checked: results.length, results };
    },
  }),
  /** open assessment rounds rescored from their current sources; changed items are logged */
  "assess-recompute": defineJob({
    label: "评估自动评分项重新计算",
    payload: z.object({ roundId: z.number().int().positive().optional() }),
    policy: "stately",
    expireInSeconds: 10 * 60,
    async handler({ roundId }, { store, log, now }) {
      const result = roundId
        ? { rounds: 1, ...(await recomputeRound(store, SYSTEM_SCOPE, roundId, now())) }
        : await recomputeOpenRounds(store, SYSTEM_SCOPE, now());
      if (result.changed)
        log(`评估重新计算：${result.rounds} 个轮次，${result.changed} 个评分项分值变化（已记录）`);
      return result;
    },
  }),
  /** after an engine upgrade: every stored document read again, in batches, while the server serves */
  reanalyze: defineJob({
    label: "按新版引擎重新分析文档",
    payload: z.object({
      afterId: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(REANALYZE_BATCH),
    }),
    // one batch waiting and one running: a second start of the chain is dropped
    policy: "stately",
    expireInSeconds: 30 * 60,
    async handler({ afterId, limit }, { store, options, log, enqueue }) {
      const batch = await reanalyzeBatch(store, SYSTEM_SCOPE, options, { afterId, limit });
      if (batch.failed) log(`重新分析：${batch.failed} 个文档失败，保留原记录`);
      if (batch.lastId !== null)
        await enqueue("reanalyze", { afterId: batch.lastId, limit }, { singletonKey: "chain" });
      return batch;
    },
  }),
  /** the embedded database has no autovacuum: the planner's statistics are refreshed on a schedule;
   *  on both, the common words search_index adds are read from them (migration 0024) */
  "refresh-statistics": defineJob({
    label: "更新数据库统计信息",
    payload: z.object({}),
    policy: "short",
    expireInSeconds: 10 * 60,
    async handler(_payload, { store }) {
      if (store.engine !== "pglite") {
        await refreshSearchWords(store);
        return { skipped: "PostgreSQL 自动维护统计信息" };
      }
      await refreshStatistics(store);
      return { analyzed: true };
    },
  }),
  /** expired sessions deleted (loadSession ignores them; this removes them), old login-throttle counts too */
  "purge-sessions": defineJob({
    label: "清理过期会话",
    payload: z.object({}),
    policy: "short",
    async handler(_payload, { store, now, log }) {
      const purged = await purgeExpired(store, now());
      if (purged.sessions) log(`已清理过期会话 ${purged.sessions} 个`);
      return purged;
    },
  }),
};

export type Jobs = typeof JOBS;

export const SCHEDULES: ScheduleDefinition<Jobs>[] = [
  // every morning at 07:00 Beijing time
  { job: "mail-digest", cron: "0 7 * * *", tz: "Asia/Shanghai", payload: { withinDays: 7 } },
  // the season's publications re-checked every morning, before the digest is read
  { job: "season-publication-watch", cron: "30 6 * * *", tz: "Asia/Shanghai", payload: {} },
  // reports re-analysed, tasks closed, entries made: automatic items follow within ten minutes
  { job: "assess-recompute", cron: "*/10 * * * *", tz: "Asia/Shanghai", payload: {} },
  { job: "refresh-statistics", cron: "*/15 * * * *", tz: "Asia/Shanghai", payload: {} },
  // every hour, at minute 17 (away from the digest)
  { job: "purge-sessions", cron: "17 * * * *", tz: "Asia/Shanghai", payload: {} },
];
