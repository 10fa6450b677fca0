// The Content-Disposition of a download: the file's name as RFC 5987 writes a UTF-8 name.
// encodeURIComponent leaves ' ( ) * as they are, which the header's syntax does not allow: a
// name with an apostrophe (“'放管服'改革.docx”) made Chromium drop the name and save the file
// as the address's last segment (“original”, “attachment”).

/** `attachment; filename*=UTF-8''…` for a file saved as `name`. */
export function attachmentHeader(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}
