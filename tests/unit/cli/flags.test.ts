import { describe, expect, it } from 'vitest';
import { FlagReader, valuelessIssues } from '../../../src/cli/flags.js';
import { InputError } from '../../../src/model/issues.js';
import { cli } from '../../../src/text/messages.js';

describe('a repeatable flag typed with no value', () => {
  const messages = (argv: string[]) => valuelessIssues(argv, ['set', 'variant']).map((issue) => issue.message);

  it('is a problem when it comes last, before another flag, or as --name=', () => {
    expect(messages(['run', 'x.yaml', '--set'])).toEqual([cli.valueMissing('--set')]);
    expect(messages(['compare', 'x.yaml', '--variant', '--reps', '3'])).toEqual([cli.valueMissing('--variant')]);
    expect(messages(['run', 'x.yaml', '--set='])).toEqual([cli.valueMissing('--set')]);
  });

  it('is not when it has a value, in either spelling, or stands after "--"', () => {
    expect(messages(['run', 'x.yaml', '--set', 'days=2', '--set=seed=3'])).toEqual([]);
    expect(messages(['run', 'x.yaml', '--', '--set'])).toEqual([]);
  });
});

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
