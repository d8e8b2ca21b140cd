/**
 * Runs a CLI body so that an unexpected failure prints one readable line
 * instead of a stack trace (set DEBUG=1 to see the trace).
 */
export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`error: ${message}`);
        if (process.env.DEBUG) console.error(error);
        process.exitCode = 2;
      },
    );
}
