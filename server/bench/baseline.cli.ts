import { startBaseline } from './baseline.js';

/** The baseline server as its own process: `node baseline.cli.js <DATABASE_URL>`. */
const baseline = await startBaseline(process.argv[2]);
console.log(`Baseline is running at ${baseline.url}`);
process.on('SIGTERM', () => void baseline.close().then(() => process.exit(0)));
