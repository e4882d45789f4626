// Random but valid scenarios for property tests, reaching every feature: every policy (ring
// limits of 0, voicemail, overflow, ring-out), shifts with breaks on every team, 24-hour days,
// steady-state mode, weekday factors and weeks of any length, appointments as slots or a list,
// walk-ins that balk and give up, pickups, calls with every skill and segment, patience,
// redials (one probability or one per attempt, with or without a limit), voicemail, callbacks
// from the desk, the overflow team and transfers, the parts line, messages. Deterministic in
// `seed` (a small generator of its own, never Math.random).

import type { ScenarioInput } from '../../src/model/schema/index.js';
import { POLICY_KINDS, type PolicyKind } from '../../src/model/schema/policy.js';

/** A seeded xorshift generator with the draws the scenarios need. */
function generator(seed: number) {
  let state = (seed * 2654435761) >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
  return {
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
    real: (lo: number, hi: number) => lo + next() * (hi - lo),
  };
}

type Generator = ReturnType<typeof generator>;

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** How the day is laid out: ordinary opening hours, open round the clock, or one steady period. */
export type ScenarioMode = 'days' | 'round-the-clock' | 'steady';

/** The modes, for tests that want to see each one. */
export const SCENARIO_MODES: readonly ScenarioMode[] = ['days', 'round-the-clock', 'steady'];

/** A random valid scenario (2 replications of 1 to 3 days, or of a few steady hours). */
export function randomScenario(seed: number, mode?: ScenarioMode): ScenarioInput {
  const g = generator(seed);
  const chosen = mode ?? g.pick<ScenarioMode>(['days', 'days', 'days', 'days', 'round-the-clock', 'steady']);
  const steady = chosen === 'steady';
  const openMin = chosen === 'round-the-clock' ? 0 : g.pick([7 * 60, 8 * 60, 8 * 60 + 30]);
  const closeMin = chosen === 'round-the-clock' ? 24 * 60 : openMin + g.pick([8, 10, 11]) * 60;
  const kind = g.pick(POLICY_KINDS);

  // Staff: a headcount, or shifts with breaks (never in steady state, which needs headcounts).
  const shifts = (count: number, coverAll: boolean) =>
    Array.from({ length: count }, (_, i) => {
      // The first advisor covers the whole day; others work part of it.
      const whole = coverAll && i === 0;
      const from = whole ? openMin : openMin + g.int(0, 3) * 60;
      const to = whole ? closeMin : Math.min(closeMin, from + g.int(3, 9) * 60);
      return { from: clock(from), to: clock(to), breaks: randomBreaks(g, from, to) };
    });
  const team = (count: number, coverAll: boolean) => (!steady && count > 0 && g.chance(0.5) ? shifts(count, coverAll) : count);
  const advisors = team(g.int(1, 5), true);
  const phoneDesk = kind === 'phone-desk' ? team(g.int(1, 3), false) : 0;
  const withParts = g.chance(0.5);
  const unanswered = g.pick(['ring-out', 'voicemail', 'overflow'] as const);

  // Rates: constant in steady state, else by hour (sometimes outside opening, on purpose).
  const rate = (scale: number) =>
    steady
      ? Math.round(g.real(0.2, scale) * 10) / 10
      : Object.fromEntries(
          Array.from({ length: Math.min(24, Math.ceil((closeMin - openMin) / 60) + 1) }, (_, i) => [
            String(Math.floor(openMin / 60) + i).padStart(2, '0'),
            Math.round(g.real(0, scale) * 10) / 10,
          ]).filter(([hour]) => Number(hour) < 24),
        );
  const week = steady ? undefined : g.pick([undefined, ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], ['sat'], [...WEEKDAYS]]);
  const factors = () =>
    !steady && g.chance(0.4) ? { weekdayFactors: { [g.pick(week ?? WEEKDAYS.slice(0, 5))]: Math.round(g.real(0, 2) * 10) / 10 } } : {};
  const dist = () =>
    g.pick([
      { dist: 'exponential' as const, mean: g.real(1, 6) },
      { dist: 'lognormal' as const, mean: g.real(1, 6), cv: g.real(0.2, 1.2) },
      { dist: 'gamma' as const, mean: g.real(1, 6), cv: g.real(0.3, 1.5) },
      { dist: 'uniform' as const, min: 0.5, max: g.real(1, 8) },
      { dist: 'deterministic' as const, value: g.real(0.5, 5) },
    ]);
  const policy = POLICY_SECTIONS[kind](g, unanswered);
  const withAppointments = !steady && g.chance(0.7);
  const withWalkIns = g.chance(0.8);
  const redialP = g.pick([g.real(0, 0.9), [g.real(0.3, 1), g.real(0, 0.5)]]);
  const scenario = {
    name: `random ${seed} (${chosen})`,
    day: { open: clock(openMin), close: clock(closeMin) },
    ...(steady ? { steadyState: { hours: g.int(8, 40), warmupHours: g.int(0, 4) } } : {}),
    ...(week ? { week } : {}),
    days: g.int(1, 3),
    replications: 2,
    seed,
    staff: {
      advisors,
      phoneDesk,
      ...(withParts ? { parts: { agents: team(g.int(0, 2), false), ringSec: g.pick([0, 20, 40]), transferMin: g.pick([0, 0.5]) } } : {}),
      ...(unanswered === 'overflow' ? { overflow: { agents: g.int(1, 3), costPerCall: 2, takeMessageMin: g.pick([0.5, 1]) } } : {}),
    },
    policy,
    appointments: withAppointments
      ? {
          slots: g.chance(0.7)
            ? { from: clock(openMin), to: clock(openMin + 150), every: g.pick([10, 15, 30]), perSlot: g.int(1, 3) }
            : Array.from({ length: g.int(1, 12) }, () => clock(openMin + g.int(0, Math.min(600, closeMin - openMin - 1)))),
          noShow: g.real(0, 0.3),
          punctuality: { dist: 'normal', mean: -10, sd: 10 },
          writeUp: dist(),
          extraRequest: { p: 0.3, time: dist() },
          forcedShare: 0.1,
        }
      : undefined,
    walkIns: withWalkIns
      ? {
          perHour: rate(3),
          ...factors(),
          writeUp: dist(),
          ...(g.chance(0.6) ? { patience: dist() } : {}),
          ...(g.chance(0.5) ? { balkAt: g.int(1, 6) } : {}),
          forcedShare: g.pick([0, 0.2]),
        }
      : undefined,
    pickups:
      withAppointments && g.chance(0.6)
        ? {
            share: g.real(0.3, 1),
            window: { from: clock(closeMin - 3 * 60), to: clock(closeMin) },
            service: dist(),
            notReady: { p: 0.2, extra: dist() },
          }
        : undefined,
    calls: {
      perHour: rate(20),
      ...factors(),
      reasons: [
        { name: 'booking', share: 0.5, handle: dist(), skill: 'any' },
        { name: 'quote', share: withParts ? 0.3 : 0.5, handle: dist(), skill: 'advisor', segment: 'forced' },
        ...(withParts ? [{ name: 'parts', share: 0.2, handle: dist(), skill: 'parts' as const }] : []),
      ],
      ...(g.chance(0.8) ? { patience: dist() } : {}),
      ...(g.chance(0.7) ? { redial: { p: redialP, delay: dist(), maxAttempts: g.pick([1, 3, null]) } } : {}),
      ...(unanswered === 'voicemail' || g.chance(0.5) ? { voicemail: { leavesMessage: g.real(0, 1) } } : {}),
    },
    messages: g.chance(0.4) ? { perHour: steady ? g.real(0.2, 4) : g.real(0, 4), ...factors(), handle: dist() } : undefined,
  } as ScenarioInput;
  // Sometimes the policy changes with the hour: the one drawn until a random hour, another after.
  // Drawn last, so that every other scenario stays as it was.
  let drawn = scenario;
  if (!steady && g.chance(0.25)) {
    const changeMin = openMin + g.int(1, Math.floor((closeMin - openMin) / 60) - 1) * 60;
    const second = g.pick(['answer-all', 'divert', 'threshold'] as const);
    const after = second === 'threshold' ? { kind: second, maxWaitingVisitors: g.int(0, 3) } : { kind: second };
    drawn = {
      ...scenario,
      policy: [
        { from: clock(openMin), to: clock(changeMin), ...policy },
        { from: clock(changeMin), to: clock(closeMin), ...after },
      ],
    } as ScenarioInput;
  }
  // Sometimes a desk that no policy gives calls to (a warning): its people only return callbacks
  // and answer messages. Drawn last too.
  if (kind !== 'phone-desk' && g.chance(0.15)) drawn = { ...drawn, staff: { ...drawn.staff, phoneDesk: g.int(1, 2) } };
  return drawn;
}

