// `npm run dev`: the server recompiled and restarted on change, and Vite with hot reload
// proxying /graphql and /socket.io to it. Open the URL Vite prints (http://localhost:5173).
import { spawn } from 'node:child_process';

const apiPort = process.env.PORT || '3000';
const env = { ...process.env, PORT: apiPort, API_PORT: apiPort, CLIENT_DIST_DIR: '/nonexistent-use-vite' };

const children = [
  spawn('npx', ['tsc', '-p', 'server/tsconfig.build.json', '--watch', '--preserveWatchOutput'], {
    stdio: 'inherit',
    env,
  }),
  spawn('npm', ['run', 'dev', '-w', 'client'], { stdio: 'inherit', env }),
];

// The first compile must finish before node can watch its output.
const { spawnSync } = await import('node:child_process');
spawnSync('npx', ['tsc', '-p', 'server/tsconfig.build.json'], { stdio: 'inherit', env });
children.push(spawn('node', ['--watch', 'server/dist/server/src/main.js'], { stdio: 'inherit', env }));

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
