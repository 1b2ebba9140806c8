import { describe, expect, it } from 'vitest';
import { detectContentType } from './content-type.rules.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('content type by magic number', () => {
  it('recognises PDF, PNG, JPEG and UTF-8 CSV', () => {
    expect(detectContentType(text('%PDF-1.7\n%âãÏÓ'))).toBe('application/pdf');
    expect(detectContentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('image/png');
    expect(detectContentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(detectContentType(text('\uFEFFIdentifiant_de_l_etablissement;Nom_etablissement\r\n0340711N;École Agnès Gelly'))).toBe('text/csv');
  });

  it('ignores the name: an executable or a binary blob is refused', () => {
    expect(detectContentType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull(); // MZ: a Windows executable
    expect(detectContentType(bytes(0x7f, 0x45, 0x4c, 0x46))).toBeNull(); // ELF
    expect(detectContentType(bytes(0xc3, 0x28))).toBeNull(); // invalid UTF-8
    expect(detectContentType(bytes())).toBeNull();
  });

  it('accepts a sample cut in the middle of a multi-byte character', () => {
    const sample = text('Nom;Commune\nÉcole;Tréviers');
    expect(detectContentType(sample.subarray(0, sample.length - 1))).toBe('text/csv');
  });
});
