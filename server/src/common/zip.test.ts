import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipEntries } from '../test-support/zip-reader.js';
import { zipArchive } from './zip.js';

describe('zip archive', () => {
  const files = [{ name: 'données.json', data: Buffer.from('{"nom":"Élodie"}') }, { name: 'comptes.csv', data: Buffer.from('a;b\r\n1;2\r\n'.repeat(100)) }];

  it('holds each file under its UTF-8 name, deflated', () => {
    const zip = zipArchive(files, new Date('2024-03-20T10:00:00Z'));
    const entries = Object.fromEntries(Object.entries(unzipEntries(zip)).map(([name, data]) => [name, data.toString('utf8')]));
    expect(entries).toEqual({ 'données.json': '{"nom":"Élodie"}', 'comptes.csv': 'a;b\r\n1;2\r\n'.repeat(100) });
    expect(zip.length).toBeLessThan(files[1]!.data.length);
  });

  it.runIf(fs.existsSync('/usr/bin/unzip'))('passes the integrity test of Info-ZIP unzip', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zip-')), 'test.zip');
    fs.writeFileSync(file, zipArchive(files, new Date('2024-03-20T10:00:00Z')));
    expect(execFileSync('/usr/bin/unzip', ['-t', file]).toString()).toMatch(/No errors detected/);
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});
