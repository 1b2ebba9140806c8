import { describe, expect, test } from 'vitest';
import { describeAuditValue, grantsOfAuditValue, parseAuditValue } from './auditValues';

const words = { none: '—', yes: 'oui', no: 'non' };
const describe_ = (json: string | null) => describeAuditValue(parseAuditValue(json), words);

describe('audit values', () => {
  test('texts, numbers and booleans read as such; nothing is a dash', () => {
    expect(describe_('"École Agnès Gelly"')).toBe('École Agnès Gelly');
    expect(describe_('3')).toBe('3');
    expect(describe_('false')).toBe('non');
    expect(describe_('null')).toBe('—');
    expect(describe_(null)).toBe('—');
    expect(describe_('[]')).toBe('—');
  });

  test('dates are French, instants in Paris time', () => {
    expect(describe_('"2024-05-02"')).toBe('02/05/2024');
    expect(describe_('"2024-05-01T22:30:00.000Z"')).toBe('02/05/2024 00:30');
  });

  test('a text that is not JSON is kept', () => {
    expect(describe_('not json')).toBe('not json');
  });

  test('grants written as ROLE@LEVEL:code become grants', () => {
    expect(grantsOfAuditValue(['ERUN@CIRCONSCRIPTION:1', 'DPO@REGION:76'])).toEqual([
      { role: 'ERUN', scopeLevel: 'CIRCONSCRIPTION', scopeCode: '1' },
      { role: 'DPO', scopeLevel: 'REGION', scopeCode: '76' },
    ]);
    expect(grantsOfAuditValue([])).toEqual([]);
    expect(grantsOfAuditValue(['KING@REGION:76'])).toBeUndefined();
    expect(grantsOfAuditValue('ERUN@REGION:76')).toBeUndefined();
  });
});
