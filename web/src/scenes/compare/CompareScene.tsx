// 对比: choose indicators, regions and years; bar or line chart and a table of the facts,
// each linked to the document and span it comes from.
import { Button, Card, Empty, Radio, Select, Space, Table } from "antd";
import { useEffect, useMemo, useState } from "react";
import { type ComparedFact, type FactList, type Facets, getJson, type Indicator, query } from "../../api.ts";
import { Chart } from "../../components/Chart.tsx";
import { navigate } from "../../router.ts";
import { type ChartMode, compareCharts } from "./charts.ts";

export default function CompareScene() {
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  const [facets, setFacets] = useState<Facets>({ regions: [], years: [], rules: [], kinds: [], organs: [] });
  const [chosen, setChosen] = useState<string[]>(["mediation.success_rate"]);
  const [regions, setRegions] = useState<string[]>([]);
  const [years, setYears] = useState<number[]>([]);
  const [facts, setFacts] = useState<ComparedFact[]>([]);
  const [points, setPoints] = useState<ComparedFact[]>([]);
  const [total, setTotal] = useState(0);
  const [mode, setMode] = useState<ChartMode>("bar");

  useEffect(() => {
    void getJson<{ indicators: Indicator[] }>("/api/indicators").then((r) => setIndicators(r.indicators));
    void getJson<Facets>("/api/facets").then(setFacets);
  }, []);
  const params = useMemo(() => query({ indicators: chosen, regions, years }), [chosen, regions, years]);
  useEffect(() => {
    if (chosen.length === 0) {
      setFacts([]);
      setPoints([]);
      return;
    }
    void getJson<FactList>(`/api/facts${params}${params ? "&" : "?"}pageSize=200`).then((r) => {
      setFacts(r.items);
      setTotal(r.total);
      setPoints(r.points);
    });
  }, [chosen, params]);

  const charts = useMemo(
    () => compareCharts(mode, points, chosen, indicators),
    [mode, points, chosen, indicators],
  );

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Card size="small">
        <Space wrap>
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            placeholder="选择指标"
            style={{ minWidth: 360 }}
            value={chosen}
            onChange={setChosen}
            options={indicators.map((i) => ({ value: i.id, label: `${i.label}（${i.area}）` }))}
            aria-label="指标"
          />
          <Select
            mode="multiple"
            placeholder="地区（不选为全部）"
            style={{ minWidth: 220 }}
            value={regions}
            onChange={setRegions}
            // one option per division: two 鼓楼区 read 鼓楼区（福州市） and 鼓楼区（南京市）
            options={facets.regions.map((r) => ({ value: r.id, label: r.label }))}
          />
          <Select
            mode="multiple"
            placeholder="年度（不选为全部）"
            // 180 px holds the whole placeholder; at 160 it read 年度（不选为全…
            style={{ minWidth: 180 }}
            value={years}
            onChange={setYears}
            options={facets.years.map((y) => ({ value: y, label: String(y) }))}
          />
          <Radio.Group value={mode} onChange={(e) => setMode(e.target.value)} optionType="button">
            <Radio.Button value="bar">柱状图</Radio.Button>
            <Radio.Button value="line">折线图</Radio.Button>
          </Radio.Group>
          <Button href={`/api/export/compare.xlsx${params}`} disabled={chosen.length === 0}>
            导出 Excel
          </Button>
        </Space>
      </Card>
      {charts.length ? (
        charts.map((c) => (
          <Card size="small" key={c.axis} title={c.names} extra={c.axis} className="compare-chart">
            <Chart option={c.option} height={charts.length > 1 ? 320 : 360} />
          </Card>
        ))
      ) : (
        <Card size="small" title="对比图">
          <Empty description="所选条件下没有数据" />
        </Card>
      )}
      <Table<ComparedFact>
        rowKey="id"
        size="small"
        dataSource={facts}
        pagination={{ pageSize: 20 }}
        title={() =>
          total > facts.length
            ? `共 ${total} 条数据，此处列出前 ${facts.length} 条；全部请导出表格`
            : `共 ${total} 条数据`
        }
        columns={[
          { title: "地区", dataIndex: "regionLabel" },
          // 鼓楼区（福州市） where two issuers on the page share a name, as 地区 says it
          { title: "发文单位", dataIndex: "issuerLabel", render: (i: string | null) => i ?? "—" },
          { title: "年度", dataIndex: "year", width: 80 },
          { title: "指标", dataIndex: "indicatorLabel" },
          {
            title: "数值",
            dataIndex: "value",
            // a rate reads 99.7% as in the report (and its 出处 beside it), not 99.7 %
            render: (v: number, f) => `${v.toLocaleString("zh-CN")}${f.unit === "%" ? "" : " "}${f.unit}`,
          },
          { title: "统计对象", dataIndex: "subject" },
          {
            title: "出处",
            key: "quote",
            render: (_: unknown, f) => (
              <a
                className="fact-source"
                href={`/documents/${f.documentId}?at=${f.start}-${f.end}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/documents/${f.documentId}?at=${f.start}-${f.end}`);
                }}
              >
                {f.quote}
              </a>
            ),
          },
        ]}
      />
    </Space>
  );
}
