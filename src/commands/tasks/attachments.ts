// Evidence files attached to progress updates: allowed types only (checked by content, not
// by name), a size limit, stored content-addressed, and served so that no browser renders
// or runs them in our origin.
import { isWordBinary } from "../../ingest/cfb.ts";
import { isOfdFile } from "../../ingest/ofd/index.ts";
import { isWordXml } from "../../ingest/word-xml.ts";
import type { Store } from "../../store/db.ts";
import { requirePermission, type Scope } from "../access/scope.ts";
import { sha256 } from "../documents/ingest.ts";
import { DomainError, invalid, notFound } from "../errors.ts";
import { checkFileName } from "../files/names.ts";
import { unpackBlob } from "../../store/blobs.ts";
import { canSee } from "./tasks.ts";

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

interface Kind {
  mime: string;
  ext: RegExp;
  magic: (b: Uint8Array) => boolean;
}

const starts = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

// no HTML, no SVG, no scripts: evidence is documents, sheets, pictures, text
const KINDS: Kind[] = [
  { mime: "application/pdf", ext: /\.pdf$/i, magic: (b) => starts(b, [0x25, 0x50, 0x44, 0x46]) },
  { mime: "image/png", ext: /\.png$/i, magic: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47]) },
  { mime: "image/jpeg", ext: /\.jpe?g$/i, magic: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  {
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ext: /\.docx$/i,
    magic: (b) => starts(b, [0x50, 0x4b, 0x03, 0x04]),
  },
  {
    mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ext: /\.xlsx$/i,
    magic: (b) => starts(b, [0x50, 0x4b, 0x03, 0x04]),
  },
  // legacy Word and WPS: a compound file holding a readable Word 97+ document, or Word 2003 XML
  { mime: "application/msword", ext: /\.(doc|wps)$/i, magic: (b) => isWordBinary(b) || isWordXml(b) },
  { mime: "application/ofd", ext: /\.ofd$/i, magic: isOfdFile },
  {
    mime: "text/plain; charset=utf-8",
    ext: /\.txt$/i,
    magic: (b) => {
      try {
        const t = new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(0, 4096));
        return !/<\s*(script|html|svg|iframe)/i.test(t);
      } catch {
        return false;
      }
    },
  },
];

export const ALLOWED_ATTACHMENTS =
  "PDF、OFD、Word（.docx/.doc/.wps）、Excel（.xlsx）、PNG、JPEG、文本（.txt）";

export interface EvidenceFile {
  sha256: string;
  name: string;
  mime: string;
  size: number;
  bytes: Uint8Array;
}

/**
 * An evidence file checked (name, size, type by content) but not stored: the blob is written
 * only inside the change that accepts it (reportProgress), so a refused report leaves nothing.
 */
export function checkAttachment(name: string, bytes: Uint8Array): EvidenceFile {
  checkFileName(name);
  if (bytes.length === 0) throw invalid("empty_file", `附件「${name}」是空文件`, "empty attachment");
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new DomainError(
      "too_large",
      "too_large",
      `附件「${name}」超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`,
      "attachment too large",
    );
  }
  const kind = KINDS.find((k) => k.ext.test(name) && k.magic(bytes));
  if (!kind)
    throw new DomainError(
      "unsupported",
      "type_not_allowed",
      `附件「${name}」类型不允许，仅支持 ${ALLOWED_ATTACHMENTS}`,
      "attachment type not allowed",
    );
  return { sha256: sha256(bytes), name: name.slice(0, 200), mime: kind.mime, size: bytes.length, bytes };
}

export async function loadAttachment(store: Store, scope: Scope, id: number) {
  requirePermission(scope, "tasks:read");
  const row = await store.db
    .selectFrom("attachments")
    .innerJoin("tasks", "tasks.id", "attachments.task_id")
    .innerJoin("blobs", "blobs.sha256", "attachments.sha256")
    .select(["attachments.name", "attachments.mime", "blobs.content", "blobs.encoding", "tasks.unit_key"])
    .where("attachments.id", "=", id)
    .executeTakeFirst();
  if (!row || !canSee(scope, row)) throw notFound("附件", "attachment");
  // the same bytes may have been stored first as a document's original (compressed)
  return { name: row.name, mime: row.mime, unit_key: row.unit_key, content: unpackBlob(row) };
}
