import { describe, expect, it } from 'vitest';
import { clockTime, MAX_ARRIVALS_PER_HOUR } from '../../../src/model/schema/common.js';
import { MAX_DAYS, MAX_REPLICATIONS } from '../../../src/model/schema/index.js';
import { validateScenario, type SchemaIssue } from '../../../src/model/validate.js';
import { validation } from '../../../src/text/messages.js';
import { POLICY_KINDS } from '../../../src/model/schema/policy.js';

/** A small valid scenario, as a fresh object each time. */
function base(): Record<string, any> {
  return {
    name: 'Test dealership',
    day: { open: '08:00', close: '19:00' },
    staff: { advisors: 2 },
    policy: { kind: 'answer-all' },
    calls: {
      perHour: 10,
      reasons: [
        { name: 'booking', share: 0.6, handle: { dist: 'exponential', mean: 4 } },
        { name: 'status', share: 0.4, handle: { dist: 'exponential', mean: 3 } },
      ],
    },
  };
}

function issuesOf(input: unknown): SchemaIssue[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected validation to fail');
  return result.issues;
}

const CLOCK_RULE = clockTime.safeParse('x').error!.issues[0].message;
const DISTS = ['exponential', 'lognormal', 'gamma', 'erlang', 'normal', 'triangular', 'uniform', 'deterministic', 'empirical'];

