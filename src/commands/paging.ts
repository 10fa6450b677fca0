// Every list is read one page at a time, with a hard cap on the page size: no caller (and
// no document with half a million facts) can make a response unbounded.

/** The largest page any list returns. */
export const MAX_PAGE_SIZE = 200;
/** The most rows an export (CSV/XLSX) holds; the export says when it was cut. */
export const MAX_EXPORT_ROWS = 10_000;

export interface Page {
  page: number;
  pageSize: number;
}

export interface Paged<T> extends Page {
  total: number;
  items: T[];
}

/** The page asked for, within the cap (commands clamp even when a schema already did). */
export function clampPage(p: Page, max = MAX_PAGE_SIZE): Page {
  const page = Number.isInteger(p.page) && p.page > 0 ? p.page : 1;
  const pageSize = Number.isInteger(p.pageSize) && p.pageSize > 0 ? Math.min(p.pageSize, max) : max;
  return { page, pageSize };
}

interface Limitable<O> {
  limit(n: number): { offset(n: number): { execute(): Promise<O[]> } };
}

/** One page of a query and the total it would give unpaged. */
export async function paged<O>(
  rows: Limitable<O>,
  count: () => Promise<number | string | bigint>,
  asked: Page,
  max = MAX_PAGE_SIZE,
): Promise<Paged<O>> {
  const { page, pageSize } = clampPage(asked, max);
  const items = await rows
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const total = items.length < pageSize && page === 1 ? items.length : Number(await count());
  return { total, page, pageSize, items };
}

/** One page of a list already in memory (lists computed in code, not by one query). */
export function pageOf<T>(all: readonly T[], asked: Page, max = MAX_PAGE_SIZE): Paged<T> {
  const { page, pageSize } = clampPage(asked, max);
  const start = (page - 1) * pageSize;
  return { total: all.length, page, pageSize, items: all.slice(start, start + pageSize) };
}
