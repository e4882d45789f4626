// The message catalogue in English: every user-facing sentence is a function here, grouped by
// where the problem is found. Its type is the shape of every language's catalogue
// (messages-es.ts); callers and tests reach it through messages.ts, in the language chosen there.

/** Longest text shown whole in a message; longer ones are cut (every language). */
export const SHOWN_TEXT_MAX = 100;

/** A file or folder name in a message, always whole (every language). */
export const pathText = (path: string): string => JSON.stringify(path);

/** A cell's text with runs of 9 or more digits hidden, since they may be phone numbers (every language). */
export const withDigitsHidden = (text: string, digitsWord: string): string => text.replace(/\d{9,}/g, (digits) => `<${digits.length} ${digitsWord}>`);

/** Renders a value the user wrote, for "got …" in messages. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    // A whole file read as one text (binary, or a one-line document) must not be echoed back.
    return value.length > SHOWN_TEXT_MAX
      ? `${JSON.stringify(value.slice(0, SHOWN_TEXT_MAX))}… (${value.length} characters)`
      : JSON.stringify(value);
  }
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return value.length > 4 ? `a list of ${value.length} items` : JSON.stringify(value);
  if (value !== null && typeof value === 'object') return 'an object';
  return String(value);
}

/** Problems found when cross-checking a scenario that passed the schema. */
const crossCheck = {
  closeNotAfterOpen: (open: string, close: string) =>
    `expected the closing time after the opening time, got open ${open} and close ${close}`,
  rangeNotIncreasing: (range: string) => `expected the end of ${shown(range)} after its start`,
  shiftNotIncreasing: (from: string, to: string) => `expected the end of the shift after its start, got from ${from} to ${to}`,
  breakOutsideShift: (range: string) => `expected the break ${shown(range)} inside the shift`,
  breaksOverlap: (range: string, other: string) => `expected breaks that do not overlap, but ${shown(range)} overlaps ${shown(other)}`,
  breaksFillShift: (from: string, to: string) =>
    `the breaks fill the whole shift from ${from} to ${to}, leaving no time to work: remove the shift or shorten the breaks`,
  sharesDoNotSumToOne: (sum: number) => `expected the shares to sum to 1, got ${round(sum)}`,
  duplicateWeekday: (day: string) => `expected each working day once, got ${shown(day)} twice`,
  duplicateReasonName: (name: string) => `expected unique reason names, got ${shown(name)} twice`,
  noAdvisors: () => 'expected at least one advisor',
  advisorsDoNotCover: (from: string) =>
    `expected advisors on shift from opening to closing, but nobody is on shift from ${from}`,
  overflowEmpty: () => 'unanswered: overflow needs at least one overflow agent',
  windowOutsideOpening: (from: string, to: string) =>
    `expected the pickup window within opening hours, got ${from} to ${to}`,
  phoneDeskWithoutDesk: () => 'policy phone-desk needs staff.phoneDesk: expected at least one desk person',
  policyWindowsInSteadyState: () =>
    'steady-state mode has no time of day, so the policy cannot change with the hour: expected one policy, not a list of windows',
  policyWindowNotIncreasing: (from: string, to: string) => `expected the window to end after it starts, got ${from} to ${to}`,
  policyWindowsStart: (from: string, open: string) =>
    `expected the first window to start at opening time ${open}, got ${from}: a policy must hold from opening to closing`,
  policyWindowsEnd: (to: string, close: string) =>
    `expected the last window to end at closing time ${close}, got ${to}: a policy must hold from opening to closing`,
  policyWindowsGap: (to: string, from: string) =>
    `expected each window to start when the one before ends, but no policy holds from ${to} to ${from}`,
  policyWindowsOverlap: (from: string, to: string) =>
    `expected each window to start when the one before ends, but this one starts at ${from}, before the one before ends at ${to} (windows in time order, not overlapping)`,
  voicemailMissing: () => 'unanswered: voicemail needs calls.voicemail (leavesMessage)',
  overflowMissing: () => 'unanswered: overflow needs staff.overflow',
  partsLineMissing: (reason: string) =>
    `reason ${shown(reason)} needs the parts skill: expected staff.parts (the parts line)`,
  pickupsWithoutDropOffs: () => 'pickups need drop-offs: expected appointments or walk-ins',
  windowNotIncreasing: (from: string, to: string) => `expected the window to end after it starts, got ${from} to ${to}`,
  noDemand: () => 'expected at least one kind of demand: appointments, walkIns, pickups, calls or messages',
  slotsEmpty: (from: string, to: string) => `expected at least one slot between ${from} and ${to}`,
  bookingOutsideOpening: (time: string) => `expected bookings within opening hours, got ${time}`,
  steadyNeedsConstantRate: () => 'steady-state mode needs a constant rate: expected one number, got an hourly profile',
  steadyNeedsHeadcount: () => 'steady-state mode needs a number of people, got a list of shifts',
  steadyUnsupported: (section: string) => `steady-state mode has no opening hours, so it cannot use ${section}`,
  warmupNotShorter: (warmup: number, hours: number) =>
    `expected warmupHours below hours, got warmupHours ${warmup} and hours ${hours}`,
  sourceNamesNoField: (path: string) =>
    `expected the path of a field of this scenario (e.g. "calls.patience"), got ${shown(path)}`,
  dayCannotEmpty: (day: number, replication: number, days: number) =>
    `day ${day + 1} of replication ${replication + 1} still had contacts waiting or in hand ${days} days after its last arrival: ` +
    'the demand is far beyond what the staff can serve, so its costs and waits would mean nothing. ' +
    'Expected fewer arrivals, shorter service times or more staff',
};

/** One person of each team, for sentences. */
const TEAM_MEMBER = { advisors: 'advisor', phoneDesk: 'phone-desk person', parts: 'parts-line person', overflow: 'overflow agent' } as const;

