// Versioned migrations, applied in order of their names on every start. Never edit a migration
// that has shipped; add the next one as its own file in ./migrations/ and list it here.
import type { Migration, MigrationProvider } from "kysely";
import { migration as documents } from "./migrations/0001_documents.ts";
import { migration as supervision } from "./migrations/0002_supervision.ts";
import { migration as issuer } from "./migrations/0003_issuer.ts";
import { migration as season } from "./migrations/0004_season.ts";
import { migration as assess } from "./migrations/0005_assess.ts";
import { migration as trust } from "./migrations/0006_trust.ts";
import { migration as units } from "./migrations/0007_units.ts";
import { migration as ledgers } from "./migrations/0008_ledgers.ts";
import { migration as notifications } from "./migrations/0009_notifications.ts";
import { migration as storage } from "./migrations/0010_storage.ts";
import { migration as search } from "./migrations/0011_search.ts";
import { migration as searchStorage } from "./migrations/0012_search_storage.ts";
import { migration as publishedIndex } from "./migrations/0013_published_index.ts";
import { migration as searchIndexWriter } from "./migrations/0014_search_index_writer.ts";
import { migration as bulkWrites } from "./migrations/0015_bulk_writes.ts";
import { migration as taskTerm } from "./migrations/0016_task_term.ts";
import { migration as searchRanked } from "./migrations/0017_search_ranked.ts";
import { migration as searchGeneration } from "./migrations/0018_search_generation.ts";
import { migration as taskUpdateOnBehalf } from "./migrations/0019_task_update_on_behalf.ts";
import { migration as danglingTaskUnits } from "./migrations/0020_dangling_task_units.ts";
import { migration as areaCodes } from "./migrations/0021_area_codes.ts";
import { migration as unitDivisionKeys } from "./migrations/0022_unit_division_keys.ts";
import { migration as nestedUnitNames } from "./migrations/0023_nested_unit_names.ts";
import { migration as searchWords } from "./migrations/0024_search_words.ts";

const migrations: Record<string, Migration> = {
  "0001_documents": documents,
  "0002_supervision": supervision,
  "0003_issuer": issuer,
  "0004_season": season,
  "0005_assess": assess,
  "0006_trust": trust,
  "0007_units": units,
  "0008_ledgers": ledgers,
  "0009_notifications": notifications,
  "0010_storage": storage,
  "0011_search": search,
  "0012_search_storage": searchStorage,
  "0013_published_index": publishedIndex,
  "0014_search_index_writer": searchIndexWriter,
  "0015_bulk_writes": bulkWrites,
  "0016_task_term": taskTerm,
  "0017_search_ranked": searchRanked,
  "0018_search_generation": searchGeneration,
  "0019_task_update_on_behalf": taskUpdateOnBehalf,
  "0020_dangling_task_units": danglingTaskUnits,
  "0021_area_codes": areaCodes,
  "0022_unit_division_keys": unitDivisionKeys,
  "0023_nested_unit_names": nestedUnitNames,
  "0024_search_words": searchWords,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
