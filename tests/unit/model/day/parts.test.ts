// The passive parts of a day — phone line, counter, staff, message tray — driven by hand,
// without a calendar: each holds state and changes it only when told.

import { describe, expect, it } from 'vitest';
import type { ModelConfig, ShiftConfig } from '../../../../src/model/config.js';
import { type Call, type Caller, NO_EVENT, newVisit } from '../../../../src/model/day/contacts.js';
import { Counter } from '../../../../src/model/day/counter.js';
import { MessageTray } from '../../../../src/model/day/message-tray.js';
import { PhoneLine } from '../../../../src/model/day/phone-line.js';
import { Staff } from '../../../../src/model/day/staff.js';
import type { Skill } from '../../../../src/model/domain.js';
import { createDistribution } from '../../../../src/engine/distributions/index.js';
import { createPolicy, normalisePolicy } from '../../../../src/model/policies/index.js';

const handleMin = createDistribution({ dist: 'deterministic', value: 3 });
const ANSWER_ALL = createPolicy(normalisePolicy({ kind: 'answer-all', interruptProbability: 1, interruptChoice: 'latest-start', unanswered: 'ring-out' }));

function caller(id: number, skill: Skill = 'any'): Caller {
  return { id, reasonIndex: 0, reason: { name: 'r', handleMin, skill, segment: 'simple' }, firstArrivalMin: 0, attempts: 1 };
}

function call(id: number, arrivalMin = 0, skill: Skill = 'any'): Call {
  return {
    id,
    caller: caller(100 + id, skill),
    arrivalMin,
    afterHours: false,
    patienceMin: Infinity,
    handleMin: 3,
    queued: false,
    waitMin: 0,
    answeredBy: null,
    talkMin: 0,
    callbackCreated: false,
    transfer: 'none',
    line: null,
    transferredToAdvisors: false,
    policy: ANSWER_ALL,
    patienceEvent: NO_EVENT,
    ringEvent: NO_EVENT,
  };
}

const callback = (id: number, skill: Skill) => ({
  id,
  source: 'voicemail' as const,
  segment: 'simple' as const,
  skill,
  createdMin: id,
  requestedMin: id,
  handleMin: 2,
  queued: false,
});

describe('PhoneLine', () => {
  it('keeps each line first come, first served, and counts what the reception reports', () => {
    const phone = new PhoneLine();
    const [a, b, c, d] = [call(1), call(2), call(3), call(4)];
    phone.enqueue(a, 'advisors');
    phone.enqueue(b, 'desk');
    phone.enqueue(c, 'advisors');
    phone.enqueue(d, 'parts');
    expect([phone.waitingForAdvisors, phone.waitingAtReception, phone.waitingAnywhere]).toEqual([2, 3, 4]);
    expect(phone.peek('advisors')).toBe(a);
    phone.dequeue(a);
    expect(a.line).toBeNull();
    expect(phone.takeFrom('advisors')).toBe(c);
    expect(c.line).toBeNull();
    expect(phone.drainReception()).toEqual([b]);
    expect([phone.waitingAtReception, phone.waitingAnywhere]).toEqual([0, 1]);
  });

  it('keeps callbacks by the skill they need, oldest first (which team returns which is the reception\'s rule)', () => {
    const phone = new PhoneLine();
    phone.addCallback(callback(1, 'any'));
    phone.addCallback(callback(2, 'advisor'));
    phone.addCallback(callback(3, 'parts'));
    phone.addCallback(callback(4, 'any'));
    expect(phone.callbacksWaiting).toBe(4);
    expect(phone.takeCallback('advisor')?.id).toBe(2);
    expect(phone.takeCallback('advisor')).toBeUndefined();
    expect(phone.takeCallback('any')?.id).toBe(1);
    expect(phone.callbacksWaiting).toBe(2);
    expect(phone.drainCallbacks().map((cb) => cb.id)).toEqual([4, 3]);
    expect(phone.callbacksWaiting).toBe(0);
  });

  it('finds callers and attempts in progress by id until they are removed', () => {
    const phone = new PhoneLine();
    const a = call(7);
    phone.addCall(a);
    phone.addCaller(a.caller);
    expect(phone.findCall(7)).toBe(a);
    expect(phone.findCaller(a.caller.id)).toBe(a.caller);
    phone.removeCall(a);
    phone.removeCaller(a.caller);
    expect(phone.findCall(7)).toBeUndefined();
    expect(phone.findCaller(a.caller.id)).toBeUndefined();
  });
});

