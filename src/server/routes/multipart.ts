// Reading an uploaded file part: the bytes, or too_large when the part was cut at the size limit
// (multipart stops reading at the limit and marks the part truncated rather than failing).
import type { MultipartFile } from "@fastify/multipart";
import { DomainError } from "../../commands/errors.ts";

/** The part's bytes; throws too_large with the caller's words when the part exceeded the limit. */
export async function filePartBytes(part: MultipartFile, tooLarge: { zh: string; en: string }) {
  const bytes = new Uint8Array(await part.toBuffer());
  if (part.file.truncated) throw new DomainError("too_large", "too_large", tooLarge.zh, tooLarge.en);
  return bytes;
}
