// Search's SQL pieces, apart from the segmenter (search.ts), which the analysis workers load
// without the query builder.
import { sql } from "kysely";

/** The value of `documents.search_tsv` for the index tokens (search.ts `indexText`). */
export const tsvectorOf = (tokens: string) => sql<string>`to_tsvector('simple', ${tokens})`;
