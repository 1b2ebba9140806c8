import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'test',
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'generated/**'],
    // Each browser file starts its own server and Chromium: give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // What a page shows after its requests (session check, access, data): as patient as locators are.
    expect: { poll: { timeout: 10_000 } },
  },
});
