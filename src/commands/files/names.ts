// File names sent by users (uploads, evidence): stored, listed and offered back as download
// names, so a name must be printable text. PostgreSQL refuses NUL in text outright, and other
// control characters only ever come from a hostile client.
import { invalid } from "../errors.ts";

// C0 controls, DEL and C1 controls
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The name, or an "invalid" DomainError naming the problem (400). */
export function checkFileName(name: string): string {
  if (CONTROL.test(name)) {
    const shown = JSON.stringify(name).slice(1, -1).slice(0, 120);
    throw invalid(
      "bad_file_name",
      `文件名「${shown}」含有控制字符（如 NUL），请改名后重新上传`,
      "the file name contains control characters",
    );
  }
  return name;
}
