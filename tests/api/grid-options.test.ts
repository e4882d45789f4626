// The library's sweep and size refuse grid options a script gets wrong, as the command line
// refuses its flags: one InputError with every problem, before anything is loaded or simulated.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { size } from '../../src/api/size.js';
import { sweep } from '../../src/api/sweep.js';
import { InputError } from '../../src/model/issues.js';
import { POLICY_KINDS } from '../../src/model/schema/policy.js';
import { cli, sweepText } from '../../src/text/messages.js';
import { ROOT } from '../support/cli.js';

const MEDIUM = join(ROOT, 'scenarios/medium-dealership.yaml');

async function problems(run: () => Promise<unknown>): Promise<string[]> {
  const error = await run().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).issues.map((issue) => issue.message);
}

describe('grid options given by a script', () => {
  it('sweep: no advisors, a desk of nobody, a policy twice and a shard past its count, all at once', async () => {
    const messages = await problems(() =>
      sweep({ scenario: MEDIUM, advisors: [], desk: [0, 1], policies: [{ kind: 'divert' }, { kind: 'divert' }], shard: { index: 4, count: 3 }, out: null }),
    );
    expect(messages).toEqual([
      cli.badFlag('advisors', sweepText.advisorsExpected(), []),
      cli.badFlag('desk', sweepText.deskExpected(), [0, 1]),
      cli.badFlag('policies', sweepText.policyExpected(POLICY_KINDS), 'divert,divert'),
      cli.badFlag('shard', sweepText.shardExpected(), '4/3'),
    ]);
  });

  it('size: a largest team of none and a first look of one replication', async () => {
    const messages = await problems(() => size({ scenario: MEDIUM, maxAdvisors: 0, initialReps: 1, out: null }));
    expect(messages).toEqual([cli.badFlag('maxAdvisors', cli.numberExpected(true, 1, 200), 0), cli.badFlag('initialReps', cli.numberExpected(true, 2), 1)]);
  });
});
