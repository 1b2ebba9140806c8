import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRIORITY_MATRIX,
  LEVELS,
  checkPriorityMatrix,
  comparePriorities,
  isLevel,
  isPriority,
  priorityOf,
  type Priority,
} from './priority.rules.js';

describe('default ITIL matrix', () => {
  it('gives every cell of the 3×3 table', () => {
    const cases: Array<[impact: 'LOW' | 'MEDIUM' | 'HIGH', urgency: 'LOW' | 'MEDIUM' | 'HIGH', Priority]> = [
      ['HIGH', 'HIGH', 'P1'],
      ['HIGH', 'MEDIUM', 'P2'],
      ['MEDIUM', 'HIGH', 'P2'],
      ['HIGH', 'LOW', 'P3'],
      ['MEDIUM', 'MEDIUM', 'P3'],
      ['LOW', 'HIGH', 'P3'],
      ['MEDIUM', 'LOW', 'P4'],
      ['LOW', 'MEDIUM', 'P4'],
      ['LOW', 'LOW', 'P5'],
    ];
    expect(cases).toHaveLength(LEVELS.length ** 2);
    for (const [impact, urgency, priority] of cases) expect(priorityOf(impact, urgency)).toBe(priority);
  });

  it('is frozen, so that no caller can change it for the others', () => {
    expect(Object.isFrozen(DEFAULT_PRIORITY_MATRIX)).toBe(true);
    expect(Object.isFrozen(DEFAULT_PRIORITY_MATRIX.HIGH)).toBe(true);
  });

  it('passes its own check', () => {
    expect(checkPriorityMatrix(JSON.parse(JSON.stringify(DEFAULT_PRIORITY_MATRIX)))).toEqual(DEFAULT_PRIORITY_MATRIX);
  });
});

describe('configured matrix', () => {
  // A stricter platform: a high impact is never below P2.
  const strict = {
    HIGH: { HIGH: 'P1', MEDIUM: 'P1', LOW: 'P2' },
    MEDIUM: { HIGH: 'P2', MEDIUM: 'P3', LOW: 'P4' },
    LOW: { HIGH: 'P3', MEDIUM: 'P4', LOW: 'P5' },
  };

  it('is used when passed', () => {
    const matrix = checkPriorityMatrix(strict);
    expect(priorityOf('HIGH', 'MEDIUM', matrix)).toBe('P1');
    expect(priorityOf('HIGH', 'LOW', matrix)).toBe('P2');
    expect(priorityOf('HIGH', 'LOW')).toBe('P3');
  });

  it('refuses a missing row or cell, or an unknown priority', () => {
    expect(() => checkPriorityMatrix(null)).toThrow(/no row for impact LOW/);
    expect(() => checkPriorityMatrix({ ...strict, LOW: undefined })).toThrow(/no row for impact LOW/);
    expect(() => checkPriorityMatrix({ ...strict, MEDIUM: { HIGH: 'P2', MEDIUM: 'P3' } })).toThrow(/impact MEDIUM × urgency LOW is undefined/);
    expect(() => checkPriorityMatrix({ ...strict, HIGH: { ...strict.HIGH, HIGH: 'P0' } })).toThrow(/"P0", not one of P1, P2, P3, P4, P5/);
  });

  it('refuses a matrix where a higher impact or urgency is less urgent', () => {
    expect(() => checkPriorityMatrix({ ...strict, HIGH: { ...strict.HIGH, HIGH: 'P5' } })).toThrow(
      /impact HIGH × urgency HIGH gives P5, less urgent than P4 for impact LOW × urgency MEDIUM/,
    );
    expect(() => checkPriorityMatrix({ ...strict, LOW: { ...strict.LOW, LOW: 'P1' } })).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('orders priorities most urgent first', () => {
    expect((['P3', 'P1', 'P5', 'P2', 'P4'] as Priority[]).sort(comparePriorities)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
  });

  it('recognises the enum values', () => {
    expect(isPriority('P1')).toBe(true);
    expect(isPriority('p1')).toBe(false);
    expect(isPriority(1)).toBe(false);
    expect(isLevel('MEDIUM')).toBe(true);
    expect(isLevel('CRITICAL')).toBe(false);
  });
});
