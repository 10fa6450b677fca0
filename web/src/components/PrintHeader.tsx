// The title a scene shows (a document's title, a ledger's plan, an assessment round): the
// browser tab's title, and the header printed above the page (shown only in print, see
// print.css). A scene without its own title prints under its menu name.
import { useEffect, useSyncExternalStore } from "react";
import { formatDate } from "../format.ts";

const SITE = "法治政府建设平台";
let current = "";
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
function setTitle(title: string) {
  current = title;
  document.title = title ? `${title} - ${SITE}` : SITE;
  for (const l of listeners) l();
}

/** The scene's title while it is shown (nothing while it loads). */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    if (!title) return;
    setTitle(title);
    return () => setTitle("");
  }, [title]);
}

/** Above the page on paper: the title, the site and the day it was printed. */
export function PrintHeader({ fallback }: { fallback: string }) {
  const title = useSyncExternalStore(subscribe, () => current) || fallback;
  return (
    <header className="print-header">
      <h1>{title}</h1>
      <small>
        {SITE} · 打印于 {formatDate(new Date())}
      </small>
    </header>
  );
}
