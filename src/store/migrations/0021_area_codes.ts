// Areas were kept by name alone (units.area, documents.region, season_units.region), so the
// divisions that share a name (鼓楼区 of 福州市, 南京市, 徐州市 and 开封市; 永定区, 朝阳区) fell
// into one in filters, rankings and the season's roll. Each now has its GB/T 2260 code beside the
// name (six digits; null where it is not known which division is meant, or the area is none).
// Existing rows get the code their record says (meta.division, engine 0.2.13 on), else the code
// of the only division of that name; a shared name with nothing to say which stays null — a code
// is never guessed. A unit's area takes the code of the plans its tasks came from, when they all
// agree. With the codes known, the tasks 0020 left between two units go to the one in the plan's
// own area.
import { type Kysely, type Migration, sql } from "kysely";
import { soleCode } from "../../structure/regions.ts";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("documents").addColumn("region_code", "text").execute();
    await db.schema.alterTable("units").addColumn("area_code", "text").execute();
    await db.schema.alterTable("season_units").addColumn("region_code", "text").execute();
    await db.schema
      .createIndex("documents_region_code_idx")
      .on("documents")
      .columns(["region_code", "year"])
      .execute();
    // documents: what the current record says, when it speaks of the region the row shows.
    // The record is json (0001 keeps its key order), so every `#>>` on it reads the whole stored
    // record again (decompressed and parsed). Written as three such conditions on the join, the
    // planner applied two of them to every analysis, the earlier ones of re-analysed documents
    // too: with 33 KB records and one earlier analysis each, 10,000 documents took 34 s on
    // PostgreSQL and 5,000 took 16 s on PGlite, the server not starting meanwhile. Each current
    // record's meta is now taken out once and the conditions read that small object (8 s, 3 s).
    await sql`
      with meta as materialized (
        select d.id, a.record -> 'meta' as meta
        from documents d
        join analyses a on a.id = d.analysis_id
        where d.region is not null
      )
      update documents d set region_code = c.meta #>> '{division,code}'
      from meta c
      where c.id = d.id and (c.meta ->> 'region') = d.region
        and (c.meta #>> '{division,code}') is not null`.execute(db);
    // season units: the accepted report's record (the region column names the report's issuer
    // or area, both in the record's division)
    await sql`
      update season_units su set region_code = (
        select s.record #>> '{meta,division,code}' from season_submissions s
        where s.season_id = su.season_id and s.unit_key = su.unit_key and s.state = 'accepted'
        order by s.version desc limit 1)
      where su.region is not null`.execute(db);
    await bySoleName(db, "documents", "region", "region_code");
    await bySoleName(db, "season_units", "region", "region_code");
    await bySoleName(db, "units", "area", "area_code");
    // a unit of a shared name's area (鼓楼区司法局): the code of the plans that named it
    await sql`
      with coded as (
        select t.unit_key, min(d.region_code) as code, count(distinct d.region_code) as n
        from tasks t
        join ledgers l on l.id = t.ledger_id
        join documents d on d.id = l.document_id
        join units u on u.key = t.unit_key
        where d.region = u.area and d.region_code is not null
        group by t.unit_key
      )
      update units u set area_code = c.code
      from coded c
      where u.key = c.unit_key and u.area_code is null and c.n = 1`.execute(db);
    await placeByPlanArea(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex("documents_region_code_idx").execute();
    await db.schema.alterTable("documents").dropColumn("region_code").execute();
    await db.schema.alterTable("units").dropColumn("area_code").execute();
    await db.schema.alterTable("season_units").dropColumn("region_code").execute();
  },
};

/**
 * Migration 0020 left a task under a moved unit's old key (`市:finance`) where two units qualify
 * (长治市财政局 and 龙岩市财政局 both have the alias 市财政局). The plan's own division decides
 * now that both have codes: the unit whose area is that division or contains it (长治市 for a
 * plan of 长治市 or of 武乡县) — by code, from the county up to the province. Where neither or
 * both qualify the task stays as it is.
 */
async function placeByPlanArea(db: Kysely<unknown>) {
  await sql`
    with dangling as (
      select t.id, t.unit_name, substr(t.unit_key, strpos(t.unit_key, ':') + 1) as agency,
        d.region_code as code
      from tasks t
      join ledgers l on l.id = t.ledger_id
      join documents d on d.id = l.document_id
      where t.collective is null and t.unit_name is not null and strpos(t.unit_key, ':') > 0
        and d.region_code is not null
        and not exists (select 1 from units u where u.key = t.unit_key)
    ),
    found as (
      select d.id, min(u.key) as key, count(*) as n
      from dangling d
      join units u on (u.name = d.unit_name or u.aliases @> jsonb_build_array(d.unit_name))
        and right(u.key, length(d.agency) + 1) = ':' || d.agency
      where u.area_code in (d.code, substr(d.code, 1, 4) || '00', substr(d.code, 1, 2) || '0000')
      group by d.id
    )
    update tasks t set unit_key = f.key
    from found f
    where t.id = f.id and f.n = 1`.execute(db);
}

/** Rows still without a code whose area's name is one division's get that division's code. */
async function bySoleName(db: Kysely<unknown>, table: string, name: string, code: string) {
  const rows = await sql<{ name: string }>`
    select distinct ${sql.ref(name)} as name from ${sql.table(table)}
    where ${sql.ref(code)} is null and ${sql.ref(name)} is not null`.execute(db);
  for (const { name: area } of rows.rows) {
    const sole = soleCode(area);
    if (sole)
      await sql`update ${sql.table(table)} set ${sql.ref(code)} = ${sole}
        where ${sql.ref(name)} = ${area} and ${sql.ref(code)} is null`.execute(db);
  }
}
