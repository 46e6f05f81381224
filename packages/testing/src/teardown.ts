// Undoing what a test set up, in reverse order: every step runs even when an earlier one fails (a stopped service must
// not keep the database from being dropped), and the first failure is reported once all have run.
export interface Teardown {
  add(step: () => unknown): void;
  /** Runs the steps once; later calls return the same promise. */
  run(): Promise<void>;
}

export function teardown(): Teardown {
  const steps: Array<() => unknown> = [];
  let running: Promise<void> | null = null;
  return {
    add: (step) => void steps.push(step),
    run: () =>
      (running ??= (async () => {
        const failures: unknown[] = [];
        for (const step of steps.reverse()) {
          try {
            await step();
          } catch (error) {
            failures.push(error);
          }
        }
        if (failures.length) throw failures[0];
      })()),
  };
}
