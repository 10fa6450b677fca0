// National new areas (国家级新区) the division list (GB/T 2260) does not hold, read as the areas
// they act as. A new area's 管理委员会 governs it and reports on its 法治政府建设 as a government
// does; its level is where the government above puts it beside others — 浦东新区 and 滨海新区,
// districts in the list, are counties; 两江新区 stands with 重庆's districts and counties (各区县
// 人民政府，两江新区管委会), 天府新区 with 成都's; 雄安新区, 贵安新区 and 赣江新区 answer to
// their provinces beside the cities (各市人民政府，雄安新区管委会), so they read as cities. Where
// a new area and a division are one team under two names (广州南沙新区 and 南沙区, 青岛西海岸新区
// and 黄岛区, 舟山群岛新区 and 舟山市), the new area's name is read as that division. Data only;
// src/structure/regions.ts applies it.

/** A new area as its own place: its name, the level it acts at, and the division above it. */
export type NewAreaRow = readonly [name: string, level: "city" | "county", parent: string];

export const NEW_AREAS: readonly NewAreaRow[] = [
  ["雄安新区", "city", "河北省"],
  ["贵安新区", "city", "贵州省"],
  ["赣江新区", "city", "江西省"],
  ["两江新区", "county", "重庆市"],
  // 四川天府新区成都直管区: 成都 governs it beside its districts
  ["天府新区", "county", "成都市"],
  // 西安 has governed 西咸新区 on the province's behalf since 2017
  ["西咸新区", "county", "西安市"],
  ["金普新区", "county", "大连市"],
  ["湘江新区", "county", "长沙市"],
  ["江北新区", "county", "南京市"],
  ["福州新区", "county", "福州市"],
  ["滇中新区", "county", "昆明市"],
  ["哈尔滨新区", "county", "哈尔滨市"],
  ["长春新区", "county", "长春市"],
];

/** A new area's name that is another name of a division in the list (one government, two
 *  names): the new area's name and the division's. */
export const NEW_AREA_DIVISIONS: ReadonlyArray<readonly [name: string, division: string]> = [
  ["南沙新区", "南沙区"],
  ["西海岸新区", "黄岛区"],
  ["舟山群岛新区", "舟山市"],
];