/** Warnings: the scenario runs, but probably not as meant. */
const warning = {
  breaksLeaveNobody: (team: 'advisors' | 'phoneDesk' | 'parts' | 'overflow', from: string, to: string) =>
    `from ${from} to ${to} every ${TEAM_MEMBER[team]} on shift is on a break: nobody is on duty while the reception is open`,
  /** A shift that ends by opening or starts at closing: nobody arriving while open reaches that person. */
  shiftOutsideOpening: (team: 'advisors' | 'phoneDesk' | 'parts' | 'overflow', shift: string, open: string, close: string) =>
    `the shift ${shift} lies wholly outside opening hours (${open}–${close}): this ${TEAM_MEMBER[team]} takes no visitor or call ` +
    `while the reception is open, yet the shift's hours count in the staff cost`,
  visitorsOutsideOpening: (hour: string) =>
    `a rate is given for hour ${hour}, when the doors are closed: those visitors are not simulated`,
  callsOutsideOpening: (hour: string, voicemail: boolean) =>
    `a rate is given for hour ${hour}, when the reception is closed: nobody answers those calls ` +
    `(they ${voicemail ? 'go to voicemail' : 'are lost'}, and are counted apart as after-hours calls)`,
  /** One number for calls.perHour on a day that is not open round the clock: its calls ring in the closed hours too. */
  constantCallsOutsideOpening: (open: string | null, close: string | null, voicemail: boolean) =>
    `one rate for every hour of the day brings calls ${open !== null && close !== null ? `before ${open} and from ${close}` : open !== null ? `before ${open}` : `from ${close}`} too, ` +
    `when the reception is closed: nobody answers them (they ${voicemail ? 'go to voicemail' : 'are lost, counted apart as after-hours calls but among the callers lost and the margin lost'}); ` +
    'for calls in opening hours only, give the rate by hour ({ "08": 10, "09": 10, … })',
  overflowUnused: (unanswered: string) =>
    `no call goes to the overflow team: the policy sends unanswered calls to ${shown(unanswered)} (set policy.unanswered: overflow to use it)`,
  unansweredWithoutRingLimit: (unanswered: string) =>
    `calls go to ${shown(unanswered)} only after ringing ringSec seconds, and the policy sets no ringSec: this changes nothing`,
  ignoredInSteadyState: (field: string) =>
    `steady-state mode runs one long period per replication, so ${field} changes nothing (steadyState.hours sets the length)`,
  factorOutsideWeek: (day: string, week: readonly string[]) =>
    `a factor is given for ${day}, which is not a working day (week: ${week.join(', ')}): it changes nothing`,
  targetsWithoutContacts: (contacts: 'calls' | 'visitors') =>
    `the scenario has no ${contacts === 'calls' ? 'calls' : 'visitors (no appointments, walk-ins or pickups)'}: these targets change nothing`,
  partsLineIdle: () => 'no call reason has skill: parts, so the parts line takes no calls: it only adds its staff cost',
  deskWithoutPolicy: (kind: string) =>
    `a phone desk answers calls only under policy phone-desk, but the policy is ${shown(kind)}: ${DESK_UNUSED}`,
  deskWithoutDeskWindow: (kinds: readonly string[]) =>
    `a phone desk answers calls only under policy phone-desk, but no window of the policy is phone-desk (they are ${kinds.map(shown).join(', ')}): ${DESK_UNUSED}`,
  noArrivals: (section: 'walkIns' | 'calls' | 'messages') =>
    `the rate is 0 at every hour: no ${ARRIVING[section]} arrive, so the rest of ${section} changes nothing`,
  noArrivalsInWeek: (section: 'walkIns' | 'calls' | 'messages', week: readonly string[]) =>
    `the factor is 0 on every working day (week: ${week.join(', ')}): no ${ARRIVING[section]} arrive, so the rest of ${section} changes nothing`,
  redialNever: () => 'the probability of calling again is 0: nobody redials, so the rest of redial changes nothing',
  redialOneAttempt: () => 'one attempt per caller leaves no room for a redial, so the rest of redial changes nothing',
  interruptChoiceUnused: () => 'interruptProbability is 0, so no visit is interrupted and interruptChoice changes nothing',
  /** Work that never leaves comes in at least as fast as the people who may do it can work. */
  steadyOverload: (load: { calls: number; walkIns: number; messages: number }, people: number, who: 'advisors' | 'phoneDesk' | 'everyone') => {
    const parts = [
      load.calls > 0 ? `calls ${erlangs(load.calls)}: callers never hang up, and no ring limit sends a call away` : null,
      load.walkIns > 0 ? `walk-ins ${erlangs(load.walkIns)}: they never give up` : null,
      load.messages > 0 ? `messages ${erlangs(load.messages)}` : null,
    ].filter((part) => part !== null);
    const pool =
      who === 'everyone'
        ? `the ${counted(people, 'person', 'people')} on duty`
        : `the ${counted(people, TEAM_MEMBER[who], `${TEAM_MEMBER[who]}s`)} who ${people === 1 ? (load.calls > 0 ? 'answers the calls' : 'serves visitors') : load.calls > 0 ? 'answer the calls' : 'serve visitors'}`;
    return (
      `the reception cannot keep up: work that never leaves comes to ${erlangs(load.calls + load.walkIns + load.messages)} (${parts.join('; ')}), ` +
      `at least what ${pool} can do: in steady state the queues grow for as long as the run lasts, so every figure depends on steadyState.hours ` +
      'instead of measuring a steady state (add people, or give callers or visitors a patience)'
    );
  },
  /** The visits that are always served take longer than the advisors can work before the next opening. */
  visitsRunIntoNextDay: (weekday: string | null, workHours: number, advisors: number, capacityHours: number) =>
    `the visits that are always served (bookings that show up, walk-ins who never give up) bring about ${fixed(workHours, 1)} h of work${weekday === null ? ' a day' : ` on a ${DAY_NAMES[weekday as keyof typeof DAY_NAMES] ?? weekday}`}, ` +
    `more than ${counted(advisors, 'advisor', 'advisors')} can do from the start of their shifts to the next day's opening (${fixed(capacityHours, 1)} h): ` +
    'the day cannot be cleared, and since every simulated day starts empty, the overtime shown would in fact run into the next day',
  everyBookingNoShow: () => 'every booked customer is a no-show: nobody with an appointment arrives, so the rest of appointments changes nothing',
};

/** What a desk does under a policy that gives it no calls. */
const DESK_UNUSED = 'the desk answers no calls; its people only return callbacks and answer messages (if there are any), at their staff cost';

/** What each stream of arrivals brings, for sentences. */
const ARRIVING = { walkIns: 'walk-ins', calls: 'calls', messages: 'messages' } as const;

/**
 * Upper bounds of scenario sizes, each with its reason: beyond them a run is not a dealership
 * reception but a typo, and would take hours or exhaust memory. Worded as rules; the validator
 * adds "got …".
 */
const limits = {
  people: (max: number) => `expected at most ${max} people in a team (a dealership reception, not a call centre)`,
  arrivalsPerHour: (max: number) => `expected at most ${max} arrivals an hour (far beyond any dealership reception)`,
  days: (max: number) => `expected at most ${max} days per replication (about 40 years of working days; for narrower intervals add replications)`,
  /** Why at least 2 replications: said both at --reps and at the scenario's field. */
  replicationsNeeded: (min: number) => `a 95% interval needs the spread of at least ${min} replications`,
  fewReplications: (min: number) => `expected at least ${min} replications (a 95% interval needs the spread between them)`,
  replications: (max: number) =>
    `expected at most ${max} replications (intervals narrow with the square root of the count: ${max} already gives 1% of one replication's spread)`,
  steadyHours: (max: number) => `expected at most ${max} hours (over 10 years of simulated time)`,
  slotSpacingMin: (min: number) => `expected slots at least ${min} minute apart`,
  bookingsPerSlot: (max: number) => `expected at most ${max} bookings per slot`,
  bookingsPerDay: (max: number) => `expected at most ${max} bookings a day`,
};

/** Bounds of a number field, as the schema states them (absent: unbounded on that side). */
export interface NumberRule {
  readonly whole?: boolean;
  readonly min?: number;
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly maxExclusive?: boolean;
}

/**
 * Problems found by the scenario schema. Each message says what was expected and what was found;
 * the nouns (`number`, `text`, …) fill the "expected …" slot.
 */
const validation = {
  expected: (what: string, got: unknown) => `expected ${what}, got ${shown(got)}`,
  /** One of several shapes: "a number or a list". */
  expectedEither: (alternatives: readonly string[], got: unknown) =>
    `expected ${orList(alternatives)}, got ${shown(got)}`,
  oneOf: (values: readonly unknown[], got: unknown) =>
    values.length === 1
      ? `expected ${shown(values[0])}, got ${shown(got)}`
      : `expected one of ${values.map(shown).join(', ')}, got ${shown(got)}`,
  missing: () => 'missing (required)',
  missingOneOf: (values: readonly unknown[]) => `missing (required): expected one of ${values.map(shown).join(', ')}`,
  unknownField: (key: string, allowed: readonly string[], suggestion?: string) =>
    `unknown field ${shown(key)} (${suggestion === undefined ? '' : `did you mean ${shown(suggestion)}? `}` +
    (allowed.length > 0 ? `expected one of: ${allowed.join(', ')})` : 'no fields are allowed here)'),
  /** A rule the schema words itself (e.g. 'expected a clock time "HH:MM" (24-hour)'), plus what was found. */
  ruleGot: (rule: string, got: unknown) => `${rule}, got ${shown(got)}`,
  number: (rule: NumberRule = {}) => `a ${rule.whole ? 'whole number' : 'number'}${numberBounds(rule)}`,
  text: () => 'a text',
  nonEmptyText: () => 'a non-empty text',
  textOfLength: (atLeast: boolean, bound: number) => `a text of ${atLeast ? 'at least' : 'at most'} ${bound} characters`,
  boolean: () => 'true or false',
  list: () => 'a list',
  listOfAtLeast: (count: number) => `a list of at least ${count} ${count === 1 ? 'item' : 'items'}`,
  listOfAtMost: (count: number) => `a list of at most ${count} ${count === 1 ? 'item' : 'items'}`,
  object: () => 'an object',
  objectWith: (keys: readonly string[]) => `an object with ${keys.join(', ')}`,
  nullValue: () => 'null',
  orNull: (what: string) => `${what} or null`,
  kind: (name: string) => `a value of type ${name}`,
  matching: (pattern: string) => `a text matching ${pattern}`,
  format: (name: string) => `a text in ${name} format`,
  multipleOf: (divisor: number) => `a multiple of ${divisor}`,
  sized: (what: string, atLeast: boolean, bound: number) => `a ${what} of size ${atLeast ? 'at least' : 'at most'} ${bound}`,
  /** The values a field takes, for "expected X or Y": '"a", "b"'; one value: '"a"'. */
  values: (values: readonly unknown[]) =>
    values.length === 1 ? shown(values[0]) : `one of ${values.map(shown).join(', ')}`,
  invalid: () => 'a valid value',
  /** Rules the schema words itself; the validator adds "got …". */
  clockTimeRule: () => 'expected a clock time "HH:MM" (24-hour)',
  timeRangeRule: () => 'expected a time range "HH:MM-HH:MM"',
  hourKeyRule: () => 'expected an hour "00" to "23"',
  negativeDuration: () => 'a duration must not be negative: give this distribution a lower bound (min) of 0 or more',
  /** A distribution's parameters that contradict each other (`kind` is the distribution: uniform, normal…). */
  distributionOrder: (kind: string, lowName: string, low: number, highName: string, high: number) =>
    `${kind}: ${lowName} must be less than ${highName}, got ${lowName} ${low} and ${highName} ${high}`,
  triangularMode: (min: number, max: number, mode: number) => `triangular: mode must lie between min ${min} and max ${max}, got ${mode}`,
  normalTruncation: (minProbability: number, mean: number, sd: number, probability: number, bounds: string) =>
    `normal: min and max must keep a probability of at least ${minProbability} of normal(mean ${mean}, sd ${sd}), got ${probability.toPrecision(3)} for ${bounds}`,
};

