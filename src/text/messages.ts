// The message catalogue: every user-facing sentence is a function here, and tests compare
// against the same functions. Grouped by where the problem is found.

/** Renders a value the user wrote, for "got …" in messages. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length > 4 ? `a list of ${value.length} items` : JSON.stringify(value);
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/** Problems found when cross-checking a scenario that passed the schema. */
export const crossCheck = {
  closeNotAfterOpen: (open: string, close: string) =>
    `expected the closing time after the opening time, got open ${open} and close ${close}`,
  rangeNotIncreasing: (range: string) => `expected the end of ${shown(range)} after its start`,
  shiftNotIncreasing: (from: string, to: string) => `expected the end of the shift after its start, got from ${from} to ${to}`,
  breakOutsideShift: (range: string) => `expected the break ${shown(range)} inside the shift`,
  sharesDoNotSumToOne: (sum: number) => `expected the shares to sum to 1, got ${round(sum)}`,
  duplicateReasonName: (name: string) => `expected unique reason names, got ${shown(name)} twice`,
  noAdvisors: () => 'expected at least one advisor',
  phoneDeskWithoutDesk: () => 'policy phone-desk needs staff.phoneDesk: expected at least one desk person',
  deskWithoutPolicy: (kind: string) =>
    `a phone desk answers calls only under policy phone-desk, but the policy is ${shown(kind)}`,
  voicemailMissing: () => 'unanswered: voicemail needs calls.voicemail (leavesMessage)',
  overflowMissing: () => 'unanswered: overflow needs staff.overflow',
  partsLineMissing: (reason: string) =>
    `reason ${shown(reason)} needs the parts skill: expected staff.parts (the parts line)`,
  pickupsWithoutDropOffs: () => 'pickups need drop-offs: expected appointments or walk-ins',
  windowNotIncreasing: (from: string, to: string) => `expected the window to end after it starts, got ${from} to ${to}`,
  noDemand: () => 'expected at least one kind of demand: appointments, walkIns, pickups, calls or messages',
  slotsEmpty: (from: string, to: string) => `expected at least one slot between ${from} and ${to}`,
  steadyNeedsConstantRate: () => 'steady-state mode needs a constant rate: expected one number, got an hourly profile',
  steadyNeedsHeadcount: () => 'steady-state mode needs a number of people, got a list of shifts',
  steadyUnsupported: (section: string) => `steady-state mode has no opening hours, so it cannot use ${section}`,
  warmupNotShorter: (warmup: number, hours: number) =>
    `expected warmupHours below hours, got warmupHours ${warmup} and hours ${hours}`,
};

/** Warnings: the scenario runs, but probably not as meant. */
export const warning = {
  visitorsOutsideOpening: (hour: string) =>
    `a rate is given for hour ${hour}, when the doors are closed: those visitors are not simulated`,
  slotOutsideOpening: (time: string) => `a booking at ${time} is outside opening hours; it is moved to the opening`,
  redialWithoutFailure: () => 'redial is set but no call can fail (no patience, no ring limit): it never happens',
};

function round(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}
