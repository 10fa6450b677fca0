// One page of a list: the items as their resource's presenter makes them, and the total.

export interface PageOf<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export function presentPage<Row, T>(
  p: { total: number; page: number; pageSize: number; items: Row[] },
  present: (row: Row) => T,
): PageOf<T> {
  return { total: p.total, page: p.page, pageSize: p.pageSize, items: p.items.map(present) };
}
