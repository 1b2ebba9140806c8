/**
 * Incident priority from impact and urgency (the ITIL 3×3 matrix). The matrix is data: the default below
 * can be replaced by configuration without touching code, and `checkPriorityMatrix` vets such a matrix.
 * The string values are also the GraphQL enum values.
 */
export const LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Level = (typeof LEVELS)[number];

/** P1 is the most urgent. */
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** `matrix[impact][urgency]`. */
export type PriorityMatrix = Readonly<Record<Level, Readonly<Record<Level, Priority>>>>;

export const DEFAULT_PRIORITY_MATRIX: PriorityMatrix = Object.freeze({
  HIGH: Object.freeze({ HIGH: 'P1', MEDIUM: 'P2', LOW: 'P3' }),
  MEDIUM: Object.freeze({ HIGH: 'P2', MEDIUM: 'P3', LOW: 'P4' }),
  LOW: Object.freeze({ HIGH: 'P3', MEDIUM: 'P4', LOW: 'P5' }),
});

export function priorityOf(impact: Level, urgency: Level, matrix: PriorityMatrix = DEFAULT_PRIORITY_MATRIX): Priority {
  return matrix[impact][urgency];
}

/** Orders priorities most urgent first, for `Array#sort`. */
export function comparePriorities(a: Priority, b: Priority): number {
  return PRIORITIES.indexOf(a) - PRIORITIES.indexOf(b);
}

/**
 * Checks a matrix that comes from configuration (parsed JSON; messages in English like the other
 * configuration errors, for the operator): every cell present and a known priority,
 * and never a less urgent priority for a higher impact or urgency, a likely typo that would bury a major
 * incident. Returns the matrix, frozen, or throws a RangeError naming the faulty cell.
 */
export function checkPriorityMatrix(value: unknown): PriorityMatrix {
  const matrix = {} as Record<Level, Record<Level, Priority>>;
  for (const impact of LEVELS) {
    const row = isRecord(value) ? value[impact] : undefined;
    if (!isRecord(row)) throw new RangeError(`Priority matrix: no row for impact ${impact}`);
    const cells = {} as Record<Level, Priority>;
    for (const urgency of LEVELS) {
      const cell = row[urgency];
      if (!isPriority(cell)) {
        throw new RangeError(`Priority matrix: impact ${impact} × urgency ${urgency} is ${JSON.stringify(cell)}, not one of ${PRIORITIES.join(', ')}`);
      }
      cells[urgency] = cell;
    }
    matrix[impact] = Object.freeze(cells);
  }
  const rank = (level: Level) => LEVELS.indexOf(level);
  for (const impact of LEVELS) {
    for (const urgency of LEVELS) {
      for (const higherImpact of LEVELS.filter((level) => rank(level) >= rank(impact))) {
        for (const higherUrgency of LEVELS.filter((level) => rank(level) >= rank(urgency))) {
          const low = matrix[impact][urgency];
          const high = matrix[higherImpact][higherUrgency];
          if (comparePriorities(high, low) > 0) {
            throw new RangeError(
              `Priority matrix: impact ${higherImpact} × urgency ${higherUrgency} gives ${high}, less urgent than ${low} for impact ${impact} × urgency ${urgency}`,
            );
          }
        }
      }
    }
  }
  return Object.freeze(matrix);
}

export function isPriority(value: unknown): value is Priority {
  return typeof value === 'string' && (PRIORITIES as readonly string[]).includes(value);
}

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
