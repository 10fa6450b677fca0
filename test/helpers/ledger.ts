// The ledger the supervision tests start from: the test users (session.ts), the demo plan
// (demo-plan.ts) and its ledger, made by the coordinator through the API as the web app makes it.
import assert from "node:assert/strict";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../src/store/db.ts";
import { ingestDemoPlan } from "./demo-plan.ts";
import { as, login, makeUsers, type Session } from "./session.ts";

/** The ledger `coord` makes from a plan document; fails the test unless it is made. */
export async function postLedger(app: FastifyInstance, coord: Session, documentId: number): Promise<number> {
  const res = await app.inject({
    method: "POST",
    url: "/api/ledgers",
    headers: as(coord),
    payload: { documentId },
  });
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { id: number }).id;
}

export interface DemoLedger {
  /** coord1's session, which made the ledger */
  coord: Session;
  /** the demo plan's document */
  planId: number;
  ledgerId: number;
}

/** The test users, the demo plan and the ledger coord1 makes from it (tasks due 2017–2019). */
export async function demoLedger(store: Store, app: FastifyInstance): Promise<DemoLedger> {
  await makeUsers(store);
  const planId = await ingestDemoPlan(store);
  const coord = await login(app, "coord1");
  return { coord, planId, ledgerId: await postLedger(app, coord, planId) };
}
