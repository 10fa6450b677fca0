// The season's dashboard: each unit's status, the counts, 及时报告率 and 向社会公布率 with the
// units behind each number, and the reminders to units that have not submitted or published.
import { unitLabels } from "../../labels.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { registerNames } from "../units/registry.ts";
import { latestSubmissions, loadSeason } from "./access.ts";
import { dayOf, today } from "./dates.ts";
import type { SeasonReminder } from "./types.ts";

export type { SeasonReminder };
import {
  PUBLICATION_LABEL,
  type RateEntry,
  rate,
  UNIT_STATUSES,
  type UnitStatus,
  unitStatus,
} from "./status.ts";

export async function dashboard(store: Store, scope: Scope, seasonId: number, now: Date) {
  requirePermission(scope, "season:read");
  const season = await loadSeason(store.db, seasonId);
  const on = today(now);
  let unitsQ = store.db.selectFrom("season_units").selectAll().where("season_id", "=", seasonId);
  if (scope.unit) unitsQ = unitsQ.where("unit_key", "=", scope.unit.key);
  // named as the unit register names them, as the assessment is (a row stored with another
  // name, e.g. before seasons took the register's, is shown with the register's all the same)
  const stored = await unitsQ.orderBy("unit_name").execute();
  const names = await registerNames(
    store.db,
    stored.map((u) => u.unit_key),
  );
  const named = stored.map((u) => ({ ...u, unit_name: names.get(u.unit_key) ?? u.unit_name }));
  // two divisions' units of one name (鼓楼区司法局 of 福州市 and of 南京市) with their cities, as
  // the season's unit picker shows them
  const label = unitLabels(named.map((u) => ({ name: u.unit_name, area_code: u.region_code })));
  const units = named.map((u) => ({
    ...u,
    unit_name: label({ name: u.unit_name, area_code: u.region_code }),
  }));
  const latest = new Map(
    (await latestSubmissions(store.db, seasonId, scope.unit?.key)).map((s) => [s.unit_key, s]),
  );
  let firstQ = store.db
    .selectFrom("season_submissions")
    .select(["unit_key", (eb) => eb.fn.min("submitted_at").as("first")])
    .where("season_id", "=", seasonId)
    .groupBy("unit_key");
  if (scope.unit) firstQ = firstQ.where("unit_key", "=", scope.unit.key);
  const first = new Map((await firstQ.execute()).map((r) => [r.unit_key, dayOf(r.first as Date)]));

  const rows = units.map((u) => {
    const sub = latest.get(u.unit_key);
    return {
      unit: u,
      latest: sub ?? null,
      firstSubmittedOn: first.get(u.unit_key) ?? null,
      status: unitStatus(season, u, sub, on),
    };
  });
  const counts = Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0])) as Record<UnitStatus, number>;
  for (const r of rows) counts[r.status]++;

  const entry = (r: (typeof rows)[number], detail: string): RateEntry => ({
    unitKey: r.unit.unit_key,
    unitName: r.unit.unit_name,
    detail,
  });
  const timely = rows.filter(
    (r) => r.firstSubmittedOn !== null && r.firstSubmittedOn <= season.submit_deadline,
  );
  const untimely = rows.filter((r) => !timely.includes(r));
  const published = rows.filter((r) => r.unit.publication_status === "on_time");
  const unpublished = rows.filter((r) => !published.includes(r));
  return {
    season,
    on,
    rows,
    counts,
    rates: {
      timely: rate(
        "及时报告率",
        timely.map((r) => entry(r, `${r.firstSubmittedOn} 报送`)),
        untimely.map((r) => entry(r, r.firstSubmittedOn ? `${r.firstSubmittedOn} 逾期报送` : "未报送")),
      ),
      published: rate(
        "向社会公布率",
        published.map((r) => entry(r, `${r.unit.published_on} 公开`)),
        unpublished.map((r) =>
          entry(
            r,
            r.unit.publication_status
              ? `${PUBLICATION_LABEL[r.unit.publication_status]}${r.unit.published_on ? `（${r.unit.published_on}）` : ""}`
              : "未公开",
          ),
        ),
      ),
    },
    reminders: remindersOf(season, rows),
  };
}

function remindersOf(
  season: { year: number; submit_deadline: string; publish_deadline: string },
  rows: Array<{
    unit: { unit_key: string; unit_name: string };
    status: UnitStatus;
    latest: { reason: string | null } | null;
  }>,
): SeasonReminder[] {
  const out: SeasonReminder[] = [];
  for (const r of rows) {
    const base = { unitKey: r.unit.unit_key, unitName: r.unit.unit_name, submitted: r.latest !== null };
    if (r.status === "未提交")
      out.push({
        ...base,
        text: `${season.year}年度法治政府建设年度报告尚未报送，报送截止 ${season.submit_deadline}`,
      });
    else if (r.status === "已退回") {
      // the reason said where the unit reads it first (as the notice of the return says it),
      // not only inside the report's drawer
      const reason = r.latest?.reason?.replace(/[。；;，,.\s]+$/u, "");
      out.push({
        ...base,
        text: reason
          ? `${season.year}年度报告已退回：${reason}。请按批注修改后重新报送`
          : `${season.year}年度报告已退回，请按批注修改后重新报送`,
      });
    } else if (r.status === "已通过")
      out.push({
        ...base,
        text: `${season.year}年度报告已审核通过，请于 ${season.publish_deadline} 前向社会公开并登记公开网址`,
      });
    else if (r.status === "逾期")
      out.push({
        ...base,
        text: base.submitted
          ? `${season.year}年度报告已超过公开截止日期 ${season.publish_deadline}，请尽快向社会公开并登记公开网址`
          : `${season.year}年度报告已超过报送截止日期 ${season.submit_deadline}，请尽快报送`,
      });
  }
  return out;
}

/** Reminders of every open season (the latest seasons), for the in-app list and the mail digest. */
export async function seasonReminders(store: Store, scope: Scope, now: Date): Promise<SeasonReminder[]> {
  requirePermission(scope, "season:read");
  const seasons = await store.db
    .selectFrom("seasons")
    .select("id")
    .orderBy("year", "desc")
    .limit(2)
    .execute();
  const out: SeasonReminder[] = [];
  for (const s of seasons) out.push(...(await dashboard(store, scope, s.id, now)).reminders);
  return out;
}
