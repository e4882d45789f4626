import { describe, expect, it } from 'vitest';
import { FlagReader } from '../../../src/cli/flags.js';
import { InputError } from '../../../src/model/issues.js';
import { cli } from '../../../src/text/messages.js';

describe('FlagReader', () => {
  it('tells a flag given twice once, however often it is read', () => {
    const flags = new FlagReader(['run', 'x.yaml', '--reps', '2', '--reps', '3']);
    flags.text('reps');
    flags.number('reps', { whole: true, min: 2 });
    let thrown: unknown;
    try {
      flags.done();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).issues.map((issue) => issue.message)).toEqual([cli.repeatedFlag('--reps', ['2', '3'])]);
  });
});