/** Reading a scenario or a file it names. */
const reading = {
  cannotRead: (name: string, reason: string) => `cannot read ${pathText(name)}: ${reason}`,
  noSuchFile: () => 'no such file',
  isAFolder: () => 'it is a folder, not a file',
  isAPipe: () => 'it is a pipe, not a file: save the export to a file and give its name',
  permissionDenied: () => 'permission denied',
  noFileAccess: () => 'files cannot be read here',
  unsupportedExtension: (name: string) => `cannot read ${pathText(name)}: expected a .yaml, .yml or .json file`,
  invalidYaml: (detail: string) => `invalid YAML: ${detail}`,
  multipleDocuments: () => 'invalid YAML: expected one document, got several (separated by a --- line)',
  yamlWarning: (detail: string) => `YAML: ${detail}`,
  utf16: () => 'not a UTF-8 text file (it looks like UTF-16): save it as UTF-8',
  notUtf8: (line: number, column: number, byte: number) =>
    `not a UTF-8 text file: the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, column ${column} is not UTF-8 (save the file as UTF-8)`,
  looksBinary: () => 'looks like binary, not a text file',
  tooLarge: (bytes: number, maxBytes: number) =>
    `the file has ${megabytes(bytes)}, more than the ${megabytes(maxBytes)} a scenario or appointment book can have`,
};

/** `--set path=value` overrides. */
const override = {
  /** Names the flag as the source of a problem, in place of a file. */
  source: (flag: string) => `--set ${JSON.stringify(flag)}`,
  malformed: () => 'expected path=value with a dotted path',
  notAList: (at: string, found: unknown) => `expected a list at ${at || 'the top'} to index into, got ${shown(found)}`,
  notAnObject: (at: string, found: unknown) =>
    `expected an object at ${at || 'the top'} to set a field in, got ${shown(found)}`,
  indexOutOfRange: (index: number, length: number) =>
    `expected an index from 0 to ${length} (${length} adds an item), got ${index}`,
  unchanged: () => 'changes nothing: the scenario already has this',
  shadowed: (earlier: string, later: string) => `${later} sets this too and is applied after it: ${later} is used, ${earlier} changes nothing`,
};

/** Reading an exported CSV file (call logs, appointment books, reception logs); paths name the column. */
const csvInput = {
  binary: () => 'not a text file (it looks binary): export the data as CSV',
  spreadsheet: () => 'this is a spreadsheet workbook, not a CSV file: save it as CSV (comma or semicolon separated)',
  empty: () => 'the file is empty: expected a header row naming the columns, then one row per record',
  noRows: () => 'expected at least one row after the header, got none',
  invalidCsv: (detail: string) => `invalid CSV: ${detail}`,
  /** Fields no column was found for (any one would do); `names` are the column names they go by (Spanish and English). */
  /** `mapKind`: the kind of file a --map names first (`calibrate --map "calls:<column>=status"`), when the command takes that form. */
  missingColumn: (fields: readonly string[], names: readonly string[], found: readonly string[], mapKind?: string) =>
    `no column for ${fields.join(' or ')}: expected one named ${orList(names.map(shown))}, got the columns ` +
    `${found.map(shown).join(', ')} (name one with --map "${mapPrefix(mapKind)}<column>=${fields[0]}")`,
  ambiguousColumn: (field: string, first: string, second: string, mapKind?: string) =>
    `the columns ${shown(first)} and ${shown(second)} both read as ${field}: choose one with --map "${mapPrefix(mapKind)}<column>=${field}"`,
  /** Two columns of one name: --map, which names a column, cannot tell them apart. Columns count from 1. */
  sameNameColumns: (name: string, first: number, second: number) =>
    `columns ${first} and ${second} are both named ${shown(name)}: rename one of them in the file (--map chooses a column by its name)`,
  unknownColumn: (name: string, allowed: readonly string[]) => `unknown column ${shown(name)} (expected: ${allowed.join(', ')})`,
  duplicateColumn: (name: string) => `the column ${shown(name)} appears twice`,
  /** `--map column=field` flags. */
  mapSource: (flag: string) => `--map ${JSON.stringify(flag)}`,
  mapMalformed: (mapKind?: string) => `expected ${mapPrefix(mapKind)}column=field, e.g. --map "${mapPrefix(mapKind)}Hora inicio=time"`,
  mapUnknownField: (field: string, fields: readonly string[]) => `unknown field ${shown(field)} (expected one of: ${fields.join(', ')})`,
  /** Two --map flags for one field, or one column for two fields: which was meant cannot be told. */
  mapFieldTwice: (field: string, earlier: string) => `field ${shown(field)} already has its column from ${earlier}: expected one --map per field`,
  mapColumnTwice: (column: string, field: string, earlier: string) =>
    `column ${shown(column)} is already field ${shown(field)} by ${earlier}: expected each column for one field`,
  mapUnknownColumn: (column: string, found: readonly string[]) =>
    `no column ${shown(column)} in the file (its columns: ${found.map(shown).join(', ')})`,
  tooManyValues: (expected: number, got: number) =>
    `expected at most ${expected} ${expected === 1 ? 'value' : 'values'} (one per column), got ${got}`,
  /** A problem with one cell, naming its column as the file writes it. */
  inColumn: (column: string, problem: string) => `column ${shown(column)}: ${problem}`,
  /** A cell that could not be read: what was expected, what was found (long digit runs hidden: they may be phone numbers). */
  badCell: (expected: string, got: string) => `expected ${expected}, got ${shownCell(got)}`,
  date: () => 'a date dd/mm/yyyy or yyyy-mm-dd',
  clockTime: () => 'a clock time hh:mm or hh:mm:ss',
  dateTime: () => 'a date and time, e.g. 04/03/2024 09:15 or 2024-03-04T09:15',
  noDate: () => 'a date: the file has no date column, so each time must carry its date (04/03/2024 09:15)',
  duration: () => 'a duration: seconds (75 or 75,5), mm:ss or hh:mm:ss',
  nonNegativeDuration: () => 'a duration of 0 or more',
  durationWithinADay: () => 'a duration of at most 24 hours (86400 s)',
  notBefore: (other: 'arrival' | 'start') => `a time not before the ${other}`,
  wholeAtLeastOne: () => 'a whole number ≥ 1',
  value: () => 'a value',
  oneOf: (values: readonly string[]) => `one of ${values.map(shown).join(', ')}`,
  /** Warning: bad rows skipped; the first `listed` are listed with it. */
  rowsSkipped: (file: string, skipped: number, rows: number, listed: number) =>
    `${skipped} of ${rows} rows of ${shown(file)} were skipped as unreadable` +
    (listed < skipped ? ` (the first ${listed} are listed)` : '') +
    '; --strict stops at the first instead',
  allLeftOut: (leftOut: readonly string[]) => `no row left to read after leaving out ${leftOut.join(' and ')}`,
  noUsableRows: (file: string, rows: number) => `none of the ${rows} rows of ${shown(file)} could be read (the problems are listed below)`,
  unusedColumns: (columns: readonly string[]) => `columns not used: ${columns.map(shown).join(', ')}`,
};

