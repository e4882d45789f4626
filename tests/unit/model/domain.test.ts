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
import { REPORT_LANGUAGES, reportLanguage } from '../../../src/text/report/index.js';

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

  it.each(REPORT_LANGUAGES)('every member the report shows has its words in the catalogue (%s)', (code) => {
    const { text } = reportLanguage(code);
    const worded = [
      ...VISITOR_KINDS.map((kind) => text.visitorKinds[kind]),
      ...TEAMS.map((team) => text.teams[team]),
      ...WORK_ACTIVITIES.map((activity) => text.activities[activity]),
      ...LOSS_CAUSES.map((cause) => text.causes[cause]),
      ...SEGMENTS.map((segment) => text.segments[segment]),
      ...QUEUES.map((queue) => text.queues[queue]),
    ];
    for (const words of worded) expect(words).toMatch(/\S/);
  });
});
