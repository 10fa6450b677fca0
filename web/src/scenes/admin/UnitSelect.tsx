// 单位: a searchable pick from the unit registry (full name, short name, other names); the
// value is the registry unit, never a free text that might match no task.
import { Select } from "antd";
import { useEffect, useState } from "react";
import { getJson, type PageOf, type Unit } from "../../api.ts";

export const unitOption = (u: Pick<Unit, "key" | "name" | "shortName">) => ({
  value: u.key,
  label: u.name === u.shortName ? u.name : `${u.name}（${u.shortName}）`,
});

export function UnitSelect({
  value,
  onChange,
  initial,
}: {
  value?: string;
  onChange?: (v: string) => void;
  /** the option to show for the current value before any search */
  initial?: { key: string; name: string; shortName: string } | null;
}) {
  const [q, setQ] = useState("");
  const [units, setUnits] = useState<Unit[]>([]);
  useEffect(() => {
    const t = setTimeout(() => {
      void getJson<PageOf<Unit>>(`/api/units?pageSize=50&q=${encodeURIComponent(q)}`)
        .then((p) => setUnits(p.items))
        .catch(() => setUnits([]));
    }, 200);
    return () => clearTimeout(t);
  }, [q]);
  const options = units.map(unitOption);
  if (initial && !options.some((o) => o.value === initial.key)) options.unshift(unitOption(initial));
  return (
    <Select
      className="unit-select"
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      placeholder="搜索单位：全称、简称或曾用名"
      notFoundContent="单位名录中没有匹配的单位"
      options={options}
      style={{ width: 300 }}
    />
  );
}