/** The appointment book read from a CSV file (columns time and, optionally, count); paths name the column. */
const slotsCsv = {
  missingHeader: (found: string) =>
    `expected a header row with the columns time (hora) and, optionally, count (citas), got ${shown(found)}`,
  unknownColumn: (name: string) => csvInput.unknownColumn(name, ['time (hora)', 'count (citas)']),
  tooManyValues: (expected: number, got: number) => csvInput.tooManyValues(expected, got),
  badTime: (value: string) => csvInput.badCell(csvInput.clockTime(), value),
  badCount: (value: string) => csvInput.badCell(csvInput.wholeAtLeastOne(), value),
  noBookings: () => 'expected at least one booked time, got none',
  invalidCsv: (detail: string) => csvInput.invalidCsv(detail),
  /** A field written next to `file:` in `appointments.slots`. */
  besideFile: (key: string) =>
    `a book read from a file takes no other field than file, got ${shown(key)}: the bookings per time go in the file's count (citas) column`,
};

/** A single output file (an imported fragment, a calibrated scenario). */
const outputFile = {
  exists: (path: string) => `${shown(path)} already exists: choose another --out or remove it`,
  cannotWrite: (path: string, reason: string) => `cannot write ${shown(path)}: ${reason}`,
  noFolder: (folder: string) => `there is no folder ${shown(folder)} (create it first, or choose another name)`,
  notHere: () => 'files cannot be created in that folder',
};

/** A results folder read back (`recepsim report <folder>`). */
const resultsInput = {
  notAFolder: (path: string) => `${shown(path)} is not a folder: expected a results folder written by recepsim run, compare, sweep or size`,
  noSuchFolder: (path: string) => `no folder ${shown(path)}: expected a results folder written by recepsim run, compare, sweep or size`,
  missingFile: (name: string) => `missing ${name}: expected a results folder written by recepsim run, compare, sweep or size`,
  notJson: (detail: string) => `not valid JSON: ${detail}`,
  notAnObject: () => 'expected a JSON object',
  /** summary.json lacks a figure this version reports (an older recepsim wrote it), or has one it does not know. */
  summaryMissing: (path: string) => `no ${path}: this summary was written by another version of recepsim; run the scenario again`,
  summaryUnexpected: (path: string, expected: string) => `${path}: expected ${expected}`,
  /** What a summary.json value should be, for summaryUnexpected. */
  summaryKind: (kind: 'number' | 'object' | 'string' | 'boolean') => ({ number: 'a number', object: 'an object', string: 'a string', boolean: 'a boolean' })[kind],
  summaryList: (length: number) => `a list of ${length}`,
  differentRuns: (summaryName: string, scenarioName: string) =>
    `summary.json is of ${shown(summaryName)} but scenario.json of ${shown(scenarioName)}: the folder mixes two runs`,
  rewrote: (folder: string) => `report rewritten in ${folder}`,
  /** One shard of a sweep or size run: part of the answer only. */
  shardFolder: (folder: string) => `${shown(folder)} holds one shard of a run: join every shard with recepsim merge, whose folder gets the report`,
  /** A file of a compare, sweep or size results folder that the report cannot read. */
  planningFile: (problem: 'missing' | 'notJson' | 'unexpected'): string =>
    problem === 'missing'
      ? 'missing: expected a results folder written by recepsim compare, sweep, size or merge'
      : problem === 'notJson'
        ? 'not valid JSON: the folder was changed after recepsim wrote it; run the command again'
        : 'not what recepsim writes there: the folder was changed after recepsim wrote it, or another version wrote it; run the command again',
};

/** The results folder. */
const resultsFolder = {
  exists: (path: string) => `results folder ${pathText(path)} already exists: choose another --out or remove it`,
  emptyPath: () => 'expected a folder path, got an empty text',
  insideAFile: (path: string, file: string) =>
    `cannot create results folder ${pathText(path)}: ${pathText(file)} is a file, not a folder`,
  cannotCreate: (path: string, reason: string) =>
    `cannot create results folder ${pathText(path)}: ${reason} (choose another folder with --out)`,
  cannotWrite: (path: string, reason: string) => `cannot write results folder ${pathText(path)}: ${reason}; nothing was written`,
};

/** The size of a run, estimated before it starts. */
const runSize = {
  long: (events: number, hours: number, threads: number) =>
    `this run would simulate about ${countInWords(events)} events, about ${roundTo(hours, 1)} hours on ${threads} ${threads === 1 ? 'thread' : 'threads'}: ` +
    'pass --force to run it anyway, or lower --reps, --days or the volumes',
  memory: (needBytes: number, haveBytes: number) =>
    `this run would need about ${megabytes(needBytes)} of memory, more than the ${megabytes(haveBytes)} available: ` +
    'lower --reps or --days (with --trace every contact is kept in memory)',
  trace: (traceBytes: number, maxBytes: number) =>
    `trace.csv would be about ${megabytes(traceBytes)}, more than the ${megabytes(maxBytes)} one file can be built from: ` +
    'use --trace with fewer replications or days',
  endless: () =>
    'calls.redial: callers would redial for ever at the same instant (p 1, no maxAttempts, a delay of 0): ' +
    'set maxAttempts or a redial delay',
};

/** Why a file operation failed, by the system's error code. */
const fileSystem = {
  readOnly: () => 'the file system is read-only',
  noSpace: () => 'no space left on the device',
  quota: () => 'disk quota exceeded',
  notAFolder: () => 'a part of the path is a file, not a folder',
  noSuchFolder: () => 'folders cannot be created there',
  tooLarge: () => 'a file is larger than the system allows',
  nameTooLong: () => 'the name is too long',
  ioError: () => 'input/output error',
  closed: () => 'the output is closed',
  other: (code: string) => `system error ${code}`,
};

function numberBounds(rule: NumberRule): string {
  const { min, max } = rule;
  if (min !== undefined && max !== undefined && !rule.minExclusive && !rule.maxExclusive) return ` between ${min} and ${max}`;
  const parts: string[] = [];
  if (min !== undefined) parts.push(`${rule.minExclusive ? '>' : '≥'} ${min}`);
  if (max !== undefined) parts.push(`${rule.maxExclusive ? '<' : '≤'} ${max}`);
  return parts.length > 0 ? ` ${parts.join(' and ')}` : '';
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "calls:" before a --map of calibrate's, which names the file's kind; nothing for import's. */
export const mapPrefix = (mapKind: string | undefined): string => (mapKind === undefined ? '' : `${mapKind}:`);

/** A cell's text for messages; runs of 9 or more digits are hidden, since they may be phone numbers. */
function shownCell(text: string): string {
  return shown(withDigitsHidden(text, 'digits'));
}

/** A large count in words: "1.2 billion". */
function countInWords(value: number): string {
  return new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 2 }).format(value);
}

