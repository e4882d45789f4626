import { InputError, type InputIssue } from '../../src/model/issues.js';

/** The issues of the InputError that `run` throws; fails the test if it throws nothing. */
export function issuesThrownBy(run: () => unknown): readonly InputIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected an InputError');
}
