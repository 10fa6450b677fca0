// ECharts in React: one instance per element, resized with the window, no animation
// (screenshots and tests see the final bars).
import * as echarts from "echarts";
import { useEffect, useRef } from "react";

export function Chart({ option, height = 360 }: { option: echarts.EChartsCoreOption; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    chart.current = echarts.init(ref.current, undefined, { renderer: "canvas" });
    const onResize = () => chart.current?.resize();
    addEventListener("resize", onResize);
    return () => {
      removeEventListener("resize", onResize);
      chart.current?.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option]);
  return <div ref={ref} className="chart" style={{ width: "100%", height }} />;
}
