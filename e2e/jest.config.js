/** End-to-end tests: the built client and the real server, driven in Debian's Chromium by playwright-core. */
import base from '../jest.config.js';

const server = base.projects.find((p) => p.displayName === 'server');

export default {
  ...server,
  displayName: 'e2e',
  rootDir: '..',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testTimeout: 60000,
  // One browser at a time keeps a 2-core machine responsive and the timings honest.
  maxWorkers: 1,
};
