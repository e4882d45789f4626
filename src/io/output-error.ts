// The error for output that could not be written (a full disk, a closed or read-only output):
// not bad input and not a bug, so the CLI prints its one line and exits 1, without a stack.

/** Output could not be written; `message` is one line from the catalogue. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}
