/**
 * Self and total time per function of a V8 CPU profile (CDP `Profiler.stop`), functions
 * merged by name and place.
 */

/** The parts of a V8 CPU profile (CDP `Profiler.Profile`) read here. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}
type ProfileNode = CpuProfile['nodes'][number];

export interface FunctionTime {
  name: string;
  /** Script file (last path part) and line. */
  where: string;
  selfMs: number;
  /** Time with the function on the stack, counted once however deep it recurses. */
  totalMs: number;
}

/** Sums the samples of a profile per function. */
export function profileTotals(profile: CpuProfile): FunctionTime[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parents.set(child, node.id);
  const keyOf = (node: ProfileNode): string => {
    const frame = node.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    return `${frame.functionName || '(anonymous)'}\u0000${file}:${frame.lineNumber + 1}`;
  };
  const times = new Map<string, { selfMs: number; totalMs: number }>();
  const entry = (key: string) => {
    let time = times.get(key);
    if (!time) times.set(key, (time = { selfMs: 0, totalMs: 0 }));
    return time;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) {
    const ms = (deltas[index + 1] ?? 0) / 1000;
    let node = nodes.get(samples[index]!);
    if (!node) continue;
    entry(keyOf(node)).selfMs += ms;
    const seen = new Set<string>();
    while (node) {
      const key = keyOf(node);
      if (!seen.has(key)) {
        seen.add(key);
        entry(key).totalMs += ms;
      }
      const parent = parents.get(node.id);
      node = parent === undefined ? undefined : nodes.get(parent);
    }
  }
  return [...times].map(([key, time]) => {
    const [name, where] = key.split('\u0000') as [string, string];
    return { name, where, ...time };
  });
}
