// How a format is told from its first bytes or its archive's directory, apart from the format's
// decoder: sniffing (sniff.ts) runs for every input in every pool worker, and importing these
// from the decoders loaded the XML parser and the OFD reader into a worker reading plain text
// (some 40 ms of each worker's start).
import type { ZipEntry } from "./zip-guard.ts";

const WORD_XML_SIGNATURE = /<\?mso-application\s+progid\s*=\s*["']Word\.Document["']|<w:wordDocument[\s>]/;

/** Word 2003 XML: its processing instruction or root element within the first 2 KB. */
export function isWordXml(bytes: Uint8Array): boolean {
  return WORD_XML_SIGNATURE.test(Buffer.from(bytes.subarray(0, 2048)).toString("latin1"));
}

/** An OFD package: a zip whose root holds OFD.xml (GB/T 33190 §7). */
export function isOfdArchive(entries: ZipEntry[]): boolean {
  return entries.some((e) => e.name.replace(/^\//, "").toLowerCase() === "ofd.xml");
}
