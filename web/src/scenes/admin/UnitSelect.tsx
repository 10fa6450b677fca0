// 单位: a searchable pick from the unit registry (full name, short name, other names); the
// value is the registry unit, or a name typed for a unit the registry does not have yet (the
// server resolves it to one unit, or refuses a collective such as 各县市区政府).
import { Select } from "antd";
import { useEffect, useState } from "react";
import { getJson, type PageOf, type Unit } from "../../api.ts";
import { unitOption } from "./unit-option.ts";

export function UnitSelect({
  value,
  onChange,
  initial,
}: {
  value?: string;
  onChange?: (v: string) => void;
  /** the option to show for the current value before any search */
  initial?: { key: string; name: string; shortName: string; label?: string } | null;
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
  const options: { value: string; label: string }[] = units.map(unitOption);
  if (initial && !options.some((o) => o.value === initial.key)) options.unshift(unitOption(initial));
  // A unit the registry does not know yet (on a new installation it knows none until the first
  // ledger) is named as typed: the server registers it under that name (and places it in the
  // ledgers' city when one comes), as the Excel import does. Without this the form was a dead end.
  const typed = q.trim();
  if (typed.length >= 2 && !units.some((u) => u.name === typed || u.shortName === typed))
    options.push({ value: typed, label: `按输入的名称新建：${typed}` });
  return (
    <Select
      className="unit-select"
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      placeholder="搜索单位：全称、简称或曾用名"
      notFoundContent="输入单位全称，如 长治市司法局"
      options={options}
      style={{ width: 300 }}
    />
  );
}
