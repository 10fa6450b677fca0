// Word 2003 XML ("WordprocessingML 2003", `<?mso-application progid="Word.Document"?>`): what
// Word and WPS write when a document is saved as "XML 文档" and sites then publish as .doc.
// Text is in w:t, one paragraph per w:p (table cells are paragraphs too).
import { InputError } from "./errors.ts";
import type { Limits } from "./limits.ts";
import { walkXml, xmlString } from "./xml.ts";

const SIGNATURE = /<\?mso-application\s+progid\s*=\s*["']Word\.Document["']|<w:wordDocument[\s>]/;

export function isWordXml(bytes: Uint8Array): boolean {
  return SIGNATURE.test(Buffer.from(bytes.subarray(0, 2048)).toString("latin1"));
}

export function wordXmlToText(bytes: Uint8Array, file: string, limits: Limits): string {
  const paragraphs: string[] = [];
  let line = "";
  let inText = false;
  let chars = 0;
  walkXml(xmlString(bytes), file, "Word XML", {
    open: (name) => {
      if (name === "t") inText = true;
      else if (name === "tab") line += "\t";
      else if (name === "br") line += "\n";
    },
    text: (t) => {
      if (!inText) return;
      chars += t.length;
      if (chars > limits.maxTextChars) throw new InputError("too-large", file, "Word 文档文字超过上限");
      line += t;
    },
    close: (name) => {
      if (name === "t") inText = false;
      else if (name === "p") {
        paragraphs.push(line);
        line = "";
      }
    },
  });
  return paragraphs.join("\n");
}
