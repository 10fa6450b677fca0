// One page of a paged list (`{total, page, pageSize, items}`) for a table: the page asked for,
// the antd pagination that moves between pages, and a reload after changes.
import { useState } from "react";
import type { PageOf } from "./api.ts";
import { useJson } from "./useJson.ts";

export function usePagedJson<T>(url: string | null, pageSize = 20) {
  // another list (another url) starts again at its first page
  const [at, setAt] = useState({ url, page: 1 });
  const page = at.url === url ? at.page : 1;
  const setPage = (p: number) => setAt({ url, page: p });
  const sep = url?.includes("?") ? "&" : "?";
  const res = useJson<PageOf<T>>(url === null ? null : `${url}${sep}page=${page}&pageSize=${pageSize}`);
  const pagination = {
    current: page,
    pageSize,
    total: res.data?.total ?? 0,
    onChange: setPage,
    showSizeChanger: false,
    hideOnSinglePage: true,
  };
  return { ...res, items: res.data?.items ?? null, pagination };
}
