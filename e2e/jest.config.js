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
  // Two files at a time, each with its own server and browser: most of an e2e test is waiting (for the browser, the
  // server, a live event), so on a 2-core machine two side by side take 465 s where one after the other took 665.
  maxWorkers: 2,
};
