// The advisors' work a scenario offers on an average day, in minutes: visitors' write-ups and
// pickups, the calls they answer, messages. Divided by the opening hours it is the least number
// of advisors that could keep up at all (a queue with more work than people only grows): the
// floor from which `size` starts looking.

import type { ModelConfig, PoissonStreamConfig } from '../model/config.js';

/** Advisor minutes of work offered per day; `answerCalls` when advisors answer the phone (not a phone desk). */
export function advisorWorkMinPerDay(config: ModelConfig, answerCalls: boolean, callHandleMin: number): number {
  const { openMin, closeMin } = config.horizon;
  let work = 0;
  let dropOffs = 0;
  if (config.appointments !== null) {
    const book = config.appointments;
    const shows = book.bookingsMin.length * (1 - book.noShowProbability);
    work += shows * (book.writeUpMin.mean + book.extraRequestProbability * (book.extraRequestMin?.mean ?? 0));
    dropOffs += shows;
  }
  if (config.walkIns !== null) {
    const walkIns = arrivalsPerDay(config.walkIns, openMin, closeMin);
    work += walkIns * config.walkIns.writeUpMin.mean;
    dropOffs += walkIns;
  }
  if (config.pickups !== null) {
    const pickups = config.pickups;
    work += dropOffs * pickups.share * (pickups.serviceMin.mean + pickups.notReadyProbability * (pickups.notReadyExtraMin?.mean ?? 0));
  }
  if (config.calls !== null && answerCalls) work += arrivalsPerDay(config.calls, openMin, closeMin) * callHandleMin;
  if (config.messages !== null) work += arrivalsPerDay(config.messages, openMin, closeMin) * config.messages.handleMin.mean;
  return work;
}

/** The least number of advisors whose time on duty covers the work offered (at least 1). */
export function advisorsForWork(config: ModelConfig, workMinPerDay: number): number {
  const openMin = config.horizon.closeMin - config.horizon.openMin;
  return Math.max(1, Math.ceil(workMinPerDay / openMin));
}

/** Mean arrivals per day over the week, within opening hours (in steady-state mode: over the whole period). */
function arrivalsPerDay(stream: PoissonStreamConfig, openMin: number, closeMin: number): number {
  if (closeMin - openMin > 24 * 60) return stream.ratePerMin[0][0] * (closeMin - openMin);
  let total = 0;
  for (const byHour of stream.ratePerMin) {
    for (let hour = 0; hour < 24; hour++) {
      const overlap = Math.max(0, Math.min(closeMin, (hour + 1) * 60) - Math.max(openMin, hour * 60));
      total += byHour[hour] * overlap;
    }
  }
  return total / stream.ratePerMin.length;
}
