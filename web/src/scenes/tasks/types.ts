// Colours of the displayed task statuses (the types come from the server: ../../api.ts).
export const STATUS_COLOR: Record<string, string> = {
  未开始: "default",
  进行中: "processing",
  待审核: "warning",
  已办结: "success",
  已逾期: "error",
};

/** a returned task's mark, apart from every status colour */
export const RETURNED_COLOR = "magenta";
