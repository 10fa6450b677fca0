// A strict XML pass (saxes: no DTD entities expanded, no network) that reports elements by their
// local name, so `ofd:TextCode` and a non-standard prefix or default namespace read the same.
import { SaxesParser } from "saxes";
import { InputError } from "./errors.ts";

export interface XmlHandlers {
  open?: (name: string, attributes: Record<string, string>) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/** Bytes → string by the encoding the XML declaration names (GB family as gb18030). */
export function xmlString(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/i.exec(head)?.[1];
  const gb = declared && /^(gb2312|gbk|gb18030|x-gbk)$/i.test(declared);
  return new TextDecoder(gb ? "gb18030" : "utf-8").decode(bytes);
}

export function walkXml(xml: string, file: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag) => open(localName(tag.name), tag.attributes as Record<string, string>));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on("text", text);
    parser.on("cdata", text);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(localName(tag.name)));
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError("corrupt", file, `${part} 不是有效的 XML:${message.split("\n")[0].slice(0, 100)}`);
  }
}
