import { Alert } from "antd";
import { useEffect, useState } from "react";
import { getJson } from "../api.ts";

/** After an engine upgrade: how many documents the background re-analysis still has to read. */
export function ReanalysisBanner() {
  const [pending, setPending] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      try {
        const health = await getJson<{ reanalysisPending?: number }>("/api/health");
        const left = health.reanalysisPending ?? 0;
        if (stopped) return;
        setPending(left);
        // only while work is left: a finished server is not polled
        if (left > 0) timer = setTimeout(poll, 15_000);
      } catch {
        // the banner is a courtesy; a failed poll shows nothing
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  if (pending === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      message={`分析引擎已更新，正在后台重新分析文档，还剩 ${pending} 个；完成前显示原有分析结果。`}
    />
  );
}
