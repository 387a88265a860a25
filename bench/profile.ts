/** Self time per function and per package from a V8 .cpuprofile: where the server spends its CPU. */
import { readFileSync } from 'node:fs';
import { ROOT } from './lib/child';

export interface HotSpots {
  functions: { fn: string; selfPercent: number }[];
  packages: { fn: string; selfPercent: number }[];
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function packageOf(fnName: string, url: string): string {
  if (fnName.startsWith('(')) return fnName; // (garbage collector), (idle), (program)
  const u = url.replace(/^file:\/\//, '');
  const m = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(u);
  if (m) return m[1];
  const d = /\/dist\/((apps|libs)\/[^/]+)/.exec(u);
  if (d) return `product: ${d[1]}`;
  return u.startsWith('node:') ? 'node internals' : u ? u : '(native)';
}

function top(m: Map<string, number>, total: number, n: number): { fn: string; selfPercent: number }[] {
  return [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([fn, t]) => ({ fn, selfPercent: Math.round((1000 * t) / total) / 10 }));
}

export function hotSpots(file: string, n = 15): HotSpots {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((nd) => [nd.id, nd]));
  const self = new Map<string, number>();
  const pkg = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const nd = byId.get(id);
    if (!nd) return;
    const dt = p.timeDeltas[i] ?? 0;
    total += dt;
    const url = nd.callFrame.url.replace(/^file:\/\//, '').replace(ROOT + '/', '');
    const key =
      `${nd.callFrame.functionName || '(anonymous)'} ${url ? `${url}:${nd.callFrame.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
    const k = packageOf(nd.callFrame.functionName, nd.callFrame.url);
    pkg.set(k, (pkg.get(k) ?? 0) + dt);
  });
  return { functions: top(self, total, n), packages: top(pkg, total, n) };
}
