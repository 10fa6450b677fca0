// Until commit 81bd0ec a ledger made while a unit named before its area was known (市司法局,
// key `市:justice`) was placed in the home area (`长治市:justice`, commands/units/registry.ts
// `placeUnits`) wrote its own tasks under the old key after that key was deleted: those tasks
// count under no unit, so 督办 lists and the unit's task views (joined on units) leave them out.
// Each such task (not a collective: those are keyed by their written name and have no unit) is
// given the unit it was moved to: the one whose name or aliases hold the name the task was
// written under (placing keeps the old names as aliases) and whose key has the same agency after
// the ':'. Only when exactly one unit qualifies — between two (市司法局 of 长治市 and of 龙岩市)
// the task is left as it is rather than counted under a guess.
// Migrations write nothing to the audit log (it records what people did); none is written here.
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`
      with dangling as (
        select t.id, t.unit_name, substr(t.unit_key, strpos(t.unit_key, ':') + 1) as agency
        from tasks t
        where t.collective is null and t.unit_name is not null and strpos(t.unit_key, ':') > 0
          and not exists (select 1 from units u where u.key = t.unit_key)
      ),
      found as (
        select d.id, min(u.key) as key, count(*) as n
        from dangling d
        join units u on (u.name = d.unit_name or u.aliases @> jsonb_build_array(d.unit_name))
          and right(u.key, length(d.agency) + 1) = ':' || d.agency
        group by d.id
      )
      update tasks t set unit_key = f.key
      from found f
      where t.id = f.id and f.n = 1`.execute(db);
  },
  // the old keys named units that no longer exist: there is nothing to go back to
  async down() {},
};
