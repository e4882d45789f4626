// Callbacks: promises to call a customer back, where they came from, and how long the customer
// waited for the call. Each is measured with the attempt that asked for it, so one created at
// closing for a call that arrived before counts on that call's day.

import { CALLBACK_SOURCES } from '../../model/domain.js';
import type { CallbackRecord } from '../../model/observer.js';
import { section } from '../measures.js';
import { each, figuresOf } from '../summary/table.js';

/** Callbacks asked for by attempts that arrived in the window (after-hours attempts included). */
export const CALLBACKS = section<CallbackRecord>()({
  name: 'callbacks',
  facts: {
    /** Started the same day. */
    returned: (r) => r.startMin !== null,
  },
  values: { delayMin: (r) => (r.startMin === null ? 0 : r.startMin - r.createdMin) },
  keys: { source: { of: CALLBACK_SOURCES, index: (r) => CALLBACK_SOURCES.indexOf(r.source) } },
  measures: {
    created: {},
    createdBySource: { by: 'source' },
    returned: { where: ['returned'] },
    /** Σ (start − created) over returned callbacks, minutes. */
    delaySumMin: { where: ['returned'], sum: 'delayMin' },
    delaySketch: { where: ['returned'], sketch: 'delayMin' },
  },
  derived: {},
});

const callback = figuresOf(CALLBACKS);

/** The `callbacks` figures: counts per day, the share returned the same day and delays in minutes. */
export const CALLBACK_FIGURES = {
  createdPerDay: callback.perDay('created'),
  createdBySourcePerDay: each(CALLBACK_SOURCES, (source) => callback.perDay(`createdBySource.${source}`)),
  returnedSameDayShare: callback.share('returned', 'created'),
  meanDelayMin: callback.ratio('delaySumMin', 'returned'),
  delayMin: callback.quantiles('delaySketch'),
};
