import { describe, expect, it } from 'vitest';
import { applyOverrides, localeSetBy, overrideAt } from '../../../src/io/overrides.js';
import { override, variantText } from '../../../src/text/messages.js';
import { POLICY_KINDS } from '../../../src/model/schema/policy.js';

function scenario(): Record<string, any> {
  return {
    name: 'x',
    days: 20,
    calls: {
      perHour: { '08': 3 },
      reasons: [
        { name: 'a', share: 0.5 },
        { name: 'b', share: 0.3 },
        { name: 'c', share: 0.2 },
      ],
    },
  };
}

describe('applyOverrides', () => {
  it('warns about a flag a later one replaces whole, and says which is used', () => {
    const { value, warnings } = applyOverrides(scenario(), [
      'policy.ringSec=10',
      'policy={kind: divert}',
      'calls.perHour.08=5',
      'days=3',
      { assignment: 'days=5', label: '--days 5' },
      'policy.ringSec=20',
    ]);
    expect(value).toMatchObject({ days: 5, policy: { kind: 'divert', ringSec: 20 }, calls: { perHour: { '08': 5 } } });
    expect(warnings).toEqual([
      {
        path: ['policy', 'ringSec'],
        file: override.source('policy.ringSec=10'),
        // The last flag to write the field is the one used.
        message: override.shadowed(override.source('policy.ringSec=10'), override.source('policy.ringSec=20')),
      },
      { path: ['days'], file: override.source('days=3'), message: override.shadowed(override.source('days=3'), '--days 5') },
    ]);
    expect(override.shadowed('--set "days=3"', '--days 5')).toBe(
      '--days 5 sets this too and is applied after it: --days 5 is used, --set "days=3" changes nothing',
    );
  });

  it('does not call a field kept by a later policy switch unchanged, and tells two changes of one --variant apart', () => {
    const withPolicy = { ...scenario(), policy: { kind: 'answer-all', interruptProbability: 1 } };
    // Switching the policy keeps ringSec: the earlier flag is what set it.
    const kept = applyOverrides(withPolicy, ['policy.ringSec=15', 'policy=divert']);
    expect(kept.value).toMatchObject({ policy: { kind: 'divert', ringSec: 15 } });
    expect(kept.warnings).toEqual([]);
    // Within one variant, both changes carry its label.
    const label = '--variant "a:policy.ringSec=10,policy.ringSec=20"';
    const variant = applyOverrides(withPolicy, ['policy.ringSec=10', 'policy.ringSec=20'].map((assignment) => ({ assignment, label })));
    expect(variant.warnings).toEqual([{ path: ['policy', 'ringSec'], file: label, message: override.shadowed('"policy.ringSec=10"', '"policy.ringSec=20"') }]);
  });

  it('warns about a flag that writes what the scenario already has, and not about one that changes it', () => {
    const { value, warnings } = applyOverrides(scenario(), ['calls.perHour.08=3', 'calls.reasons[1].share=0.3', 'calls.perHour.09=3', { assignment: 'days=20', label: '--days 20' }]);
    expect(value).toMatchObject({ days: 20, calls: { perHour: { '08': 3, '09': 3 } } });
    const unchanged = (path: (string | number)[], file: string) => ({ path, file, message: override.unchanged() });
    expect(warnings).toEqual([
      unchanged(['calls', 'perHour', '08'], override.source('calls.perHour.08=3')),
      unchanged(['calls', 'reasons', 1, 'share'], override.source('calls.reasons[1].share=0.3')),
      unchanged(['days'], '--days 20'),
    ]);
    expect(applyOverrides(scenario(), ['days=21']).warnings).toEqual([]);
    // A change a command generated (a grid point naming its whole team) is applied, and its sameness goes unsaid.
    const generated = applyOverrides(scenario(), [{ assignment: 'days=20', label: '--days 20', generated: true }, { assignment: 'days=21', label: 'p', generated: true }]);
    expect(generated.value).toMatchObject({ days: 21 });
    expect(generated.warnings).toEqual([{ path: ['days'], file: '--days 20', message: override.shadowed('--days 20', 'p') }]);
  });

  it('names a labelled override by its flag in problems', () => {
    const { issues } = applyOverrides(scenario(), [{ assignment: 'days.x=5', label: '--days 5' }]);
    expect(issues).toEqual([{ path: [], file: '--days 5', message: override.notAnObject('days', 20) }]);
  });

  it('sets numbers, booleans, strings, objects and lists read as YAML', () => {
    const { value, issues } = applyOverrides(scenario(), [
      'days=4',
      'policy.overflowToAdvisors=true',
      'policy.kind=divert',
      'calls.patience={dist: exponential, mean: 3}',
      'calls.redial.p=[0.3, 0.1]',
      'day.open=08:00',
    ]);
    expect(issues).toEqual([]);
    expect(value).toMatchObject({
      days: 4,
      policy: { kind: 'divert', overflowToAdvisors: true },
      calls: { patience: { dist: 'exponential', mean: 3 }, redial: { p: [0.3, 0.1] } },
      day: { open: '08:00' },
    });
  });

  it('accepts list indexes written .2 or [2], and keeps "08" a key of an object', () => {
    const { value, issues } = applyOverrides(scenario(), [
      'calls.reasons.2.share=0.4',
      'calls.reasons[1].name=status',
      'calls.perHour.08=5',
      'calls.perHour.09=6',
    ]);
    expect(issues).toEqual([]);
    const calls = (value as any).calls;
    expect(calls.reasons[2].share).toBe(0.4);
    expect(calls.reasons[1].name).toBe('status');
    expect(calls.perHour).toEqual({ '08': 5, '09': 6 });
  });

  it('creates missing parents, and appends at the end of a list', () => {
    const { value, overridden } = applyOverrides(scenario(), [
      'walkIns.writeUp.mean=20',
      'calls.reasons[3]={name: d, share: 0}',
      'staff.advisors[0].from=08:00',
    ]);
    expect((value as any).walkIns).toEqual({ writeUp: { mean: 20 } });
    expect((value as any).calls.reasons).toHaveLength(4);
    expect((value as any).staff).toEqual({ advisors: [{ from: '08:00' }] });
    expect(overridden.map((entry) => entry.path)).toEqual([
      ['walkIns'],
      ['walkIns', 'writeUp'],
      ['walkIns', 'writeUp', 'mean'],
      ['calls', 'reasons', 3],
      ['staff'],
      ['staff', 'advisors'],
      ['staff', 'advisors', 0],
      ['staff', 'advisors', 0, 'from'],
    ]);
  });

  it('does not change its input', () => {
    const input = scenario();
    applyOverrides(input, ['days=1', 'calls.reasons.0.share=1']);
    expect(input).toEqual(scenario());
  });

  it('lets a later flag win, and says which flag wrote a path', () => {
    const { value, overridden } = applyOverrides(scenario(), ['days=4', 'days=5']);
    expect((value as any).days).toBe(5);
    expect(overrideAt(overridden, ['days'])?.source).toBe(override.source('days=5'));
    expect(overrideAt(overridden, ['calls'])).toBeUndefined();
    const nested = applyOverrides(scenario(), ['calls.reasons.1={name: b, share: 2}']);
    expect(overrideAt(nested.overridden, ['calls', 'reasons', 1, 'share'])?.source).toBe(
      override.source('calls.reasons.1={name: b, share: 2}'),
    );
  });

  it('reports malformed flags by name and applies the others', () => {
    const flags = ['calls..share=1', 'days', '=3', '.days=3', 'days.=3', 'calls.reasons[x]=1', '__proto__.x=1', 'days=6'];
    const { value, issues } = applyOverrides(scenario(), flags);
    expect((value as any).days).toBe(6);
    expect(issues).toEqual(
      flags.slice(0, -1).map((flag) => ({ path: [], message: override.malformed(), file: override.source(flag) })),
    );
    expect(issues[0].file).toBe('--set "calls..share=1"');
  });

  it('refuses an index into a non-list, a field in a scalar, an index past the end', () => {
    const flags = ['calls.perHour[0]=1', 'days.x=1', 'calls.reasons[9].share=1', 'calls.reasons.first=1', 'days[0]=1'];
    const { issues } = applyOverrides(scenario(), flags);
    expect(issues.map((issue) => issue.message)).toEqual([
      override.notAList('calls.perHour', { '08': 3 }),
      override.notAnObject('days', 20),
      override.indexOutOfRange(9, 3),
      override.notAnObject('calls.reasons', scenario().calls.reasons),
      override.notAList('days', 20),
    ]);
    expect(issues.map((issue) => issue.file)).toEqual(flags.map(override.source));
  });

  it('leaves nothing behind from a flag that fails half-way', () => {
    const { value } = applyOverrides(scenario(), ['walkIns.rates[2]=1']);
    expect(value).toEqual(scenario());
  });

  it('reports a value that is not valid YAML', () => {
    const { issues } = applyOverrides(scenario(), ['calls.patience={dist: exponential']);
    expect(issues).toHaveLength(1);
    expect(issues[0].file).toBe(override.source('calls.patience={dist: exponential'));
  });

  it('treats inherited names as fields not written', () => {
    const { value, issues } = applyOverrides(scenario(), ['constructor.name=x']);
    expect(issues).toEqual([]);
    expect((value as any).constructor).toEqual({ name: 'x' });
    expect(({} as any).name).toBeUndefined();
  });

  it('sets fields in an empty document', () => {
    expect(applyOverrides(null, ['name=x']).value).toEqual({ name: 'x' });
  });
});

