// 代为填报 is a fact of the moment a report was made: the office (or an admin) reported for the
// unit. It was derived when the history was read, from the author's role then — so an office
// account later turned into a unit account (or back) relabelled every report it ever made. The
// flag is now stored with the update, as the write decides it (tasks.ts `onBehalf`).
// Updates made before are filled in from what the audit log recorded at the time:
// - a progress or closure-request entry of the same transaction (same task, action, author and
//   timestamp — `now()` is the transaction's) that names the unit reported for (`onBehalfOf`,
//   recorded since that label existed) is on behalf;
// - else the author's role at the time decides, as the write would have (only a unit account
//   answers for its unit): the role the account's latest audited creation or edit before the
//   update gave it, else the role its first audited edit after the update changed from, else
//   its role now (an account never edited).
// An update without an author (a system write) was never on behalf.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`alter table task_updates add column on_behalf boolean not null default false`.execute(db);
    // each CTE reads the audit log once (it has no index on entity); the roles are few rows
    await sql`
      with proxied as (
        select distinct entity_id, action, at, user_id from audit_log
        where entity = 'task' and action in ('progress', 'closure_request')
          and (after ->> 'onBehalfOf') is not null
      ),
      roles as materialized (
        select entity_id, at, id, before ->> 'role' as was, after ->> 'role' as became from audit_log
        where entity = 'user' and ((before ->> 'role') is not null or (after ->> 'role') is not null)
      )
      update task_updates u set on_behalf = true
      where u.kind in ('progress', 'closure_request') and u.user_id is not null and (
        exists (
          select 1 from proxied p
          where p.entity_id = u.task_id::text and p.action = u.kind and p.at = u.created_at
            and p.user_id = u.user_id
        )
        or coalesce(
          (select r.became from roles r
            where r.entity_id = u.user_id::text and r.at <= u.created_at and r.became is not null
            order by r.at desc, r.id desc limit 1),
          (select r.was from roles r
            where r.entity_id = u.user_id::text and r.at > u.created_at and r.was is not null
            order by r.at, r.id limit 1),
          (select role from users where users.id = u.user_id)
        ) is distinct from 'unit'
      )`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`alter table task_updates drop column if exists on_behalf`.execute(db);
  },
};
