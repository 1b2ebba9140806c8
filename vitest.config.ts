import { defineConfig } from 'vitest/config';

// One run for every package; each package keeps its own project configuration.
export default defineConfig({
  test: {
    projects: ['{server,admin,test}/vitest.config.ts'],
  },
});
