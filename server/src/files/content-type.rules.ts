/**
 * File types recognised by their first bytes ("magic numbers"), not by the name or the header the client
 * sends: a renamed executable is not a PDF.
 */
export type DetectedType = 'application/pdf' | 'image/png' | 'image/jpeg' | 'text/csv';

export function detectContentType(head: Uint8Array): DetectedType | null {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => head[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (looksLikeText(head)) return 'text/csv';
  return null;
}

/** UTF-8 text (with or without BOM) with no control characters but tabs and line breaks. */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let text: string;
  try {
    // A multi-byte character may be cut at the end of the sample: decode leniently there only.
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, lastCompleteUtf8(head)));
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

/** Length of the longest prefix that does not end inside a multi-byte UTF-8 sequence. */
function lastCompleteUtf8(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}
