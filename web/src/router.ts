// A small History-API router: the app has four scenes, a dependency is not needed.
import { useEffect, useState } from "react";

export function navigate(path: string) {
  if (path === location.pathname + location.search) return;
  history.pushState(null, "", path);
  dispatchEvent(new PopStateEvent("popstate"));
}

export function useLocation(): { path: string; search: URLSearchParams } {
  const [loc, setLoc] = useState(() => ({
    path: location.pathname,
    search: new URLSearchParams(location.search),
  }));
  useEffect(() => {
    const on = () => setLoc({ path: location.pathname, search: new URLSearchParams(location.search) });
    addEventListener("popstate", on);
    return () => removeEventListener("popstate", on);
  }, []);
  return loc;
}
