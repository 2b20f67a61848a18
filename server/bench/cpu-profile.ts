import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Where a function comes from, short: the package (or the file under server/) and the line. */
function place(url: string, line: number): string {
  if (!url) return '';
  const modules = url.lastIndexOf('node_modules/');
  const file = modules >= 0 ? url.slice(modules + 'node_modules/'.length) : url.replace(/^.*\/dist\/server\//, '');
  return `${file}:${line + 1}`;
}

/** Now on the clock V8's profiles use (the monotonic clock, in microseconds), the same in every process. */
export function profileClock(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/**
 * The functions that took the most CPU themselves (self time) in the
 * `.cpuprofile` files `node --cpu-prof` wrote into `dir`, counting only the
 * samples inside `windows` (from profileClock, e.g. while the load ran, not
 * the start-up), as printable lines.
 */
export async function topSelfTime(dir: string, windows: [number, number][], count = 15): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'));
  const selfMicros = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i] ?? 0;
      if (!windows.some(([from, to]) => at >= from && at <= to)) return;
      const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
      if (functionName === '(idle)') return;
      const key = `${functionName || '(anonymous)'} ${place(url, lineNumber)}`.trim();
      const micros = profile.timeDeltas[i] ?? 0;
      selfMicros.set(key, (selfMicros.get(key) ?? 0) + micros);
      total += micros;
    });
  }
  if (total === 0) return ['no samples while under load: is the profile clock the monotonic one?'];
  return [...selfMicros.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, micros]) => `${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`);
}