type Unanswered = 'ring-out' | 'voicemail' | 'overflow';

/**
 * Each policy's section, drawn (its ring limit and route only sometimes, when optional). A policy
 * without an entry here does not compile, so random scenarios reach every policy.
 */
const POLICY_SECTIONS: { readonly [K in PolicyKind]: (g: Generator, unanswered: Unanswered) => { kind: K } & Record<string, unknown> } = {
  'answer-all': (g, unanswered) => ({
    kind: 'answer-all',
    interruptProbability: g.pick([1, 0.5, 0]),
    ...(g.chance(0.4) ? { ringSec: ringSec(g), unanswered } : {}),
  }),
  divert: (g, unanswered) => ({ kind: 'divert', ringSec: ringSec(g), unanswered }),
  'phone-desk': (g, unanswered) => ({
    kind: 'phone-desk',
    advisorCalls: g.pick(['callback', 'transfer'] as const),
    overflowToAdvisors: g.chance(0.5),
    transferRingSec: g.pick([0, 30]),
    ...(g.chance(0.4) ? { ringSec: ringSec(g), unanswered } : {}),
  }),
  threshold: (g, unanswered) => ({ kind: 'threshold', maxWaitingVisitors: g.int(0, 3), ...(g.chance(0.4) ? { ringSec: ringSec(g), unanswered } : {}) }),
};

function ringSec(g: Generator): number {
  return g.pick([0, 15, 30, 60]);
}

/** Up to two breaks inside [fromMin, toMin), never overlapping, leaving time to work. */
function randomBreaks(g: Generator, fromMin: number, toMin: number): string[] {
  if (toMin - fromMin < 4 * 60 || !g.chance(0.7)) return [];
  const first = fromMin + 120 + g.int(0, 4) * 15;
  const firstEnd = first + g.pick([15, 30, 60]);
  const breaks = [`${clock(first)}-${clock(firstEnd)}`];
  // Sometimes a second one, right after the first (back to back) or later.
  if (g.chance(0.4)) {
    const second = firstEnd + g.pick([0, 60, 90]);
    const secondEnd = second + g.pick([10, 15]);
    if (secondEnd < toMin) breaks.push(`${clock(second)}-${clock(secondEnd)}`);
  }
  return g.chance(0.5) ? breaks.reverse() : breaks;
}
