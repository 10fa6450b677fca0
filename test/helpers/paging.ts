// Every item of a paged API listing, page after page, as the tests of listings need them.
import assert from "node:assert/strict";

interface PageBody<T> {
  items: T[];
  total: number;
  pageSize: number;
}

/** `url` fetched with page=1, 2, … until `total` items came (a page holds at most 200). */
export async function allPages<T>(
  url: string,
  get: (url: string) => Promise<{ json(): unknown }>,
): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const res = (await get(`${url}${url.includes("?") ? "&" : "?"}page=${page}`)).json() as PageBody<T>;
    assert.ok(res.pageSize <= 200, `page size ${res.pageSize}`);
    out.push(...res.items);
    if (out.length >= res.total || res.items.length === 0) return out;
  }
}
