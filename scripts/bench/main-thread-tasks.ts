/*
 * The page's main-thread tasks from a Chromium trace (category `toplevel`): every `ThreadControllerImpl::RunTask`
 * on the renderer's main thread, script and rendering alike. PerformanceObserver('longtask') is not enough for the
 * budget «no task over 200 ms»: in session 5 it missed the style-and-layout task after a React commit in most runs
 * (the trace showed 325–658 ms where the observer said 131–332).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

export interface MainThreadTask {
  /** Microseconds, trace clock. */
  start: number;
  /** Milliseconds. */
  duration: number;
}

const RENDERER_MAIN_THREAD = 'CrRendererMain';
/** Chromium's name for one task taken from a thread's queue (category `toplevel`). */
const TASK_EVENT = 'ThreadControllerImpl::RunTask';

/**
 * The top-level tasks of the busiest renderer main thread. The traced page is the one doing the work; Chromium may
 * keep a spare, idle renderer, and workers run on threads of other names (DedicatedWorker thread).
 */
export function mainThreadTasks(events: readonly TraceEvent[]): MainThreadTask[] {
  const mainThreads = new Set(
    events
      .filter(
        (event) =>
          event.ph === 'M' && event.name === 'thread_name' && event.args?.name === RENDERER_MAIN_THREAD,
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasksByThread = new Map<string, MainThreadTask[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || event.name !== TASK_EVENT || !mainThreads.has(thread)) continue;
    const tasks = tasksByThread.get(thread) ?? [];
    tasks.push({ start: event.ts, duration: (event.dur ?? 0) / 1000 });
    tasksByThread.set(thread, tasks);
  }
  const busy = (tasks: MainThreadTask[]) => tasks.reduce((sum, task) => sum + task.duration, 0);
  const busiest = [...tasksByThread.values()].sort((a, b) => busy(b) - busy(a))[0] ?? [];
  // A task nested in another (a nested run loop) is part of its parent's time, not a task of its own.
  busiest.sort((a, b) => a.start - b.start || b.duration - a.duration);
  const topLevel: MainThreadTask[] = [];
  for (const task of busiest) {
    const parent = topLevel[topLevel.length - 1];
    if (parent && task.start < parent.start + parent.duration * 1000) continue;
    topLevel.push(task);
  }
  return topLevel;
}
