/**
 * The bench's long-task figure (issue 14) comes from a Chromium trace: these hand-written traces have the shapes a
 * real one has — a spare idle renderer, a worker thread, the browser process, nested run loops.
 */
import { mainThreadTasks, type TraceEvent } from '../../scripts/bench/main-thread-tasks';

const TASK = 'ThreadControllerImpl::RunTask';
const threadName = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (pid: number, tid: number, ts: number, ms: number, name = TASK): TraceEvent => ({
  name,
  ph: 'X',
  pid,
  tid,
  ts,
  dur: ms * 1000,
});

describe('mainThreadTasks', () => {
  test('takes the busy renderer main thread, not a spare renderer, a worker or the browser', () => {
    const events = [
      threadName(1, 1, 'CrBrowserMain'),
      threadName(20, 1, 'CrRendererMain'), // the spare renderer
      threadName(30, 1, 'CrRendererMain'), // the page
      threadName(30, 7, 'DedicatedWorker thread'),
      task(1, 1, 0, 900),
      task(20, 1, 0, 60),
      task(30, 7, 0, 700),
      task(30, 1, 1_000, 120),
      task(30, 1, 200_000, 240),
      task(30, 1, 500_000, 30),
    ];
    expect(mainThreadTasks(events)).toEqual([
      { start: 1_000, duration: 120 },
      { start: 200_000, duration: 240 },
      { start: 500_000, duration: 30 },
    ]);
  });

  test('a task run inside another (nested run loop) is part of it, not a second task', () => {
    const events = [
      threadName(30, 1, 'CrRendererMain'),
      task(30, 1, 0, 250),
      task(30, 1, 10_000, 100),
      task(30, 1, 300_000, 80),
    ];
    expect(mainThreadTasks(events).map((found) => found.duration)).toEqual([250, 80]);
  });

  test('other events of the main thread (microtasks, script) are not tasks of their own', () => {
    const events = [
      threadName(30, 1, 'CrRendererMain'),
      task(30, 1, 0, 40),
      task(30, 1, 100_000, 400, 'BlinkScheduler_PerformMicrotaskCheckpoint'),
      { name: 'thread_name', ph: 'M', pid: 30, tid: 2, ts: 0, args: { name: 'Compositor' } },
      task(30, 2, 0, 500),
    ];
    expect(mainThreadTasks(events)).toEqual([{ start: 0, duration: 40 }]);
  });

  test('a trace without a renderer main thread has no tasks', () => {
    expect(mainThreadTasks([threadName(1, 1, 'CrBrowserMain'), task(1, 1, 0, 500)])).toEqual([]);
  });
});
