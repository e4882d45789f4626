// The domain lists: each guard accepts exactly its list's members, and every member has the words
// the report shows for it (the catalogue cannot import the model, so this test holds them together).

import { describe, expect, it } from 'vitest';
import {
  CALLBACK_SOURCES,
  CONTACT_KINDS,
  LOSS_CAUSES,
  QUEUES,
  SEGMENTS,
  TEAMS,
  VISITOR_KINDS,
  WORK_ACTIVITIES,
  isCallbackSource,
  isContactKind,
  isQueueName,
  isSegment,
  isTeam,
  isVisitorKind,
} from '../../../src/model/domain.js';
import { report } from '../../../src/text/messages.js';

describe('domain lists', () => {
  it.each([
    ['visitor kinds', VISITOR_KINDS, isVisitorKind],
    ['teams', TEAMS, isTeam],
    ['queues', QUEUES, isQueueName],
    ['segments', SEGMENTS, isSegment],
    ['callback sources', CALLBACK_SOURCES, isCallbackSource],
    ['contact kinds', CONTACT_KINDS, isContactKind],
  ] as const)('the guard of %s accepts its members and nothing else', (_name, list, guard) => {
    for (const member of list) expect(guard(member)).toBe(true);
    for (const other of ['', 'Advisors', 'visit ', 'toString', 0, null, undefined]) expect(guard(other)).toBe(false);
    expect(new Set(list).size).toBe(list.length);
  });

  it('contact kinds are a call, every visitor kind and a message', () => {
    expect(CONTACT_KINDS).toEqual(['call', ...VISITOR_KINDS, 'message']);
  });

  it('every member the report shows has its words in the catalogue', () => {
    const worded = [
      ...VISITOR_KINDS.map((kind) => report.visitorKind(kind)),
      ...TEAMS.map((team) => report.team(team)),
      ...WORK_ACTIVITIES.map((activity) => report.activity(activity)),
      ...LOSS_CAUSES.map((cause) => report.cause(cause)),
      ...SEGMENTS.map((segment) => report.segment(segment)),
      ...QUEUES.map((queue) => report.queue(queue)),
    ];
    for (const words of worded) expect(words).toMatch(/\S/);
  });
});