describe('Counter', () => {
  it('serves visitors in arrival order; one who gives up leaves the queue and the building', () => {
    const counter = new Counter();
    const booked = newVisit(1, 'appointment', 'simple', 600, 15, Infinity);
    const walkIn = newVisit(2, 'walkIn', 'forced', 590, 20, 10);
    const other = newVisit(3, 'walkIn', 'simple', 595, 20, 10);
    counter.expect(booked);
    expect(counter.find(1)).toBe(booked);
    expect(counter.length).toBe(0);
    counter.join(walkIn);
    counter.join(other);
    counter.join(booked);
    counter.giveUp(other);
    expect(counter.find(3)).toBeUndefined();
    expect(counter.length).toBe(2);
    expect(counter.next()).toBe(walkIn);
    counter.done(walkIn);
    expect(counter.find(2)).toBeUndefined();
    expect(counter.next()).toBe(booked);
    expect(counter.next()).toBeUndefined();
  });
});

describe('MessageTray', () => {
  it('answers messages oldest first; one put aside goes back to the front', () => {
    const tray = new MessageTray();
    const m = (id: number) => ({ id, arrivalMin: id, remainingMin: 5, queued: false });
    const [a, b, c] = [m(1), m(2), m(3)];
    tray.add(a);
    tray.add(b);
    const taken = tray.take()!;
    tray.add(c);
    taken.remainingMin = 2;
    tray.putBack(taken);
    expect(tray.length).toBe(3);
    expect(tray.take()).toBe(a);
    expect(tray.drain()).toEqual([b, c]);
    expect(tray.length).toBe(0);
  });
});

describe('Staff', () => {
  const shift = (fromMin: number, toMin: number): ShiftConfig => ({ fromMin, toMin, breaks: [] });
  const config = {
    advisors: [shift(480, 1080), shift(540, 1080)],
    phoneDesk: [shift(480, 720)],
    parts: null,
    overflow: { agents: 1, costPerCall: 0, takeMessageMin: 1 },
  } as unknown as ModelConfig;
  const free = (staff: Staff) => {
    const ids = new Int32Array(staff.members.length);
    return Array.from(ids.subarray(0, staff.copyFreeIds(ids)));
  };

  it('lists advisors first, then the desk and the overflow team; nobody is free before arriving', () => {
    const staff = new Staff(config);
    expect(staff.members.map((m) => `${m.team}:${m.index}`)).toEqual(['advisors:0', 'advisors:1', 'phoneDesk:0', 'overflow:0']);
    expect(staff.anyoneFree).toBe(false);
    staff.arrive(staff.members[2]);
    staff.arrive(staff.members[0]);
    expect(free(staff)).toEqual([0, 2]);
  });

  it('keeps the free set true through tasks, message work, a visit on hold and leaving', () => {
    const staff = new Staff(config);
    const [first, second] = staff.advisors;
    staff.arrive(first);
    staff.arrive(second);
    const visit = newVisit(1, 'walkIn', 'simple', 500, 20, Infinity);
    first.visit = visit;
    staff.startTask(first, 'visit', 500, 520);
    expect(free(staff)).toEqual([1]);
    second.message = { id: 2, arrivalMin: 0, remainingMin: 4, queued: false };
    staff.startTask(second, 'message', 500, 504);
    expect(free(staff)).toEqual([1]);
    expect(second.isFree).toBe(true);
    staff.holdVisit(first, visit, 505);
    expect([visit.interruptions, first.suspendedRemainingMin, first.isFree]).toEqual([1, 15, true]);
    expect(free(staff)).toEqual([0, 1]);
    expect(staff.takeBackVisit(first, 509)).toBe(visit);
    expect([visit.holdMin, first.suspendedVisit]).toEqual([4, null]);
    staff.leave(second, 1080);
    expect(free(staff)).toEqual([0]);
    expect(staff.anotherAdvisorOnShift(first)).toBe(false);
    staff.reset();
    expect([staff.anyoneFree, first.duty, first.activity, first.suspendedVisit, second.leftAtMin]).toEqual([false, 'before-shift', null, null, Number.NaN]);
  });

  it('describes each advisor for the policy: visit, phone, free or away, and since when', () => {
    const staff = new Staff(config);
    const [first, second] = staff.advisors;
    staff.arrive(first);
    first.call = call(1);
    staff.startTask(first, 'call', 600, 603);
    const views = staff.advisors.map(() => ({ doing: 'free' as const as 'free' | 'visit' | 'phone' | 'break' | 'away', sinceMin: 0, untilMin: 0 }));
    staff.describeAdvisors(views);
    expect(views).toEqual([
      { doing: 'phone', sinceMin: 600, untilMin: 603 },
      { doing: 'away', sinceMin: second.taskStartMin, untilMin: second.taskEndMin },
    ]);
  });
});
