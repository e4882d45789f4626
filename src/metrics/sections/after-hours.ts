// Call attempts that arrived while the reception was closed: reported apart from offered calls.

import { TEAMS } from '../../model/domain.js';
import type { CallAttemptRecord } from '../../model/observer.js';
import { section } from '../measures.js';

/** After-hours call attempts (their figures sit in `calls.afterHours`, see calls.ts). */
export const AFTER_HOURS = section<CallAttemptRecord>()({
  name: 'afterHours',
  facts: {
    answered: (r) => r.outcome === 'answered',
    voicemail: (r) => r.outcome === 'voicemail',
    leftMessage: (r) => r.callbackCreated,
  },
  values: {},
  keys: { team: { of: TEAMS, index: (r) => (r.answeredBy === null ? -1 : TEAMS.indexOf(r.answeredBy)) } },
  measures: {
    attempts: {},
    answered: { where: ['answered'] },
    voicemailWithMessage: { where: ['voicemail', 'leftMessage'] },
    /** Answered attempts by who answered (the overflow team's are paid per call). */
    answeredBy: { where: ['answered'], by: 'team' },
  },
  derived: {},
});