describe('validateScenario', () => {
  it('accepts a valid scenario and fills the defaults', () => {
    const result = validateScenario(base());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.days).toBe(20);
    expect(result.scenario.calls?.reasons[0].skill).toBe('any');
  });

  it('states both bounds of a number out of range', () => {
    const input = base();
    input.calls.reasons[1].share = 1.4;
    expect(issuesOf(input)).toEqual([
      {
        path: ['calls', 'reasons', 1, 'share'],
        message: validation.expected(validation.number({ min: 0, max: 1 }), 1.4),
        pointsAt: 'value',
      },
    ]);
    expect(validation.expected(validation.number({ min: 0, max: 1 }), 1.4)).toBe(
      'expected a number between 0 and 1, got 1.4',
    );
  });

  it('says "whole number" with the bound, and ">" for a positive number', () => {
    const input: Record<string, any> = { ...base(), days: 2.5 };
    input.calls.reasons[0].handle.mean = 0;
    const issues = issuesOf(input);
    expect(issues).toContainEqual({
      path: ['days'],
      message: validation.expected(validation.number({ whole: true, min: 1, max: MAX_DAYS }), 2.5),
      pointsAt: 'value',
    });
    expect(issues).toContainEqual({
      path: ['calls', 'reasons', 0, 'handle', 'mean'],
      message: validation.expected(validation.number({ min: 0, minExclusive: true }), 0),
      pointsAt: 'value',
    });
    expect(validation.number({ whole: true, min: 1 })).toBe('a whole number ≥ 1');
    expect(validation.number({ min: 0, minExclusive: true })).toBe('a number > 0');
  });

  it('reads a seed written as a whole number as that number, quoted or not: one seed, one meaning', () => {
    const seedOf = (seed: unknown) => {
      const result = validateScenario({ ...base(), seed });
      if (!result.ok) throw new Error('expected a valid scenario');
      return result.scenario.seed;
    };
    expect(seedOf(42)).toBe(42);
    expect(seedOf('42')).toBe(42);
    expect(seedOf(' +42 ')).toBe(42);
    expect(seedOf('042')).toBe(42);
    expect(seedOf('-7')).toBe(-7);
    expect(seedOf('spring')).toBe('spring');
    expect(seedOf('4.2')).toBe('4.2');
    // Beyond the safe integers a number cannot be told apart from its neighbours: kept as text.
    expect(seedOf('9007199254740993')).toBe('9007199254740993');
    expect(seedOf(undefined)).toBe(1);
  });

  it('reports a wrong type with the rule of the field', () => {
    const input = { ...base(), replications: 'many' };
    expect(issuesOf(input)).toEqual([
      {
        path: ['replications'],
        message: validation.expected(validation.number({ whole: true, min: 2, max: MAX_REPLICATIONS }), 'many'),
        pointsAt: 'value',
      },
    ]);
  });

  it('reports each unknown key at the key, with the allowed keys and a likely meaning', () => {
    const input = base();
    input.calls.reasons[0].shre = 0.1;
    input.calls.reasons[0].colour = 'red';
    const allowed = ['name', 'share', 'handle', 'skill', 'segment'];
    expect(issuesOf(input)).toEqual([
      {
        path: ['calls', 'reasons', 0, 'shre'],
        message: validation.unknownField('shre', allowed, 'share'),
        pointsAt: 'key',
      },
      {
        path: ['calls', 'reasons', 0, 'colour'],
        message: validation.unknownField('colour', allowed),
        pointsAt: 'key',
      },
    ]);
    expect(validation.unknownField('colour', allowed)).toBe(
      'unknown field "colour" (expected one of: name, share, handle, skill, segment)',
    );
  });

  it('lists the keys of the distribution written, not of every distribution', () => {
    const input = base();
    input.calls.reasons[0].handle = { dist: 'lognormal', mean: 4, cv: 0.5, sd: 1 };
    expect(issuesOf(input)).toEqual([
      {
        path: ['calls', 'reasons', 0, 'handle', 'sd'],
        message: validation.unknownField('sd', ['dist', 'mean', 'cv']),
        pointsAt: 'key',
      },
    ]);
  });

  it('reports a missing required field at its own path', () => {
    const input = base();
    delete input.name;
    delete input.calls.reasons[0].handle.mean;
    expect(issuesOf(input)).toEqual([
      { path: ['name'], message: validation.missing(), pointsAt: 'value' },
      { path: ['calls', 'reasons', 0, 'handle', 'mean'], message: validation.missing(), pointsAt: 'value' },
    ]);
  });

  it('lists the kinds when a discriminator is wrong or missing', () => {
    const input: Record<string, any> = { ...base(), policy: { kind: 'blend' } };
    input.calls.reasons[0].handle = { mean: 3 };
    expect(issuesOf(input)).toEqual([
      {
        path: ['policy', 'kind'],
        message: validation.oneOf(POLICY_KINDS, 'blend'),
        pointsAt: 'value',
      },
      {
        path: ['calls', 'reasons', 0, 'handle', 'dist'],
        message: validation.missingOneOf(DISTS),
        pointsAt: 'value',
      },
    ]);
    expect(validation.oneOf(['answer-all', 'divert', 'phone-desk', 'threshold'], 'blend')).toBe(
      'expected one of "answer-all", "divert", "phone-desk", "threshold", got "blend"',
    );
  });

  it('lists the values of an enum', () => {
    const input = base();
    input.calls.reasons[0].skill = 'manager';
    expect(issuesOf(input)).toEqual([
      {
        path: ['calls', 'reasons', 0, 'skill'],
        message: validation.oneOf(['any', 'advisor', 'parts'], 'manager'),
        pointsAt: 'value',
      },
    ]);
  });

  it("adds what was found to the schema's own wording of a pattern", () => {
    const input = { ...base(), day: { open: '8am', close: '19:00' } };
    expect(issuesOf(input)).toEqual([
      { path: ['day', 'open'], message: validation.ruleGot(CLOCK_RULE, '8am'), pointsAt: 'value' },
    ]);
    expect(validation.ruleGot(CLOCK_RULE, '8am')).toBe('expected a clock time "HH:MM" (24-hour), got "8am"');
  });

  it('points at the key of a rate profile when the hour is wrong', () => {
    const input = base();
    input.calls.perHour = { '08': 3, '8': 2 };
    expect(issuesOf(input)).toEqual([
      {
        path: ['calls', 'perHour', '8'],
        message: validation.ruleGot('expected an hour "00" to "23"', '8'),
        pointsAt: 'key',
      },
    ]);
  });

  describe('unions', () => {
    it('lists the shapes accepted when no branch fits the type', () => {
      const input = base();
      input.calls.perHour = 'lots';
      expect(issuesOf(input)).toEqual([
        {
          path: ['calls', 'perHour'],
          message: validation.expectedEither([validation.number({ min: 0, max: MAX_ARRIVALS_PER_HOUR }), validation.object()], 'lots'),
          pointsAt: 'value',
        },
      ]);
      expect(issuesOf(input)[0].message).toBe('expected a number between 0 and 10000 or an object, got "lots"');
    });

    it('reports the problems of the branch that got furthest', () => {
      const input = {
        ...base(),
        appointments: {
          slots: { from: '8am', to: '10:00', every: 15 },
          writeUp: { dist: 'exponential', mean: 10 },
        },
      };
      expect(issuesOf(input)).toEqual([
        { path: ['appointments', 'slots', 'from'], message: validation.ruleGot(CLOCK_RULE, '8am'), pointsAt: 'value' },
        { path: ['appointments', 'slots', 'perSlot'], message: validation.missing(), pointsAt: 'value' },
      ]);
    });

    it('picks the object branch whose keys fit best', () => {
      const input = {
        ...base(),
        appointments: { slots: { file: 'book.csv', sheet: 2 }, writeUp: { dist: 'exponential', mean: 10 } },
      };
      expect(issuesOf(input)).toEqual([
        {
          path: ['appointments', 'slots', 'sheet'],
          message: validation.unknownField('sheet', ['file']),
          pointsAt: 'key',
        },
      ]);
    });

    it('goes into the list branch for an element out of range', () => {
      const input = base();
      input.calls.redial = { p: [0.5, 1.5], delay: { dist: 'exponential', mean: 10 } };
      expect(issuesOf(input)).toEqual([
        {
          path: ['calls', 'redial', 'p', 1],
          message: validation.expected(validation.number({ min: 0, max: 1 }), 1.5),
          pointsAt: 'value',
        },
      ]);
    });

    it('says a field is missing rather than listing shapes', () => {
      const input = base();
      delete input.staff.advisors;
      expect(issuesOf(input)).toEqual([{ path: ['staff', 'advisors'], message: validation.missing(), pointsAt: 'value' }]);
    });
  });

  it('mentions null where the schema accepts it', () => {
    const input = base();
    input.calls.redial = { p: 0.3, delay: { dist: 'exponential', mean: 10 }, maxAttempts: 'x' };
    expect(issuesOf(input)).toEqual([
      {
        path: ['calls', 'redial', 'maxAttempts'],
        message: validation.expected(validation.orNull(validation.number({ whole: true, min: 1 })), 'x'),
        pointsAt: 'value',
      },
    ]);
  });

  it('reports an empty list and an empty name', () => {
    const input = { ...base(), week: [], name: '' };
    expect(issuesOf(input)).toEqual([
      { path: ['name'], message: validation.expected(validation.nonEmptyText(), ''), pointsAt: 'value' },
      { path: ['week'], message: validation.expected(validation.listOfAtLeast(1), []), pointsAt: 'value' },
    ]);
  });

  it('reports a document that is not an object', () => {
    expect(issuesOf(null)).toEqual([{ path: [], message: validation.expected(validation.object(), null), pointsAt: 'value' }]);
  });

  it('collects every problem', () => {
    const input = { ...base(), days: 0, seed: [], policy: { kind: 'divert', ringSec: -1 } };
    expect(issuesOf(input).map((issue) => issue.path.join('.'))).toEqual(['days', 'seed', 'policy.ringSec']);
  });
});
