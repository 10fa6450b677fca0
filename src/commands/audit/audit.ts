// The audit log: who changed what, when, before and after. Written in the same transaction
// as the change; the table refuses updates and deletes (a trigger), and no route edits it.
import { type ExpressionBuilder, type Kysely, sql, type Transaction } from "kysely";
import type { Store } from "../../store/db.ts";
import type { Database } from "../../store/schema.ts";
import { type Caller, requirePermission, type Scope } from "../access/scope.ts";
import { type Page, paged } from "../paging.ts";
import { documentName } from "../../labels.ts";
import { titleMarks } from "../../shared/title-marks.ts";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

export async function audit(
  db: Kysely<Database> | Transaction<Database>,
  actor: Pick<Caller, "id" | "username"> | null,
  action: string,
  entity: string,
  entityId: string | number | null,
  before: unknown,
  after: unknown,
): Promise<void> {
  await auditMany(db, actor, [{ action, entity, entityId, before, after }]);
}

/** Several entries by one actor in one statement (a batch of uploads). */
export async function auditMany(
  db: Kysely<Database> | Transaction<Database>,
  actor: Pick<Caller, "id" | "username"> | null,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  await db
    .insertInto("audit_log")
    .values(
      entries.map((e) => ({
        user_id: actor?.id ?? null,
        username: actor?.username ?? null,
        action: e.action,
        entity: e.entity,
        entity_id: e.entityId === null ? null : String(e.entityId),
        before: json(e.before),
        after: json(e.after),
      })),
    )
    .execute();
}

/** The name the log's object is known by now, for the entities whose entries record no name
 * (a task's progress, a report's return): the task's text and unit, the season's or round's
 * title, the unit and version of a submitted report, the unit and code of a scored item (长沙市
 * F1) or of its appeal… — never its row id; an account's display name for its entries that
 * record nothing (a password changed by its owner). Null for the others (an account's other
 * entries, a document: they carry the name) and for a row since deleted. */
const OBJECT_NAME = sql<string | null>`case
  when a.entity_id !~ '^[0-9]{1,9}$' then null
  when a.entity = 'task' then (select t.title || '（' || t.unit_name || '）' from tasks t where t.id = a.entity_id::int)
  when a.entity = 'ledger' then (select l.title from ledgers l where l.id = a.entity_id::int)
  when a.entity = 'user' and a.before is null and a.after is null then (
    select u.display_name from users u where u.id = a.entity_id::int)
  when a.entity = 'season' then (select s.title from seasons s where s.id = a.entity_id::int)
  when a.entity = 'season_submission' then (
    select coalesce(u.unit_name, ss.unit_key) || ' 第 ' || ss.version || ' 版'
    from season_submissions ss
    left join season_units u on u.season_id = ss.season_id and u.unit_key = ss.unit_key
    where ss.id = a.entity_id::int)
  when a.entity = 'assess_round' then (select r.title from assess_rounds r where r.id = a.entity_id::int)
  when a.entity = 'assess_system' then (select y.name from assess_systems y where y.id = a.entity_id::int)
  when a.entity = 'assess_unit' then (select au.unit_name from assess_units au where au.id = a.entity_id::int)
  when a.entity = 'assess_item' then (
    select au.unit_name || ' ' || i.code
    from assess_items i join assess_units au on au.id = i.unit_id
    where i.id = a.entity_id::int)
  when a.entity = 'assess_appeal' then (
    select au.unit_name || ' ' || i.code
    from assess_appeals p join assess_items i on i.id = p.item_id join assess_units au on au.id = i.unit_id
    where p.id = a.entity_id::int)
end`;

/** A document's entries name it as the library does (its title, else its place, year and kind:
 * labels.ts's documentName), read now: the entry records the file's name, and the demo's files
 * are named by hashes (000_759704e5000b19aa.txt) that no page shows. */
const DOCUMENT_NOW = sql<{
  title: string | null;
  region: string | null;
  year: number | null;
  kind: string;
} | null>`case
  when a.entity = 'document' and a.entity_id ~ '^[0-9]{1,9}$' then (
    select json_build_object('title', d.title, 'region', d.region, 'year', d.year, 'kind', d.kind)
    from documents d where d.id = a.entity_id::int)
end`;

/** The log, newest first, one page at a time. */
export async function listAudit(store: Store, scope: Scope, filter: { entity?: string } & Page) {
  requirePermission(scope, "audit:read");
  let rows = store.db.selectFrom("audit_log");
  if (filter.entity) rows = rows.where("entity", "=", filter.entity);
  const count = async () =>
    (await rows.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
  // the actor is named as people know them (the account's display name, read now: a renamed
  // account reads by its new name); a failed login names the account whose username was typed.
  // `actor_shared`: another account has the same display name, so the sentence adds the username
  const actor = (eb: ExpressionBuilder<Database & { a: Database["audit_log"] }, "a">) =>
    eb
      .selectFrom("users as u")
      .whereRef("u.id", "=", "a.user_id")
      .where("a.user_id", "is not", null)
      .select("u.display_name")
      .union(
        eb
          .selectFrom("users as u")
          .where("a.user_id", "is", null)
          // a login attempt records the username typed; another entry without an actor is the
          // system's (an account made at start or by the demo): its `after.username` is the
          // account it made, not who made it (it read “coord1 创建了账号「coord1」”)
          .where("a.action", "like", "login%")
          .where("u.username", "=", sql<string>`a.after->>'username'`)
          .where("u.deleted_at", "is", null)
          .select("u.display_name"),
      )
      .limit(1);
  const listed = store.db
    .selectFrom("audit_log as a")
    .$if(Boolean(filter.entity), (q) => q.where("a.entity", "=", filter.entity as string))
    .selectAll("a")
    .select((eb) => actor(eb).as("actor_name"))
    .select(OBJECT_NAME.as("object_name"))
    .select(DOCUMENT_NOW.as("document_now"))
    .select((eb) =>
      eb
        .selectFrom("users as o")
        .where("o.display_name", "=", actor(eb))
        .select(sql<boolean>`count(*) > 1`.as("shared"))
        .as("actor_shared"),
    )
    .orderBy("a.id", "desc");
  const page = await paged(listed, count, filter);
  // a ledger is named by its plan's title as read (<…> from a web page): marks as shown. Only a
  // ledger: a task's text is a measure, where < and > compare (败诉率<5%), and pairing them
  // (《5%，满意度》) or dropping one changed what the record says
  const shown = (entity: string, name: string) => (entity === "ledger" ? titleMarks(name) : name);
  return {
    ...page,
    items: page.items.map(({ document_now, ...e }) => ({
      ...e,
      object_name:
        e.object_name !== null
          ? shown(e.entity, e.object_name)
          : document_now
            ? documentName(document_now)
            : null,
    })),
  };
}
