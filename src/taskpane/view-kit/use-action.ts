/**
 * The one way a view runs an action: one at a time (a second click before React re-renders the disabled button is
 * ignored), which action is running (its button shows the spinner, the view is aria-busy), and what came of it —
 * the action's own result, or, when it throws, the Vietnamese (or English) sentence of host-error.ts turned into
 * the view's error result. Every view and section with buttons uses it; the views keep only what is theirs.
 */
import { useCallback, useRef, useState } from 'react';
import { explainThrown } from '../host-error';
import { useT } from '../i18n';

/** Turns a thrown value into the view's error result; `detail` is the explained sentence with its code. */
export type Failure<Outcome> = (detail: string, thrown: unknown) => Outcome;

export interface RunOptions<Outcome> {
  /** This action's error result, where it differs from the view's. */
  failed?: Failure<Outcome>;
  /** Leave the last result shown while this action runs (default: cleared when the action starts). */
  keep?: boolean;
}

export interface ViewAction<Kind extends string, Outcome> {
  /** The running action, or null when the view is idle. */
  busy: Kind | null;
  /** What the last action came to (null: nothing to show). */
  outcome: Outcome | null;
  setOutcome(outcome: Outcome | null): void;
  /** Shows what an action that runs beside the others (a cell selection) threw, as the view's error result. */
  showError(thrown: unknown): void;
  /** True from the click until the action settles; React state lags a render, this does not. */
  isRunning(): boolean;
  /**
   * Runs `work` unless an action is already running. What `work` returns becomes the outcome (`undefined` leaves
   * it as `work` set it); what it throws becomes the error result.
   */
  run(kind: Kind, work: () => Promise<Outcome | void>, options?: RunOptions<Outcome>): Promise<void>;
}

export function useAction<Kind extends string, Outcome>(failed: Failure<Outcome>): ViewAction<Kind, Outcome> {
  const t = useT();
  const [busy, setBusy] = useState<Kind | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef(false);
  // The latest failure mapping and translator, so `run` keeps one identity across renders.
  const latest = useRef({ failed, t });
  latest.current = { failed, t };

  const isRunning = useCallback(() => running.current, []);
  const showError = useCallback((thrown: unknown, failed?: Failure<Outcome>) => {
    const toOutcome = failed ?? latest.current.failed;
    setOutcome(toOutcome(explainThrown(thrown, latest.current.t), thrown));
  }, []);
  const run = useCallback(
    async (kind: Kind, work: () => Promise<Outcome | void>, options: RunOptions<Outcome> = {}) => {
      if (running.current) return;
      running.current = true;
      setBusy(kind);
      if (!options.keep) setOutcome(null);
      try {
        const result = await work();
        if (result !== undefined) setOutcome(result);
      } catch (thrown) {
        showError(thrown, options.failed);
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [showError],
  );
  return { busy, outcome, setOutcome, showError, isRunning, run };
}
