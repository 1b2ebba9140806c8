import { defineProject } from 'vitest/config';

// Unit tests of the console's plain TypeScript (data provider mapping, formats): no browser needed.
export default defineProject({
  test: {
    name: 'admin',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
