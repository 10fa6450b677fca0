// The indicator catalogue as API JSON: what the comparison offers to choose from.
export const presentIndicator = (i: { id: string; label: string; area: string; kind: string }) => ({
  id: i.id,
  label: i.label,
  area: i.area,
  kind: i.kind,
});
