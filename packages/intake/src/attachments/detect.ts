import { inflateRawSync } from "node:zlib";

/**
 * What a file is, judged by its content (magic bytes), never by its name or the browser's claim.
 */
export interface DetectedType {
  mediaType: string;
  /** A conventional extension for the type, without the dot. */
  extension: string;
}

export const PDF: DetectedType = { mediaType: "application/pdf", extension: "pdf" };
export const PNG: DetectedType = { mediaType: "image/png", extension: "png" };
export const JPEG: DetectedType = { mediaType: "image/jpeg", extension: "jpg" };
export const DOCX: DetectedType = {
  mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: "docx",
};
export const XLSX: DetectedType = {
  mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  extension: "xlsx",
};
export const TEXT: DetectedType = { mediaType: "text/plain; charset=utf-8", extension: "txt" };

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectOfficeDocument(bytes);
  if (isPlainText(bytes)) return TEXT;
  return null;
}

/** Valid UTF-8 with no NUL and no control characters other than tab, line feed, form feed and return. */
export function isPlainText(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    // Control bytes never occur inside a multi-byte UTF-8 sequence, so a byte scan is exact.
    const allowed = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d;
    if ((byte < 0x20 && !allowed) || byte === 0x7f) return false;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** The entries of a ZIP file from its central directory, or null when it is not a well-formed ZIP. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return null; // ZIP64: far beyond our size limit
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry (stored or deflated), at most `limit` bytes, or null. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, limit = 1024 * 1024): Buffer | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  const data = bytes.subarray(start, end);
  try {
    if (entry.method === 0) return data.length <= limit ? Buffer.from(data) : null;
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: limit });
  } catch {
    return null;
  }
  return null;
}

const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/**
 * A Word (.docx) or Excel (.xlsx) file: a ZIP whose [Content_Types].xml declares the main document
 * part, with the matching word/ or xl/ folder. Macro-enabled files (.docm, .xlsm) are refused: their
 * main part has a different content type and they carry a vbaProject.bin.
 */
function detectOfficeDocument(bytes: Uint8Array): DetectedType | null {
  const entries = zipEntries(bytes);
  if (!entries) return null;
  if (entries.some((e) => /(^|\/)vbaProject\.bin$/i.test(e.name))) return null;
  const contentTypes = entries.find((e) => e.name === "[Content_Types].xml");
  if (!contentTypes) return null;
  const xml = readZipEntry(bytes, contentTypes)?.toString("utf8");
  if (!xml) return null;
  if (xml.includes(WORD_MAIN) && entries.some((e) => e.name.startsWith("word/"))) return DOCX;
  if (xml.includes(EXCEL_MAIN) && entries.some((e) => e.name.startsWith("xl/"))) return XLSX;
  return null;
}
