// The registry's home area where divisions share its name (永定区 of 龙岩市 and of 张家界市): an
// account named 市司法局 is the city's whose units the registry also holds (张家界市, placed by a
// plan), and none is guessed when the registry does not say.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { homeContext, resolveOwners, unitForAccount } from "../src/commands/units/registry.ts";
import type { Store } from "../src/store/db.ts";
import { storeTargets } from "./helpers/store-targets.ts";

for (const target of storeTargets()) {
  describe(`home area of a shared name (${target.label})`, { timeout: 120_000 }, () => {
    let store: Store;
    before(async () => {
      store = await target.open();
    });
    after(async () => {
      await store?.close();
    });

    test("a registry of 永定区's units alone: no city is guessed for 市司法局", async () => {
      // a district's plan read from an older record (no code): the district's own units
      await resolveOwners(store.db, ["区司法局", "区政府办公室", "区发改局"], { region: "永定区" });
      assert.deepEqual(await homeContext(store.db), { region: "永定区", code: null });
      const unit = await unitForAccount(store.db, "市司法局");
      assert.notEqual(unit.name, "龙岩市司法局");
      assert.equal(unit.area, "市");
    });

    test("once the registry holds 张家界市's units, the home is 张家界市's 永定区", async () => {
      await resolveOwners(store.db, ["市司法局"], { region: "永定区", code: "430802" });
      assert.deepEqual(await homeContext(store.db), { region: "永定区", code: "430802" });
      // (市司法局 itself was registered unplaced above; a unit named first now is placed)
      const ndrc = await unitForAccount(store.db, "市发改委");
      assert.equal(ndrc.area, "张家界市");
      assert.ok(ndrc.name.startsWith("张家界市"), ndrc.name);
      assert.equal((await unitForAccount(store.db, "区司法局")).name, "永定区司法局");
    });
  });
}
