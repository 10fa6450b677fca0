// The issuing body beside its area: a department's report keeps its government's area in
// `region` (长沙市) and names the department in `issuer` (长沙市司法局).
import { type Kysely, type Migration, sql } from "kysely";

export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable("documents").addColumn("issuer", "text").execute();
    // rows analysed before: the area was the issuer (a department's name stood in region);
    // re-analysis sets both
    await sql`update documents set issuer = region`.execute(db);
  },
};
