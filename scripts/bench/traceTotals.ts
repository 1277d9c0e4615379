/**
 * Self time per event name on the page's main thread in a Chromium trace
 * (`browser.startTracing`): which kinds of work (script, structured clone, GC, layout, GPU
 * waits…) fill the load, JS or not.
 */

/** The part of a trace event read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

export interface EventTime {
  name: string;
  selfMs: number;
  count: number;
}

/** The page's main thread: the one where the page set the mark `markName`. */
function mainThread(
  events: readonly TraceEvent[],
  markName: string,
): { pid: number; tid: number } | null {
  const mark = events.find((event) => event.name === markName);
  return mark ? { pid: mark.pid, tid: mark.tid } : null;
}

/** Complete (`X`) events of the page's main thread, self time summed per name. */
export function mainThreadTotals(events: readonly TraceEvent[], markName: string): EventTime[] {
  const thread = mainThread(events, markName);
  if (!thread) return [];
  const complete = events
    .filter((event) => event.pid === thread.pid && event.tid === thread.tid)
    .filter((event) => event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals = new Map<string, EventTime>();
  const stack: { event: TraceEvent; childUs: number }[] = [];
  const close = (until: number): void => {
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.event.ts + top.event.dur! > until) return;
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.childUs += top.event.dur!;
      let total = totals.get(top.event.name);
      if (!total)
        totals.set(top.event.name, (total = { name: top.event.name, selfMs: 0, count: 0 }));
      total.selfMs += (top.event.dur! - top.childUs) / 1000;
      total.count++;
    }
  };
  for (const event of complete) {
    close(event.ts);
    stack.push({ event, childUs: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return [...totals.values()].sort((a, b) => b.selfMs - a.selfMs);
}
