// The query of a paged list: `?page=&pageSize=`, at most MAX_PAGE_SIZE a page.
import { z } from "zod";
import { MAX_PAGE_SIZE } from "../../commands/paging.ts";

export const pageQuery = (defaultSize: number = MAX_PAGE_SIZE) =>
  z.object({
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_PAGE_SIZE)
      .default(defaultSize)
      .describe(`每页条数（最多 ${MAX_PAGE_SIZE}）`),
  });
