/**
 * The total uncompressed size of a zip archive (an .xlsx is one), read from its central directory
 * without inflating anything — so a small upload that would expand to gigabytes (a zip bomb) is
 * refused before the spreadsheet parser touches it. Null when the bytes are not a plain zip.
 */
export function zipUncompressedSize(bytes: Buffer): number | null {
  const eocdSignature = 0x06054b50;
  const entrySignature = 0x02014b50;
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65,535 bytes.
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (bytes.readUInt32LE(i) === eocdSignature) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== entrySignature) return null;
    const size = bytes.readUInt32LE(offset + 24);
    // 0xFFFFFFFF means the real size is in a ZIP64 field: far beyond anything we accept anyway.
    if (size === 0xffffffff) return Number.MAX_SAFE_INTEGER;
    total += size;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}
