/**
 * Where the API process spent its CPU: a V8 .cpuprofile (from `node --cpu-prof`) summarised by
 * owner — each npm package (graphql, @apollo/server, neo4j-driver, express, dataloader...), the
 * project's own src/, Node's internals, the garbage collector — as a share of the busy samples.
 * Enough to tell whether a request's cost is Apollo, graphql-js, the driver or JSON.
 */
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface ProfileShare {
  owner: string;
  percent: number;
}

/** The owner of a frame, from its script URL. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/src/')) return 'conflict-graph src';
  if (url.includes('/bench/')) return 'bench harness';
  return path.basename(url);
}

const GENERIC = new Set(['(native)', 'node internals', 'tsx']);

/**
 * Busy-time shares by owner from one .cpuprofile file (idle excluded), largest first. A sample
 * in native code or Node's internals (JSON.parse, streams, Buffer) is charged to the nearest
 * caller that belongs to a package or to src/, so the cost lands on whoever asked for it.
 */
export function summariseProfile(file: string, top = 12): ProfileShare[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map<string, number>();
  let busy = 0;
  for (const id of profile.samples) {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') continue;
    let owner = ownerOf(node.callFrame.url, node.callFrame.functionName);
    for (let up = parent.get(node.id), hops = 0; GENERIC.has(owner) && up !== undefined && hops < 50; up = parent.get(up), hops++) {
      const frame = byId.get(up)!.callFrame;
      const candidate = ownerOf(frame.url, frame.functionName);
      if (!GENERIC.has(candidate) && !candidate.startsWith('(')) owner = candidate;
    }
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
    busy++;
  }
  return [...counts.entries()]
    .map(([owner, n]) => ({ owner, percent: Math.round((n / Math.max(busy, 1)) * 1000) / 10 }))
    .sort((a, b) => b.percent - a.percent)
    .slice(0, top);
}

/**
 * The main thread's .cpuprofile in a folder, if any: Node writes one file per thread, and tsx's
 * module loader runs in a worker of its own, so the largest file (the most call-tree nodes) is
 * the server's.
 */
export function mainThreadProfile(dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(dir, f));
  return files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
}
