import { inflateRawSync } from 'node:zlib';

/** The files of a ZIP archive read back through its central directory, as unzip tools do (tests only). */
export function unzipEntries(zip: Buffer): Record<string, Buffer> {
  const end = zip.length - 22;
  if (zip.readUInt32LE(end) !== 0x06054b50) throw new Error('not a zip archive without comment');
  let at = zip.readUInt32LE(end + 16);
  const found: Record<string, Buffer> = {};
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26);
    found[name] = inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(at + 20)));
    at += 46 + nameLength;
  }
  return found;
}
