// `npm test`: everything CI checks, in the order that fails fastest.
// lint, format, unused code and types side by side → unit + integration (jest, real PostgreSQL) → build → e2e
// (real Chromium).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nChromium was not found at ${chromium}; the end-to-end tests need it.\n` +
      'Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.\n',
  );
  process.exit(1);
}

const reports = mkdtempSync(path.join(os.tmpdir(), 'ratusz-test-'));
const jestReport = (name) => [`--json`, `--outputFile=${path.join(reports, `${name}.json`)}`];

const env = { ...process.env, NODE_NO_WARNINGS: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };
const seconds = (started) => `${((Date.now() - started) / 1000).toFixed(1)} s`;

// The static checks only read the tree, so they run side by side: on a 2-core machine 116 s where one after the
// other took 157. Each one's output is printed whole when it ends, so the logs do not interleave.
const checks = [
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unused code', 'npx', ['knip']],
  ['types', 'npm', ['run', 'typecheck']],
];

function runCaptured([name, command, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
      process.stdout.write(Buffer.concat(output));
      if (code === 0) console.log(`✔ ${name} (${seconds(started)})`);
      else console.error(`\n✖ ${name} failed (exit ${code ?? signal})`);
      resolve(code === 0);
    });
  });
}

const checked = await Promise.all(checks.map(runCaptured));
if (checked.includes(false)) process.exit(1);

const steps = [
  ['unit + integration', 'node', ['--experimental-vm-modules', 'node_modules/jest/bin/jest.js', ...jestReport('jest')]],
  ['build', 'npm', ['run', 'build']],
  [
    'e2e',
    'node',
    [
      '--experimental-vm-modules',
      'node_modules/jest/bin/jest.js',
      '--config',
      'e2e/jest.config.js',
      ...jestReport('e2e'),
    ],
  ],
];

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds(started)})`);
}

// One plain closing line with the totals of both jest runs, for CI logs.
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['jest', 'e2e']) {
  const report = JSON.parse(readFileSync(path.join(reports, `${name}.json`), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