/** A number with at most `digits` decimals. */
function roundTo(value: number, digits: number): string {
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/** "12.3 MB", "2.1 GB". */
function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${fixed(bytes / 1e9, 1)} GB` : `${fixed(bytes / 1e6, 1)} MB`;
}

function round(value: number): string {
  return String(Math.round(value * 1e6) / 1e6);
}

/** The command line. */
const cli = {
  usage: (problem: string) => `${problem}\n(run "recepsim --help" for the commands and their options)`,
  bug: (detail: string) => `recepsim stopped on an internal error; this is a bug, please report it:\n${detail}`,
  badFlag: (flag: string, expected: string, got: unknown) => `${flag}: expected ${expected}, got ${shown(got)}`,
  /** A flag the command cannot do without. */
  missingFlag: (flag: string, expected: string) => `${flag}: missing (required): expected ${expected}`,
  wrote: (folder: string) => `results written to ${folder}`,
  wroteFile: (path: string) => `written to ${path}`,
  warningsHeader: (count: number) => `${count} warning${count === 1 ? '' : 's'}:`,
  progress: (done: number, total: number) => `replication ${done} of ${total}`,
  whatIfServing: (scenario: string, url: string) => `what-if page for ${shown(scenario)}: ${url}`,
  whatIfStop: () => 'open it in a browser on this computer; press Ctrl+C to stop',
  whatIfExported: (path: string) => `what-if page written to ${path} (open it from disk, or send it: it needs no network)`,
  whatIfNotBuilt: (folder: string) => `the what-if page is not built (no bundles in ${folder}): run "npm run build"`,
  exportExists: (path: string) => `--export: ${shown(path)} already exists: choose another name or remove it`,
  exportNotHtml: (path: string) => `--export: expected a file name ending in .html, got ${shown(path)}`,
  valueMissing: (flag: string) => `${flag}: expected a value after it`,
  repeatedFlag: (flag: string, values: readonly unknown[]) =>
    `${flag}: given ${values.length} times (${values.map(shown).join(', ')}): expected it once`,
  cannotWriteStdout: (reason: string) => `cannot write to the standard output: ${reason}`,
  workersWithTrace: () => '--trace runs in one thread, so this changes nothing',
  interrupted: (signal: string) => `interrupted (${signal}): nothing half-written was left behind`,
  moreProblems: (count: number) => `… and ${count} more ${count === 1 ? 'problem' : 'problems'} like these (mend these first, then run again)`,
  oneOf: (values: readonly string[]) => `one of ${values.join(', ')}`,
  seedExpected: () => 'a number or a word',
  folderExpected: () => 'a folder path',
  portExpected: () => 'a port number from 0 to 65535',
  callLogFlagUnused: () => 'only a call log reads this (import calls, calibrate --calls), and none is read: it changes nothing',
  portUnavailable: (port: number, reason: string) => `--port ${port}: cannot serve on 127.0.0.1:${port}: ${reason} (choose another port, or leave --port out for a free one)`,
  portInUse: () => 'another program is using it',
  portWithExport: () => 'an exported page is written to a file, not served, so this changes nothing',
  htmlFileExpected: () => 'a file name ending in .html',
  redialWindowExpected: () => 'minutes, more than 0 and at most 1440',
  queueExpected: () => 'a queue name',
  /** What a numeric flag expects: "a whole number of at least 2", "a number from 0 to 1". */
  numberExpected: (whole: boolean, min?: number, max?: number, positive = false) => {
    const noun = whole ? 'a whole number' : 'a number';
    if (positive) return max === undefined ? `${noun} above 0` : `${noun} above 0 and at most ${max}`;
    if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
    if (min !== undefined) return `${noun} of at least ${min}`;
    if (max !== undefined) return `${noun} of at most ${max}`;
    return noun;
  },
  noCommand: () => 'expected a command: see the list above',
  notesHeader: () => 'what the changes did:',
  unknownCommand: (name: string, suggestion: string | undefined) =>
    `unknown command ${shown(name)}${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`,
  unexpectedArgument: (text: string) => `unexpected argument ${shown(text)}: options start with --`,
  unknownFlag: (flag: string, suggestion: string | undefined) =>
    `unknown option ${flag}${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}`,
  /** Positional arguments not given: what each expects, and the command's usage ("run <scenario>"). */
  missingArguments: (command: string, expected: readonly string[], usage: string) =>
    `${command}: expected ${andList(expected)}: recepsim ${usage}`,
  /** A lone "-" where a file or folder is named: recepsim reads no standard input and writes no standard output. */
  dashNotAccepted: (where: string, stream: 'input' | 'output', expected: string) =>
    `${where}: "-" (standard ${stream}) is not accepted: expected ${expected}`,
  /** What positional arguments and file flags expect. */
  expectedScenarioFile: () => 'a scenario file (.yaml, .yml or .json)',
  expectedScenarioFiles: () => 'a scenario file (with --variant for each variant), or several scenario files',
  expectedResultsFolder: () => 'a results folder written by recepsim run, compare, sweep, size or merge',
  expectedShardFolders: () => 'the results folder of every shard of one sweep or size run',
  expectedErlangModel: (models: readonly string[]) => `a model (${orList(models)})`,
  expectedImportKind: (kinds: readonly string[]) => `the kind of export (${orList(kinds)})`,
  expectedCsvFile: () => 'a CSV file',
  expectedFileName: () => 'a file name',
};

function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `recepsim calibrate`. */
const calibrate = {
  needsAFile: () => 'expected at least one export to calibrate from: --calls, --appointments or --visits',
  yamlOut: () => 'a .yaml or .yml file (the calibrated scenario keeps its comments)',
  notTheScenario: () => 'a new file, not the scenario being calibrated',
  mapNeedsKind: (kinds: readonly string[]) => `kind:column=field when several files are given (${kinds.map((kind) => `${kind}:`).join(', ')})`,
  mapForAGivenFile: (kinds: readonly string[]) => `a map for a file given here (${kinds.map((kind) => `--${kind}`).join(', ')})`,
  invalidResult: (out: string) => `the calibrated scenario would not be valid, so ${shown(out)} was not written:`,
  changesHeader: (from: string, to: string) => `Calibrated ${from} into ${to}:`,
  change: (field: string, value: string) => `  ${field}: ${value}`,
  removed: () => 'removed',
  perDay: (total: number, hours: number) => `${fixed(total, 1)} a day over ${hours} ${hours === 1 ? 'hour' : 'hours'}`,
};

/** A point estimate with its 95% interval (as calibration gives them). */
export interface ShownInterval {
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US');
/** A large estimate, to two significant digits: "1,700,000,000". */
const TWO_DIGITS = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
const count = (value: number) => COUNT_FORMAT.format(value);
/** A count with its noun, singular for 1: "1 day", "3,304 rows". */
const counted = (value: number, one: string, many: string) => `${count(value)} ${value === 1 ? one : many}`;
const FIXED_FORMATS = new Map<number, Intl.NumberFormat>();
/**
 * A number with `decimals` decimals, rounded by Intl as the Spanish catalogue rounds (toFixed
 * rounds the binary value: 10.975 would be 10.97 here and 10,98 there).
 */
function fixed(value: number, decimals: number): string {
  let format = FIXED_FORMATS.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: false });
    FIXED_FORMATS.set(decimals, format);
  }
  return format.format(value);
}
const percent = (share: number) => `${fixed(100 * share, 1)} %`;
const sig3 = (value: number) => (Math.abs(value) >= 100 ? fixed(value, 0) : Math.abs(value) >= 10 ? fixed(value, 1) : fixed(value, 2));
const secText = (sec: number) => (sec < 120 ? `${fixed(sec, 0)} s` : `${sig3(sec / 60)} min`);
/** The working week's days in a sentence. */
const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } as const;
/** Offered work in erlangs (people's worth of work): "2.50 erlangs". */
const erlangs = (value: number) => `${fixed(value, 2)} erlangs`;
const pValue = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${fixed(p, 3)}`);
/** A 95% interval across days; one day of data gives none (a spread needs two). */
const dayInterval = (interval: ShownInterval, show: (value: number) => string) =>
  Number.isFinite(interval.low) && Number.isFinite(interval.high) ? `95 % CI ${show(interval.low)}–${show(interval.high)}` : 'no 95 % CI from a single day';
const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const weekdayCounts = (daysByWeekday: readonly number[]) =>
  daysByWeekday.flatMap((n, weekday) => (n > 0 ? [`${WEEKDAY_NAMES[weekday]} ${n}`] : [])).join(', ');

/** The comments and warnings of imported fragments and calibrated scenarios. */
const calibrationText = {
  /** The evidence of calibrated values, for a scenario's sources: "own data: calls.csv, 2024-03-04 to 2024-04-26, 40 days, 5,210 call attempts". */
  evidence: (file: string, firstDate: string, lastDate: string, days: number, sample: string) =>
    `own data: ${file}, ${firstDate} to ${lastDate}, ${counted(days, 'day', 'days')}, ${sample}`,
  attempts: (n: number) => counted(n, 'call attempt', 'call attempts'),
  bookings: (n: number) => counted(n, 'booking', 'bookings'),
  visits: (n: number) => counted(n, 'visit', 'visits'),
  /** Where a value came from: "from calls.csv, 2024-03-04 to 2024-04-26". */
  from: (file: string, firstDate: string, lastDate: string) => `from ${file}, ${firstDate} to ${lastDate}`,
  interval: (interval: ShownInterval, round: (value: number) => number) => `95 % CI ${round(interval.low)}–${round(interval.high)}`,
  callsSource: (file: string, firstDate: string, lastDate: string, days: number, daysByWeekday: readonly number[]) =>
    `Calls calibrated from ${file}: ${firstDate} to ${lastDate}, ${counted(days, 'day', 'days')} with calls (${weekdayCounts(daysByWeekday)})`,
  rowsRead: (rows: number, skipped: number, leftOut: readonly string[]) =>
    counted(rows, 'row used', 'rows used') +
    (skipped > 0 ? `, ${count(skipped)} skipped as unreadable` : '') +
    (leftOut.length > 0 ? `; left out: ${leftOut.join(', ')}` : ''),
  leftOutOutgoing: (rows: number) => counted(rows, 'outgoing or internal call', 'outgoing or internal calls'),
  leftOutQueues: (rows: number, queue: string) => `${counted(rows, 'call', 'calls')} of queues other than ${shown(queue)}`,
  callOutcomes: (rows: number, byStatus: Readonly<Record<string, number>>) =>
    'outcomes: ' +
    Object.entries(byStatus)
      .filter(([, n]) => n > 0)
      .map(([status, n]) => `${status} ${count(n)} (${percent(n / rows)})`)
      .join(', '),
  observedService: (answeredWithinShare: number, meanAnsweredWaitSec: number) =>
    `observed: ${percent(answeredWithinShare)} of attempts answered within 20 s` +
    (Number.isFinite(meanAnsweredWaitSec) ? `; answered calls waited ${secText(meanAnsweredWaitSec)} on average` : ''),
  freshDemand: (perDay: ShownInterval, fresh: number, redials: number, rows: number, windowMin: number) =>
    `fresh demand ${sig3(perDay.value)} callers a day (${dayInterval(perDay, sig3)}): ` +
    `${count(redials)} of ${counted(rows, 'attempt', 'attempts')} (${percent(redials / rows)}) ${redials === 1 ? 'was a redial' : 'were redials'} within ${windowMin} min of a failed attempt, ` +
    `so ${count(fresh)} ${fresh === 1 ? 'was' : 'were'} fresh`,
  unknownCallers: (unknown: number, rows: number) =>
    `${counted(unknown, 'attempt', 'attempts')} (${percent(unknown / rows)}) had no caller number: counted as fresh demand, their redials cannot be seen`,
  outOfOrder: (runs: number) =>
    `the file is not in time order: it was read as ${count(runs)} ordered stretches, and redials across two stretches were not found (sort the file by date and time)`,
  perHourNote: (from: string, days: number) =>
    `first attempts per hour on an average day (redials removed), ${from}, ${counted(days, 'day', 'days')}; ` +
    'each hour: 95 % CI, then all attempts per hour',
  hourRate: (interval: ShownInterval, allAttempts: number) =>
    `${fixed(interval.low, 2)}–${fixed(interval.high, 2)}; all attempts ${fixed(allAttempts, 2)}`,
  weekdaysWithoutData: (section: string, days: readonly string[]) =>
    `${section}.weekdayFactors: the data has no ${days.join(', ')}, working ${days.length === 1 ? 'day' : 'days'} of the scenario: left at 1 (an average day)`,
  weekdayFactorNote: () => "each weekday's level against the average day; 95 % CI",
  shapeFits: (statistic: number, freedom: number, p: number) =>
    `the same hourly shape fits every weekday (χ² ${fixed(statistic, 1)}, ${freedom} df, ${pValue(p)})`,
  shapeGap: (weekday: string, hour: number, observed: number, model: number) =>
    `${weekday} ${String(hour).padStart(2, '0')}h ${fixed(observed, 2)}/h observed, ${fixed(model, 2)}/h here`,
  shapeApproximated: (section: string, statistic: number, freedom: number, p: number, gaps: readonly string[]) =>
    `${section}: approximated: the hourly shape differs between weekdays (χ² ${fixed(statistic, 1)}, ${freedom} df, ${pValue(p)}), ` +
    'which perHour × weekdayFactors cannot express' +
    (gaps.length > 0 ? `; largest gaps: ${gaps.join('; ')}` : ''),
  notEstimated: (field: string, why: string) => `${field} not estimated: ${why}`,
  noColumns: (fields: readonly string[]) => `the file has no ${fields.join(' or ')} column`,
  noneOfKind: (kind: 'walkIn' | 'pickup', days: number) =>
    `the log has no ${kind === 'walkIn' ? 'walk-in' : 'pickup'} in ${counted(days, 'day', 'days')} (a scenario being calibrated keeps its own; remove them if there are really none)`,
  bookSource: (file: string, firstDate: string, lastDate: string, days: number, daysByWeekday: readonly number[]) =>
    `Appointments calibrated from ${file}: ${firstDate} to ${lastDate}, ${counted(days, 'day', 'days')} with bookings (${weekdayCounts(daysByWeekday)})`,
  bookingsRead: (bookings: number, cancelled: number) =>
    counted(bookings, 'booking', 'bookings') + (cancelled > 0 ? `; ${calibrationText.cancelledBookings(cancelled)} left out` : ''),
  cancelledBookings: (cancelled: number) => counted(cancelled, 'cancelled booking', 'cancelled bookings'),
  averageBook: (from: string, days: number, slots: readonly string[]) =>
    `bookings per slot on an average day, ${from}, ${counted(days, 'day', 'days')}: ${slots.join(', ')}`,
  bookRounded: (whole: number, mean: number) =>
    `appointments.slots: approximated: a scenario books whole customers, the same every day: ${whole} a day (the book's mean is ${fixed(mean, 1)}), each slot rounded, largest remainders first`,
  bookByWeekday: (byWeekday: readonly string[]) =>
    `appointments.slots: approximated: bookings per day differ by weekday (${byWeekday.join(', ')}) and a scenario has one book for every day`,
  punctualityFit: (n: number, mean: ShownInterval, earlyShare: number, ks: number, critical: number) =>
    `arrival minus booked time of ${counted(n, 'customer', 'customers')}, minutes: mean 95 % CI ${fixed(mean.low, 1)}–${fixed(mean.high, 1)}; ` +
    `${percent(earlyShare)} early; Kolmogorov–Smirnov distance to the normal ${fixed(ks, 3)} (5 % critical ${fixed(critical, 3)}: ${ks <= critical ? 'fits' : 'the normal is an approximation'})`,
  visitsSource: (file: string, firstDate: string, lastDate: string, days: number, daysByWeekday: readonly number[]) =>
    `Visits calibrated from ${file}: ${firstDate} to ${lastDate}, ${counted(days, 'day', 'days')} with visits (${weekdayCounts(daysByWeekday)})`,
  visitsRead: (byKind: Readonly<Record<'dropOff' | 'walkIn' | 'pickup', number>>, meanWaitSec: Readonly<Record<'dropOff' | 'walkIn' | 'pickup', number>>) =>
    'visits: ' +
    (['dropOff', 'walkIn', 'pickup'] as const)
      .map((kind) => counted(byKind[kind], ({ dropOff: 'drop-off', walkIn: 'walk-in', pickup: 'pickup' })[kind], ({ dropOff: 'drop-offs', walkIn: 'walk-ins', pickup: 'pickups' })[kind]) + (Number.isFinite(meanWaitSec[kind]) ? ` (waited ${secText(meanWaitSec[kind])}${byKind[kind] === 1 ? '' : ' on average'})` : ''))
      .join(', '),
  serviceIncludesInterruptions: () =>
    'write-up and pickup times are end minus start: any call the advisor took meanwhile is inside them, while a simulation under answer-all adds interruptions on top',
  walkInsPerHourNote: (from: string, days: number) => `walk-ins per hour on an average day, ${from}, ${counted(days, 'day', 'days')}; each hour: 95 % CI`,
  pickupShareFit: (share: ShownInterval) =>
    `pickups ÷ drop-offs (booked and walk-in) of the same days; ${dayInterval(share, (value) => fixed(value, 3))}`,
  pickupShareCapped: (share: number) =>
    `pickups.share: the log has ${fixed(share, 2)} pickups per drop-off (cars left on other days come back too); a scenario takes at most 1`,
  pickupWindowNote: (from: string) => `the central 90 % of pickup arrivals, to the quarter hour, ${from}`,
  pickupWindowClamped: (from: string, to: string) => `pickups.window: the log's ${from}–${to} was kept within the scenario's opening hours`,
  noColumn: (field: string) => `the file has no ${field} column`,
  tooFew: (count: number) => `only ${count} ${count === 1 ? 'value' : 'values'} (at least 10 are needed)`,
  allReasons: () => 'all',
  singleReason: (from: string) =>
    `one reason for every call: the log has no reason column; handling time is the talk time of answered calls, ${from}`,
  /** What a duration was fitted to: "talk times", "drop-off write-ups". */
  talkTimes: () => 'talk times',
  serviceTimes: (kind: 'dropOff' | 'walkIn' | 'pickup') => ({ dropOff: 'drop-off write-ups', walkIn: 'walk-in write-ups', pickup: 'pickups' })[kind],
  handlingFit: (
    what: string,
    duration: { fit: { count: number; mean: ShownInterval; cv: ShownInterval }; ks: number; ksCritical: number; medianSec: number; p90Sec: number },
  ) =>
    `lognormal fitted to ${count(duration.fit.count)} ${what}: mean 95 % CI ${sig3(duration.fit.mean.low / 60)}–${sig3(duration.fit.mean.high / 60)} min, ` +
    `cv ${fixed(duration.fit.cv.low, 2)}–${fixed(duration.fit.cv.high, 2)}; median ${secText(duration.medianSec)}, p90 ${secText(duration.p90Sec)}; ` +
    `Kolmogorov–Smirnov distance ${fixed(duration.ks, 3)} (5 % critical ${fixed(duration.ksCritical, 3)}: ${duration.ks <= duration.ksCritical ? 'fits' : 'the lognormal is an approximation'})`,
  reasonsScaled: (reasons: number, factor: number) =>
    `calls.reasons: the log has no reason column, so the ${reasons} reasons keep their shares and their handling times were scaled by ${fixed(factor, 3)} to the log's mean`,
  reasonsScaledNote: (reasons: number, factor: number, meanMin: number, from: string) =>
    `handling times of the ${reasons} reasons scaled by ${fixed(factor, 3)}, shares kept, so that their mean is the log's ${meanMin} min (${from}; the log has no reason column)`,
  noAbandonments: (waited: number, totalWaitSec: number) =>
    `no call was abandoned (${count(waited)} waited, ${sig3(totalWaitSec / 3600)} h in all), so the data cannot tell how long callers would wait`,
  patienceFit: (abandoned: number, totalWaitSec: number, meanSec: ShownInterval) =>
    `exponential patience = ${sig3(totalWaitSec / 3600)} h waited by all callers ÷ ${counted(abandoned, 'abandonment', 'abandonments')}; ` +
    `95 % CI ${sig3(meanSec.low / 60)}–${sig3(meanSec.high / 60)} min`,
  kaplanMeier: (curve: readonly { sec: number; stillWaiting: number }[], medianSec: number | null, gap: number | null, meanSec: number) =>
    // A curve drawn only where enough callers still waited may have no point: then no empty list.
    `Kaplan–Meier, ${[
      curve.length === 0
        ? 'too few callers to draw the curve'
        : 'share of callers still waiting: ' + curve.map((point) => `${secText(point.sec)} ${percent(point.stillWaiting)} (exponential ${percent(Math.exp(-point.sec / meanSec))})`).join(', '),
      ...(medianSec === null ? [] : [`median ${secText(medianSec)}`]),
      ...(gap === null ? [] : [`largest gap to the exponential ${fixed(gap, 3)}`]),
    ].join('; ')}`,
  noRedialsFound: (failures: number, windowMin: number, upper: number) =>
    `calls.redial: no failed attempt (of ${count(failures)}) was followed by a redial within ${windowMin} min: callers do not redial (95 % upper bound ${fixed(upper, 3)})`,
  noCallerNumbers: () => 'the log has no caller numbers to find redials by',
  tooFewFailures: (failures: number, windowMin: number) =>
    `${counted(failures, 'failed attempt', 'failed attempts')} and no redial within ${windowMin} min: too few to tell`,
  keptFromScenario: () => '; the scenario keeps its own',
  delayNotExponential: (windowMin: number) =>
    `the delays before redials are not shaped like an exponential within ${windowMin} min: try a longer --redial-window`,
  redialFit: (redials: number, failures: number, windowMin: number, p: ShownInterval, beyondWindow: number) =>
    `${count(redials)} of ${counted(failures, 'failed attempt', 'failed attempts')} ${redials === 1 ? 'was' : 'were'} followed by the same caller within ${windowMin} min` +
    (beyondWindow >= 0.0005 ? `; p corrected for the ${percent(beyondWindow)} of redials the fitted delay puts later` : '') +
    `; p 95 % CI ${fixed(p.low, 3)}–${fixed(p.high, 3)}`,
  redialByAttempt: (byAttempt: readonly ShownInterval[]) =>
    'by attempt (differs more than chance): ' + byAttempt.map((p, k) => `after ${k + 1}: ${fixed(p.low, 3)}–${fixed(p.high, 3)}`).join(', '),
  delayFit: (meanSec: ShownInterval, medianSec: number, p90Sec: number) =>
    `exponential fitted within the window: 95 % CI ${sig3(meanSec.low / 60)}–${Number.isFinite(meanSec.high) ? sig3(meanSec.high / 60) : '∞'} min; ` +
    `observed median ${secText(medianSec)}, p90 ${secText(p90Sec)}`,
  noCapSeen: (longest: number) => `no limit seen (the longest story had ${counted(longest, 'attempt', 'attempts')})`,
  capSeen: (attempts: number) => `nobody redialled after failing ${attempts === 1 ? 'once' : `${attempts} times`}, although earlier failures often did`,
};

/** `recepsim erlang`. */
const erlangText = {
  modelName: (model: 'a' | 'b' | 'c') => ({ a: 'Erlang A', b: 'Erlang B', c: 'Erlang C' })[model],
  modelMeaning: (model: 'a' | 'b' | 'c') =>
    ({
      a: 'callers wait, and hang up after an exponential patience',
      b: 'no waiting: a call that finds every agent busy is lost',
      c: 'callers wait as long as it takes',
    })[model],
  patienceNeeded: () => 'Erlang A needs --patience-min (mean patience of a waiting caller, minutes)',
  patienceIgnored: (model: string) => `--patience-min is ignored by ${model} (only Erlang A has impatient callers)`,
  targetExpected: () =>
    'a service level and a threshold in seconds, like 80/20 (80 % within 20 s): the level above 0 and below 100 (no finite team answers every call in time), the seconds 0 or more',
  loadTooLarge: () => 'a finite offered load (--calls-per-hour ÷ 60 × --aht-min, in Erlangs)',
  /** The library's question, field by field (the command line words its flags above). */
  serviceLevelExpected: () => 'a share above 0 and below 1 (no finite team answers every call in time)',
  finiteLoadExpected: () => 'a finite offered load (callsPerHour ÷ 60 × ahtMin, in Erlangs)',
  sumTooLong: (agents: number, states: number, max: number) =>
    `Erlang A: with ${count(agents)} ${agents === 1 ? 'agent' : 'agents'} so many calls wait, for so long, that the formula would sum ` +
    `about ${TWO_DIGITS.format(states)} queue states (at most ${count(max)}); expected fewer --calls-per-hour or a shorter --patience-min ` +
    '(for callers who never hang up, use erlang c)',
};

/** Variants: what was asked, what was done. */
const variantText = {
  /** The label of the scenario as written. */
  asWritten: () => 'as written',
  malformed: () => 'expected NAME:path=value,… (for example "two desks:policy=phone-desk:2")',
  emptyLabel: () => 'expected a name before the colon',
  teamResized: (path: string, count: number, pattern: number, shifts: string) =>
    `${path}: ${count} ${count === 1 ? 'person' : 'people'} on the file's pattern of ${pattern} ${pattern === 1 ? 'shift' : 'shifts'}: ${shifts}`,
  /** A shift as written, for teamResized: "08:00–16:00 (break 13:00-13:30)". */
  shift: (from: string, to: string, breaks: readonly string[]) => `${from}–${to}${breaks.length > 0 ? ` (break ${breaks.join(', ')})` : ''}`,
  teamCounted: (path: string, before: number, after: number) => `${path}: ${before} → ${after} ${after === 1 ? 'person' : 'people'}`,
  relativeNeedsCount: (path: string, found: unknown) =>
    `expected a number of people at ${path} to add to or take from, got ${shown(found)}`,
  relativeBelowZero: (path: string, count: number) => `removes more people than ${path} has (it would have ${count})`,
  relativeValue: () => 'a count like 4, or a change like +1 or -1',
  policySwitched: (from: string, to: string, dropped: readonly string[], defaulted: readonly string[]) =>
    `policy ${from} → ${to}` +
    (dropped.length > 0 ? `: dropped ${dropped.join(', ')} (no meaning under ${to})` : '') +
    (defaulted.length > 0 ? `${dropped.length > 0 ? ';' : ':'} set ${defaulted.join(', ')} (needed by ${to})` : ''),
  deskSet: (count: number) => `staff.phoneDesk: ${count} at the phone desk`,
  deskDropped: (count: number) => `staff.phoneDesk: the ${count}-person desk left (only phone-desk has one)`,
  policyWindowsReplaced: (windows: string, to: string) => `policy by the hour (${windows}) → ${to} all day`,
  policyIsWindows: (path: string) =>
    `cannot set ${path}: the policy changes with the hour (a list of windows); set one window's field (policy[0].kind=…, policy[1].ringSec=…) or policy=KIND for one policy all day`,
  unknownPolicy: (name: string, kinds: readonly string[]) => `unknown policy ${shown(name)}: expected one of ${kinds.join(', ')}`,
  policyParameter: (kind: string) =>
    kind === 'phone-desk'
      ? 'phone-desk:K sets the desk size, a whole number ≥ 1'
      : kind === 'threshold'
        ? 'threshold:T sets maxWaitingVisitors, a whole number ≥ 0'
        : `${kind} takes no :parameter`,
};

/** `recepsim compare`. */
const compareText = {
  nothingToCompare: () =>
    'nothing to compare: give one scenario and --variant NAME:path=value for each variant, or two scenario files or more',
  variantsOfOneScenario: () => '--variant changes one scenario: give one scenario file with --variant, or several files without',
  duplicateLabel: (label: string) => `two variants are named ${shown(label)}: give each its own name`,
  seedsDiffer: () =>
    'the scenarios have different seeds, so they do not share their customers: differences are shown with unpaired (wider) intervals',
  replicationsDiffer: (paired: number) => `the scenarios have different numbers of replications: differences use the first ${paired} of each`,
  sameAs: (label: string, earlier: string) => `${shown(label)} simulates exactly what ${shown(earlier)} does: its changes change nothing`,
};

/** `recepsim sweep`. */
const sweepText = {
  deskUnused: () => '--desk changes nothing: no policy of the sweep has a phone desk (add --policy phone-desk)',
  policyByHourNeedsPolicy: (windows: string) =>
    `the scenario's policy changes with the hour (${windows}), and a sweep point holds one policy all day: expected --policy with the policies to try`,
  policyByHourReplaced: (windows: string) =>
    `the scenario's policy changes with the hour (${windows}); each point tries one policy all day instead`,
  advisorsExpected: () => 'a whole number of advisors, a range like 2..6 or a list like 2,3,5 (from 1 to 200, low to high)',
  deskExpected: () => 'a desk size, a range like 1..3 or a list like 1,2 (from 1 to 50, low to high)',
  policyExpected: (kinds: readonly string[]) => `policies separated by commas, each one of ${kinds.join(', ')} (threshold:T sets T) and each given once`,
  shardExpected: () => 'i/n with 1 ≤ i ≤ n, like 2/3',
  shardEmpty: (shard: string, total: number, unit: 'points' | 'searches') =>
    `--shard ${shard} runs nothing: the run has only ${total} ${unit === 'points' ? (total === 1 ? 'point' : 'points') : total === 1 ? 'search' : 'searches'} to share out (merge still takes this shard)`,
};

/** `recepsim size`. */
const sizeText = {
  maxAdvisorsExpected: () => 'a whole number of advisors from 1 to 200',
  initialRepsExpected: () => 'a whole number of at least 2',
  initialRepsCapped: (asked: number, most: number) =>
    `--first-reps ${asked} is more than a team may get (${most}, the scenario's replications or --reps): each team's first look is ${most}`,
};

/** What can differ between the runs of two shards. */
const RUN_PARTS = { scenarios: 'scenarios', seeds: 'seeds', days: 'days', replications: 'replications', grids: 'grids', teamLimits: 'policies or team limits' } as const;

/** `recepsim merge`. */
const mergeText = {
  notAFolder: (path: string) => `${shown(path)} is not a results folder (no such folder)`,
  notAShard: (path: string) => `${shown(path)} holds no sweep.json or size.json of a run with --shard`,
  shardIncomplete: (folder: string, file: string, resultFile: string) =>
    `${shown(folder)} has no ${file}, which its ${resultFile} lists: run that shard again`,
  unreadableShard: (file: string) => `${shown(file)} is not the JSON a sweep or size run with --shard writes: run that shard again`,
  wholeRun: (path: string) => `${shown(path)} is a whole run, not a shard: there is nothing to merge it with`,
  mixedKinds: () => 'the folders hold results of different commands (sweep and size): merge the shards of one run',
  differentCounts: (first: string, other: string) => `${shown(first)} and ${shown(other)} are shards of runs cut in different numbers of shards`,
  /** `what` differs between the shards' runs; `values`, when given, are the first's and the other's. */
  differentRuns: (first: string, other: string, what: keyof typeof RUN_PARTS, values?: readonly [unknown, unknown]) =>
    `${shown(first)} and ${shown(other)} are shards of different runs: their ${RUN_PARTS[what]} differ` +
    (values === undefined ? '' : ` (${shown(values[0])} and ${shown(values[1])})`),
  duplicateShard: (index: number, count: number, first: string, other: string) =>
    `shard ${index}/${count} is given twice: ${shown(first)} and ${shown(other)}`,
  missingShards: (missing: readonly number[], count: number) =>
    `missing ${missing.length === 1 ? 'shard' : 'shards'} ${missing.map((index) => `${index}/${count}`).join(', ')}: give every shard of the run`,
  nothingToMerge: () => 'expected the results folders of every shard of one sweep or size run',
  merged: (count: number, kind: string) => `merged ${count} shards of one ${kind} run`,
};

/**
 * yargs' own messages, as `updateStrings` takes them (keys are yargs' English texts). Help
 * headings are left out: the help is English throughout. "Unknown argument" is left out too: the
 * command line rewords it (cli.unknownFlag) from yargs' English.
 */
const yargsText = {
  strings: (): Record<string, string | { readonly one: string; readonly other: string }> => ({
    'Not enough non-option arguments: got %s, need at least %s': {
      one: 'Not enough non-option arguments: got %s, need at least %s',
      other: 'Not enough non-option arguments: got %s, need at least %s',
    },
    'Too many non-option arguments: got %s, maximum of %s': {
      one: 'Too many non-option arguments: got %s, maximum of %s',
      other: 'Too many non-option arguments: got %s, maximum of %s',
    },
    'Missing argument value: %s': { one: 'Missing argument value: %s', other: 'Missing argument values: %s' },
    'Missing required argument: %s': { one: 'Missing required argument: %s', other: 'Missing required arguments: %s' },
    'Invalid values:': 'Invalid values:',
    'Argument: %s, Given: %s, Choices: %s': 'Argument: %s, Given: %s, Choices: %s',
    'Argument check failed: %s': 'Argument check failed: %s',
    'Implications failed:': 'Missing dependent arguments:',
    'Not enough arguments following: %s': cli.valueMissing('--%s'),
    'Arguments %s and %s are mutually exclusive': 'Arguments %s and %s are mutually exclusive',
  }),
};

/** The English catalogue, whose type every language's catalogue has. */
export const messagesEn = {
  shown,
  crossCheck,
  warning,
  limits,
  validation,
  reading,
  override,
  csvInput,
  slotsCsv,
  outputFile,
  resultsInput,
  resultsFolder,
  runSize,
  fileSystem,
  cli,
  calibrate,
  calibrationText,
  erlangText,
  variantText,
  compareText,
  sweepText,
  sizeText,
  mergeText,
  yargsText,
};

/** A message catalogue: every group of messages, each a function of what the message names. */
export type Messages = typeof messagesEn;