describe('applyOverrides with a manager meaning', () => {
  const shifts = [
    { from: '08:00', to: '16:00', breaks: ['12:00-12:30'] },
    { from: '11:00', to: '19:00', breaks: ['15:00-15:30'] },
    { from: '08:00', to: '19:00', breaks: [] },
  ];
  const withShifts = () => ({ staff: { advisors: structuredClone(shifts), phoneDesk: 0 }, policy: { kind: 'answer-all', interruptProbability: 0.5, ringSec: 30 } });

  it('a count on a list of shifts keeps the pattern: the shifts repeated in order, and says so', () => {
    for (const [count, expected] of [
      [2, shifts.slice(0, 2)],
      [5, [...shifts, shifts[0], shifts[1]]],
      [3, shifts],
    ] as const) {
      const { value, issues, notes } = applyOverrides(withShifts(), [`staff.advisors=${count}`]);
      expect(issues).toEqual([]);
      expect((value as any).staff.advisors).toEqual(expected);
      expect(notes).toHaveLength(1);
      expect(notes[0].file).toBe(override.source(`staff.advisors=${count}`));
      expect(notes[0].message).toContain(`${count} people on the file's pattern of 3 shifts`);
    }
  });

  it('+N and -N add and remove people on the pattern, or from a head count; advisors and desk are short names', () => {
    expect((applyOverrides(withShifts(), ['advisors=+1']).value as any).staff.advisors).toEqual([...shifts, shifts[0]]);
    expect((applyOverrides(withShifts(), ['staff.advisors=-2']).value as any).staff.advisors).toEqual([shifts[0]]);
    const counted = applyOverrides({ staff: { advisors: 3 } }, ['advisors=+2', 'desk=+1']);
    expect((counted.value as any).staff).toEqual({ advisors: 5, phoneDesk: 1 });
    expect(counted.notes.map((note) => note.message)).toEqual([variantText.teamCounted('staff.advisors', 3, 5), variantText.teamCounted('staff.phoneDesk', 0, 1)]);
  });

  it('refuses to remove more people than there are, and a relative change of something not a team', () => {
    expect(applyOverrides(withShifts(), ['advisors=-4']).issues.map((issue) => issue.message)).toEqual([variantText.relativeBelowZero('staff.advisors', -1)]);
    expect(applyOverrides({ staff: { advisors: 'x' } }, ['advisors=+1']).issues.map((issue) => issue.message)).toEqual([
      variantText.relativeNeedsCount('staff.advisors', 'x'),
    ]);
  });

  it('switching the policy keeps the fields that still apply, drops the others and says which', () => {
    const { value, notes } = applyOverrides(withShifts(), ['policy.kind=divert']);
    expect((value as any).policy).toEqual({ kind: 'divert', ringSec: 30 });
    expect(notes.map((note) => note.message)).toEqual([variantText.policySwitched('answer-all', 'divert', ['interruptProbability'], [])]);
  });

  it('phone-desk:K sets the desk; threshold:T sets maxWaitingVisitors; leaving phone-desk lets the desk go', () => {
    const desk = applyOverrides(withShifts(), ['policy=phone-desk:2']);
    expect((desk.value as any).policy).toEqual({ kind: 'phone-desk', ringSec: 30 });
    expect((desk.value as any).staff.phoneDesk).toBe(2);
    expect(desk.notes.map((note) => note.message)).toContain(variantText.deskSet(2));
    const defaultDesk = applyOverrides(withShifts(), ['policy=phone-desk']);
    expect((defaultDesk.value as any).staff.phoneDesk).toBe(1);
    const threshold = applyOverrides(withShifts(), ['policy=threshold:3']);
    expect((threshold.value as any).policy).toEqual({ kind: 'threshold', ringSec: 30, maxWaitingVisitors: 3 });
    const back = applyOverrides(desk.value, ['policy=answer-all']);
    expect((back.value as any).staff.phoneDesk).toBe(0);
    expect(back.notes.map((note) => note.message)).toContain(variantText.deskDropped(2));
  });

  it('refuses an unknown policy and a bad parameter, naming the flag', () => {
    const { issues } = applyOverrides(withShifts(), ['policy=blend', 'policy=phone-desk:0', 'policy=divert:2']);
    expect(issues.map((issue) => issue.message)).toEqual([
      variantText.unknownPolicy('blend', POLICY_KINDS),
      variantText.policyParameter('phone-desk'),
      variantText.policyParameter('divert'),
    ]);
    expect(issues[0].file).toBe(override.source('policy=blend'));
  });

  it('on a policy by the hour: a window’s field is set, a field by name is refused, policy=KIND replaces the windows and says so', () => {
    const windowed = () => ({
      ...withShifts(),
      policy: [
        { from: '08:00', to: '11:00', kind: 'phone-desk' },
        { from: '11:00', to: '19:00', kind: 'answer-all' },
      ],
      staff: { advisors: 3, phoneDesk: 1 },
    });
    const ring = applyOverrides(windowed(), ['policy[1].ringSec=30']);
    expect((ring.value as any).policy[1]).toEqual({ from: '11:00', to: '19:00', kind: 'answer-all', ringSec: 30 });
    for (const flag of ['policy.kind=divert', 'policy.ringSec=30']) {
      const { issues, value } = applyOverrides(windowed(), [flag]);
      expect(issues.map((issue) => issue.message)).toEqual([variantText.policyIsWindows(flag.split('=')[0])]);
      expect((value as any).policy).toEqual(windowed().policy);
    }
    const whole = applyOverrides(windowed(), ['policy=divert']);
    expect((whole.value as any).policy).toEqual({ kind: 'divert' });
    expect((whole.value as any).staff.phoneDesk).toBe(0);
    expect(whole.notes.map((note) => note.message)).toEqual([
      variantText.policyWindowsReplaced('phone-desk 08:00–11:00, answer-all 11:00–19:00', 'divert'),
      variantText.deskDropped(1),
    ]);
  });

  it("switching one window's kind keeps its hours and the fields that still apply, drops the others and says which", () => {
    const windows = () => ({
      policy: [
        { from: '08:00', to: '11:00', kind: 'phone-desk', ringSec: 20 },
        { from: '11:00', to: '19:00', kind: 'answer-all', interruptProbability: 0.8, ringSec: 30 },
      ],
    });
    for (const flag of ['policy[1].kind=divert', 'policy.1.kind=divert']) {
      const { value, notes, issues } = applyOverrides(windows(), [flag]);
      expect(issues).toEqual([]);
      expect((value as any).policy).toEqual([windows().policy[0], { from: '11:00', to: '19:00', kind: 'divert', ringSec: 30 }]);
      expect(notes.map((note) => note.message)).toEqual([variantText.policySwitched('answer-all 11:00–19:00', 'divert', ['interruptProbability'], [])]);
    }
    const threshold = applyOverrides(windows(), ['policy[0].kind=threshold:2']);
    expect((threshold.value as any).policy[0]).toEqual({ from: '08:00', to: '11:00', kind: 'threshold', ringSec: 20, maxWaitingVisitors: 2 });
    expect(applyOverrides(windows(), ['policy[0].kind=blend']).issues.map((issue) => issue.message)).toEqual([
      variantText.unknownPolicy('blend', POLICY_KINDS),
    ]);
  });

  it('a whole policy object is set as written', () => {
    const { value, notes } = applyOverrides(withShifts(), ['policy={kind: divert, ringSec: 15}']);
    expect((value as any).policy).toEqual({ kind: 'divert', ringSec: 15 });
    expect(notes).toEqual([]);
  });

  it('names the flag that stands for a change', () => {
    const { issues } = applyOverrides(withShifts(), [{ assignment: 'policy=blend', label: '--variant "x:policy=blend"' }]);
    expect(issues[0].file).toBe('--variant "x:policy=blend"');
  });
});

describe('localeSetBy', () => {
  it('gives the locale the flags set, read as they are applied: the last one wins', () => {
    expect(localeSetBy(['advisors=+1', 'locale=es'])).toBe('es');
    expect(localeSetBy(['locale=es', { assignment: 'locale: "en"', label: 'x' }, { assignment: 'locale="en"', label: '--variant "x:locale=en"' }])).toBe('en');
    expect(localeSetBy(['days=3', 'calls.locale=es'])).toBeUndefined();
    expect(localeSetBy(['locale=es', 'locale=[bad'])).toBe('es');
  });
});
