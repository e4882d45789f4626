// The pipeline over random valid scenarios (every policy, shifts and breaks, 24-hour days, steady
// state, redials, voicemail, callbacks, transfers…): what must hold exactly, checked from the
// per-contact records against the summary (tests/support/pipeline-check.ts). CI runs a few
// hundred scenarios; `npm run test:long` runs at least 10,000 and prints how many ran.

import { afterAll, describe, expect, it } from 'vitest';
import { checkPipeline } from '../support/pipeline-check.js';
import { randomScenario } from '../support/random-scenario.js';

const LONG = process.env.RECEPSIM_LONG_VALIDATION === '1';
const SCENARIOS = LONG ? 10_000 : 300;
const PER_TEST = 50;

/** Features the random scenarios must reach, as named by checkPipeline. */
const EVERY_FEATURE = [
  'mode:days', 'mode:round-the-clock', 'mode:steady',
  'policy:answer-all', 'policy:divert', 'policy:phone-desk', 'policy:threshold', 'policy:by-the-hour',
  'call:answered', 'call:abandoned', 'call:rang-out', 'call:voicemail', 'call:closed', 'call:redial',
  // The parts line answers transfers only (its outcome is the transfer's); a transferred caller
  // waiting for the parts line never hangs up in the model, so no transfer ends 'abandoned'.
  'answeredBy:advisors', 'answeredBy:phoneDesk', 'answeredBy:overflow',
  'transfer:answered', 'transfer:rang-out',
  'callback:voicemail', 'callback:desk', 'callback:overflow', 'callback:transfer', 'callback:returned', 'callback:not-returned',
  'caller:served', 'caller:callback', 'caller:lost',
  'visit:appointment', 'visit:walkIn', 'visit:pickup', 'visit:served', 'visit:balked', 'visit:reneged', 'visit:interrupted',
  'message:answered', 'message:not-answered',
  'break:whole', 'break:late', 'overtime',
];

const reached = new Set<string>();
let ran = 0;
let contacts = 0;

describe(`the pipeline over ${SCENARIOS} random scenarios`, () => {
  it.each(Array.from({ length: SCENARIOS / PER_TEST }, (_, i) => i * PER_TEST + 1))(
    'scenarios from %i: every contact ends once, the trace counts what the summary counts, no figure NaN or negative, staff time covers every contact',
    (first) => {
      for (let seed = first; seed < first + PER_TEST; seed++) {
        // One scenario in ten on the simjs calendar: the checks hold on both engines.
        const check = checkPipeline(randomScenario(seed), seed % 10 === 0 ? 'simjs' : 'recepsim');
        expect(check.violations, `scenario ${seed}: ${check.config.name}`).toEqual([]);
        for (const feature of check.features) reached.add(feature);
        ran++;
        contacts += check.contacts;
      }
    },
  );

  it('reaches every feature', () => {
    expect(EVERY_FEATURE.filter((feature) => !reached.has(feature))).toEqual([]);
  });

  afterAll(() => {
    console.log(`property suite: ${ran} random scenarios ran, ${contacts} contacts checked`);
  });
});
