// Data fetching for a scene: one GET, its error as a Chinese line, and a reload after changes.
import { useCallback, useEffect, useState } from "react";
import { getJson } from "./api.ts";

export function useJson<T>(url: string | null) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setError(null);
    if (url === null) {
      setData(null);
      return;
    }
    void tick;
    getJson<T>(url)
      .then((d) => live && setData(d))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [url, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, reload };
}
