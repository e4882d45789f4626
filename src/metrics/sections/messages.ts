// Messages (WhatsApp, web): how many came and how soon they were answered.

import type { MessageRecord } from '../../model/observer.js';
import { section } from '../measures.js';
import { figuresOf } from '../summary/table.js';

/** Messages that arrived in the window. */
export const MESSAGES = section<MessageRecord>()({
  name: 'messages',
  facts: {
    /** Answered the same day. */
    answered: (r) => r.answeredMin !== null,
    withinTarget: (r, t) => r.answeredMin !== null && r.answeredMin - r.arrivalMin <= t.replyTargetMin,
  },
  values: { replyMin: (r) => (r.answeredMin === null ? 0 : r.answeredMin - r.arrivalMin) },
  keys: {},
  measures: {
    arrivals: {},
    answered: { where: ['answered'] },
    /** Answered within messages.replyTargetMin. */
    answeredWithin: { where: ['answered', 'withinTarget'] },
    /** Σ (answered − arrival) over answered messages, minutes. */
    replySumMin: { where: ['answered'], sum: 'replyMin' },
    replySketch: { where: ['answered'], sketch: 'replyMin' },
  },
  derived: {},
});

const message = figuresOf(MESSAGES);

/** The `messages` figures: arrivals per day, shares answered and reply times in minutes. */
export const MESSAGE_FIGURES = {
  arrivalsPerDay: message.perDay('arrivals'),
  answeredSameDayShare: message.share('answered', 'arrivals'),
  answeredWithinTargetShare: message.share('answeredWithin', 'arrivals'),
  meanReplyMin: message.ratio('replySumMin', 'answered'),
  replyMin: message.quantiles('replySketch'),
};
