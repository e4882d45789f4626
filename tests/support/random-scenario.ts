// Random but valid scenarios for property tests: every policy, shifts with breaks, all kinds of
// demand, patience, redials, voicemail, a parts line, an overflow team, messages. Deterministic
// in `seed` (a small generator of its own, never Math.random).

import type { ScenarioInput } from '../../src/model/schema/index.js';

function generator(seed: number): { int(lo: number, hi: number): number; pick<T>(items: readonly T[]): T; chance(p: number): boolean; real(lo: number, hi: number): number } {
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
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    real: (lo, hi) => lo + next() * (hi - lo),
  };
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A random valid scenario (1 replication of 2 days unless overridden). */
export function randomScenario(seed: number): ScenarioInput {
  const g = generator(seed);
  const openMin = g.pick([7 * 60, 8 * 60, 8 * 60 + 30]);
  const closeMin = openMin + g.pick([8, 10, 11]) * 60;
  const kind = g.pick(['answer-all', 'divert', 'phone-desk', 'threshold'] as const);
  const advisorsCount = g.int(1, 5);
  const useShifts = g.chance(0.5);
  const advisors = useShifts
    ? Array.from({ length: advisorsCount }, (_, i) => {
        // The first advisor covers the whole day; others work part of it, some with a break.
        const from = i === 0 ? openMin : openMin + g.int(0, 3) * 60;
        const to = i === 0 ? closeMin : Math.min(closeMin, from + g.int(3, 9) * 60);
        const breaks = to - from >= 4 * 60 && g.chance(0.6) ? [`${clock(from + 180)}-${clock(from + 180 + g.pick([15, 30, 60]))}`] : [];
        return { from: clock(from), to: clock(to), breaks };
      })
    : advisorsCount;
  const deskSize = kind === 'phone-desk' ? g.int(1, 3) : 0;
  const withParts = g.chance(0.5);
  const unanswered = g.pick(['ring-out', 'voicemail', 'overflow'] as const);
  const hourly = (scale: number) =>
    Object.fromEntries(
      Array.from({ length: (closeMin - openMin) / 60 }, (_, i) => [
        String(Math.floor(openMin / 60) + i).padStart(2, '0'),
        Math.round(g.real(0, scale) * 10) / 10,
      ]),
    );
  const dist = () =>
    g.pick([
      { dist: 'exponential' as const, mean: g.real(1, 6) },
      { dist: 'lognormal' as const, mean: g.real(1, 6), cv: g.real(0.2, 1.2) },
      { dist: 'gamma' as const, mean: g.real(1, 6), cv: g.real(0.3, 1.5) },
      { dist: 'uniform' as const, min: 0.5, max: g.real(1, 8) },
    ]);
  const policy =
    kind === 'answer-all'
      ? { kind, interruptProbability: g.pick([1, 0.5, 0]), ...(g.chance(0.3) ? { ringSec: g.pick([0, 20, 60]), unanswered } : {}) }
      : kind === 'divert'
        ? { kind, ringSec: g.pick([0, 15, 30]), unanswered }
        : kind === 'phone-desk'
          ? { kind, advisorCalls: g.pick(['callback', 'transfer'] as const), overflowToAdvisors: g.chance(0.5), ...(g.chance(0.3) ? { ringSec: 30, unanswered } : {}) }
          : { kind, maxWaitingVisitors: g.int(0, 3), ...(g.chance(0.3) ? { ringSec: 40, unanswered } : {}) };
  const windowFrom = closeMin - 3 * 60;
  const withAppointments = g.chance(0.7);
  const withWalkIns = g.chance(0.8);
  return {
    name: `random ${seed}`,
    day: { open: clock(openMin), close: clock(closeMin) },
    days: 2,
    replications: 2,
    seed,
    staff: {
      advisors,
      phoneDesk: deskSize,
      ...(withParts ? { parts: { agents: g.int(0, 2), ringSec: g.pick([0, 20, 40]) } } : {}),
      ...(unanswered === 'overflow' ? { overflow: { agents: g.int(1, 3), costPerCall: 2 } } : {}),
    },
    policy,
    appointments: withAppointments
      ? {
          slots: { from: clock(openMin), to: clock(openMin + 150), every: g.pick([10, 15, 30]), perSlot: g.int(1, 3) },
          noShow: g.real(0, 0.3),
          punctuality: { dist: 'normal', mean: -10, sd: 10 },
          writeUp: dist(),
          extraRequest: { p: 0.3, time: dist() },
          forcedShare: 0.1,
        }
      : undefined,
    walkIns: withWalkIns
      ? {
          perHour: hourly(3),
          writeUp: dist(),
          ...(g.chance(0.6) ? { patience: dist() } : {}),
          ...(g.chance(0.5) ? { balkAt: g.int(1, 6) } : {}),
        }
      : undefined,
    pickups: (withAppointments || withWalkIns) && g.chance(0.6)
      ? { share: g.real(0.3, 1), window: { from: clock(windowFrom), to: clock(closeMin) }, service: dist(), notReady: { p: 0.2, extra: dist() } }
      : undefined,
    calls: {
      perHour: { ...hourly(20), [String(Math.floor(closeMin / 60)).padStart(2, '0')]: 3 },
      reasons: [
        { name: 'booking', share: 0.5, handle: dist(), skill: 'any' },
        { name: 'quote', share: withParts ? 0.3 : 0.5, handle: dist(), skill: 'advisor', segment: 'forced' },
        ...(withParts ? [{ name: 'parts', share: 0.2, handle: dist(), skill: 'parts' as const }] : []),
      ],
      ...(g.chance(0.8) ? { patience: dist() } : {}),
      ...(g.chance(0.7) ? { redial: { p: g.real(0, 0.9), delay: dist(), maxAttempts: g.pick([1, 3, null]) } } : {}),
      ...(unanswered === 'voicemail' || g.chance(0.5) ? { voicemail: { leavesMessage: g.real(0, 1) } } : {}),
    },
    messages: g.chance(0.4) ? { perHour: g.real(0, 4), handle: dist() } : undefined,
  };
}
