import type { Page } from 'playwright-core';

/**
 * The longest task on a tab's main thread while `action` runs, from a Chromium trace: the
 * renderer process showing the page (named in `TracingStartedInBrowser`), its `CrRendererMain`
 * thread, its top-level `RunTask` events. Each task has a wall time (`dur`) and the CPU time its
 * thread actually ran (`tdur`). On a shared 2-core machine the wall time also counts the time the
 * OS gave the CPU to other processes, so the CPU time is what a budget can be held to; both are
 * reported.
 */

export interface LongestTask {
  wallMs: number;
  cpuMs: number;
  /** Tasks over 50 ms (the Long Tasks API threshold) by CPU time. */
  longTasks: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } };
}

export async function traceLongestTask(page: Page, action: () => Promise<void>): Promise<LongestTask> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
  }
  const url = page.url();
  const pids = new Set(events.flatMap((event) => (event.name === 'TracingStartedInBrowser' ? (event.args?.data?.frames ?? []) : [])).filter((frame) => frame.url === url).map((frame) => frame.processId));
  if (!pids.size) throw new Error(`The trace names no renderer process for ${url}`);
  const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && pids.has(event.pid)).map((event) => `${event.pid}:${event.tid}`));
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
  if (!tasks.length) throw new Error('The trace has no tasks on the page’s main thread');
  const ms = (us: number | undefined) => Math.round((us ?? 0) / 100) / 10;
  return {
    wallMs: Math.max(...tasks.map((task) => ms(task.dur))),
    cpuMs: Math.max(...tasks.map((task) => ms(task.tdur))),
    longTasks: tasks.filter((task) => ms(task.tdur) > 50).length,
  };
}
