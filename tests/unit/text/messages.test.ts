// The message catalogue in every language: the same groups and messages (the type holds it; this
// checks it at run time too), each worded in full with sample arguments, Spanish not a copy of
// English, and the functions callers use following the language of messages.

import { afterEach, describe, expect, it } from 'vitest';
import { crossCheck, messageLanguage, messagesIn, setMessageLanguage, shown, type Messages } from '../../../src/text/messages.js';
import { REPORT_LANGUAGES } from '../../../src/text/report/index.js';
import { planningTables } from '../../../src/text/planning.js';
import { LOGGED_CALL_STATUSES } from '../../../src/model/observed.js';

type Group = Exclude<keyof Messages, 'shown' | 'yargsText'>;
type AnyMessage = (...args: never[]) => unknown;

const INTERVAL = { value: 0.31, low: 0.27, high: 0.35 };
const INTERVAL_SEC = { value: 95, low: 80, high: 112 };
const DURATION = { fit: { count: 850, mean: { value: 250, low: 240, high: 262 }, cv: { value: 0.52, low: 0.49, high: 0.56 } }, ks: 0.031, ksCritical: 0.047, medianSec: 210, p90Sec: 480, }

/** Arguments for every message (typed: a message added without samples here does not compile). */
const SAMPLES: { readonly [G in Group]: { readonly [K in keyof Messages[G]]: Messages[G][K] extends (...args: infer A) => unknown ? A : never } } = {
  crossCheck: {
    closeNotAfterOpen: ['08:00', '19:00'],
    rangeNotIncreasing: ['13:00-12:00'],
    shiftNotIncreasing: ['13:00', '14:00'],
    breakOutsideShift: ['13:00-12:00'],
    breaksOverlap: ['13:00-12:00', 'part2'],
    breaksFillShift: ['13:00', '14:00'],
    sharesDoNotSumToOne: [1.05],
    duplicateWeekday: ['sat'],
    duplicateReasonName: ['booking'],
    noAdvisors: [],
    advisorsDoNotCover: ['13:00'],
    overflowEmpty: [],
    windowOutsideOpening: ['13:00', '14:00'],
    phoneDeskWithoutDesk: [],
    policyWindowsInSteadyState: [],
    policyWindowNotIncreasing: ['13:00', '14:00'],
    policyWindowsStart: ['13:00', '08:00'],
    policyWindowsEnd: ['14:00', '19:00'],
    policyWindowsGap: ['14:00', '13:00'],
    policyWindowsOverlap: ['13:00', '14:00'],
    voicemailMissing: [],
    overflowMissing: [],
    partsLineMissing: ['permission denied'],
    pickupsWithoutDropOffs: [],
    windowNotIncreasing: ['13:00', '14:00'],
    noDemand: [],
    slotsEmpty: ['13:00', '14:00'],
    bookingOutsideOpening: ['07:30'],
    steadyNeedsConstantRate: [],
    steadyNeedsHeadcount: [],
    steadyUnsupported: ['calls'],
    warmupNotShorter: [10, 2.5],
    sourceNamesNoField: ['results/x'],
    dayCannotEmpty: [2, 7, 40],
  },
  warning: {
    breaksLeaveNobody: ['advisors', '13:00', '14:00'],
    shiftOutsideOpening: ['advisors', '19:00–21:00', '08:00', '18:00'],
    visitorsOutsideOpening: ['07'],
    callsOutsideOpening: ['07', true],
    constantCallsOutsideOpening: ['08:00', '18:00', false],
    overflowUnused: ['voicemail'],
    unansweredWithoutRingLimit: ['voicemail'],
    ignoredInSteadyState: ['calls.patience'],
    factorOutsideWeek: ['sat', ['mon', 'tue']],
    targetsWithoutContacts: ['visitors'],
    partsLineIdle: [],
    deskWithoutPolicy: ['divert'],
    deskWithoutDeskWindow: [['answer-all', 'divert']],
    redialNever: [],
    redialOneAttempt: [],
    interruptChoiceUnused: [],
    everyBookingNoShow: [],
    steadyOverload: [{ calls: 2.5, walkIns: 0.4, messages: 0.1 }, 2, 'everyone'],
    visitsRunIntoNextDay: ['mon', 108, 1, 24],
    noArrivals: ['calls'],
    noArrivalsInWeek: ['walkIns', ['mon', 'tue']],
  },
  limits: {
    people: [200],
    arrivalsPerHour: [200],
    days: [200],
    replicationsNeeded: [2],
    fewReplications: [2],
    replications: [200],
    steadyHours: [200],
    slotSpacingMin: [1],
    bookingsPerSlot: [200],
    bookingsPerDay: [200],
  },
  validation: {
    expected: ['a number', 'abc'],
    expectedEither: [['a number', 'a list'], 'abc'],
    oneOf: [['answer-all', 'divert'], 'abc'],
    missing: [],
    missingOneOf: [['answer-all', 'divert']],
    unknownField: ['balkAtt', ['perHour', 'writeUp'], '--reps'],
    ruleGot: ['expected a clock time', 'abc'],
    number: [{ whole: true, min: 0, max: 50 }],
    text: [],
    nonEmptyText: [],
    textOfLength: [true, 5],
    boolean: [],
    list: [],
    listOfAtLeast: [3],
    listOfAtMost: [3],
    object: [],
    objectWith: [['dist', 'mean']],
    nullValue: [],
    orNull: ['a number'],
    kind: ['booking'],
    matching: ['^\\d+$'],
    format: ['booking'],
    multipleOf: [5],
    sized: ['a number', true, 5],
    values: [['answer-all', 'divert']],
    invalid: [],
    clockTimeRule: [],
    timeRangeRule: [],
    hourKeyRule: [],
    negativeDuration: [],
    distributionOrder: ['divert', 'min', 5, 'max', 2],
    triangularMode: [1, 200, 9],
    normalTruncation: [0.000001, 6.4, 10, 3.2e-7, '[5, 6]'],
  },
  reading: {
    cannotRead: ['booking', 'permission denied'],
    noSuchFile: [],
    isAFolder: [],
    isAPipe: [],
    permissionDenied: [],
    noFileAccess: [],
    unsupportedExtension: ['booking'],
    invalidYaml: ['bad indentation'],
    multipleDocuments: [],
    yamlWarning: ['bad indentation'],
    utf16: [],
    notUtf8: [4, 12, 233],
    looksBinary: [],
    tooLarge: [3500000, 2000000000],
  },
  override: {
    source: ['--reps'],
    malformed: [],
    notAList: ['staff.advisors', ['fecha', 'hora']],
    notAnObject: ['staff.advisors', ['fecha', 'hora']],
    indexOutOfRange: [2, 3],
    unchanged: [],
    shadowed: ['--set "a=1"', '--set "a=2"'],
  },
  csvInput: {
    binary: [],
    spreadsheet: [],
    empty: [],
    noRows: [],
    invalidCsv: ['bad indentation'],
    missingColumn: [['time', 'date'], ['estado', 'status'], ['fecha', 'hora']],
    ambiguousColumn: ['calls.patience', 'part1', 'Hora fin'],
    unknownColumn: ['booking', ['perHour', 'writeUp']],
    duplicateColumn: ['booking'],
    sameNameColumns: ['Estado', 3, 4],
    mapSource: ['--reps'],
    mapMalformed: [],
    mapUnknownField: ['calls.patience', ['time', 'date']],
    mapUnknownColumn: ['hora', ['fecha', 'hora']],
    mapFieldTwice: ['talk', '--map "Duración=talk"'],
    mapColumnTwice: ['Duración', 'talk', '--map "Duración=talk"'],
    tooManyValues: [2, 5],
    inColumn: ['hora', 'expected a number'],
    badCell: ['a date', '612345678901'],
    date: [],
    clockTime: [],
    dateTime: [],
    noDate: [],
    duration: [],
    nonNegativeDuration: [],
    durationWithinADay: [],
    notBefore: ['arrival'],
    wholeAtLeastOne: [],
    value: [],
    oneOf: [['answer-all', 'divert']],
    rowsSkipped: ['calls.csv', 12, 5210, 10],
    allLeftOut: [['12 outgoing or internal calls']],
    noUsableRows: ['calls.csv', 5210],
    unusedColumns: [['notas', 'agente']],
  },
  slotsCsv: {
    missingHeader: ['fecha;hora'],
    unknownColumn: ['booking'],
    tooManyValues: [2, 5],
    badTime: ['9h'],
    badCount: ['9h'],
    noBookings: [],
    invalidCsv: ['bad indentation'],
    besideFile: ['balkAtt'],
  },
  outputFile: {
    exists: ['results/x'],
    cannotWrite: ['results/x', 'permission denied'],
    noFolder: ['results'],
    notHere: [],
  },
  resultsInput: {
    notAFolder: ['results/x'],
    noSuchFolder: ['results/x'],
    missingFile: ['booking'],
    notJson: ['bad indentation'],
    notAnObject: [],
    summaryMissing: ['results/x'],
    summaryUnexpected: ['calls.p_abandon', 'a number'],
    summaryKind: ['object'],
    summaryList: [3],
    differentRuns: ['Small', 'Other'],
    rewrote: ['results/x'],
    shardFolder: ['results/x'],
    planningFile: ['unexpected'],
  },
  resultsFolder: {
    exists: ['results/x'],
    emptyPath: [],
    insideAFile: ['results/x', 'calls.csv'],
    cannotCreate: ['results/x', 'permission denied'],
    cannotWrite: ['results/x', 'permission denied'],
  },
  runSize: {
    long: [3400000000, 2.5, 2],
    memory: [9000000000, 2000000000],
    trace: [3000000000, 2000000000],
    endless: [],
  },
  fileSystem: {
    readOnly: [],
    noSpace: [],
    quota: [],
    notAFolder: [],
    noSuchFolder: [],
    tooLarge: [],
    nameTooLong: [],
    ioError: [],
    closed: [],
    other: ['EBUSY'],
  },
  cli: {
    usage: ['expected a number'],
    bug: ['bad indentation'],
    badFlag: ['--reps', 'a whole number', 'abc'],
    missingFlag: ['--advisors', 'a whole number'],
    wrote: ['results/x'],
    wroteFile: ['results/x'],
    warningsHeader: [3],
    progress: [3, 40],
    whatIfServing: ['Small dealership', 'http://127.0.0.1:8080/'],
    whatIfStop: [],
    whatIfExported: ['results/x'],
    whatIfNotBuilt: ['results/x'],
    exportExists: ['results/x'],
    exportNotHtml: ['results/x'],
    valueMissing: ['--set'],
    repeatedFlag: ['--reps', ['answer-all', 'divert']],
    cannotWriteStdout: ['permission denied'],
    workersWithTrace: [],
    interrupted: ['SIGINT'],
    moreProblems: [19950],
    oneOf: [['answer-all', 'divert']],
    seedExpected: [],
    folderExpected: [],
    portExpected: [],
    callLogFlagUnused: [],
    portUnavailable: [8080, 'another program is using it'],
    portInUse: [],
    portWithExport: [],
    htmlFileExpected: [],
    redialWindowExpected: [],
    queueExpected: [],
    numberExpected: [true, 1, 64],
    noCommand: [],
    notesHeader: [],
    unknownCommand: ['booking', '--reps'],
    unexpectedArgument: ['rep'],
    unknownFlag: ['--reps', '--reps'],
    missingArguments: ['import', ['what the file is', 'a CSV file'], 'import <kind> <file>'],
    dashNotAccepted: ['run <scenario>', 'input', 'a scenario file'],
    expectedScenarioFile: [],
    expectedScenarioFiles: [],
    expectedResultsFolder: [],
    expectedShardFolders: [],
    expectedErlangModel: [['b', 'c', 'a']],
    expectedImportKind: [['calls', 'appointments', 'visits']],
    expectedCsvFile: [],
    expectedFileName: [],
  },
  calibrate: {
    needsAFile: [],
    yamlOut: [],
    notTheScenario: [],
    mapNeedsKind: [['answer-all', 'divert']],
    mapForAGivenFile: [['answer-all', 'divert']],
    invalidResult: ['calibrated.yaml'],
    changesHeader: ['13:00', '14:00'],
    change: ['calls.patience', '9h'],
    removed: [],
    perDay: [40, 2.5],
  },
  calibrationText: {
    evidence: ['calls.csv', '2024-03-04', '2024-04-26', 40, '5210 call attempts'],
    attempts: [5210],
    bookings: [5210],
    visits: [5210],
    from: ['calls.csv', '2024-03-04', '2024-04-26'],
    interval: [INTERVAL, (value: number) => Math.round(value * 100) / 100],
    callsSource: ['calls.csv', '2024-03-04', '2024-04-26', 40, [8, 8, 8, 8, 8, 0, 0]],
    rowsRead: [5210, 12, ['12 outgoing or internal calls']],
    leftOutOutgoing: [5210],
    leftOutQueues: [5210, 'taller'],
    callOutcomes: [5210, { answered: 900, abandoned: 100 }],
    observedService: [0.83, 35],
    freshDemand: [INTERVAL, 4100, 800, 5210, 120],
    unknownCallers: [120, 5210],
    outOfOrder: [3],
    perHourNote: ['13:00', 40],
    hourRate: [INTERVAL, 3.25],
    weekdaysWithoutData: ['calls', ['sat']],
    weekdayFactorNote: [],
    shapeFits: [41.2, 24, 0.0004],
    shapeGap: ['mon', 7, 7.1, 6.2],
    shapeApproximated: ['calls', 41.2, 24, 0.0004, ['mon 09h 7.10/h observed, 6.20/h here']],
    notEstimated: ['calls.patience', 'too few'],
    noColumns: [['time', 'date']],
    noneOfKind: ['walkIn', 40],
    bookSource: ['calls.csv', '2024-03-04', '2024-04-26', 40, [8, 8, 8, 8, 8, 0, 0]],
    cancelledBookings: [3],
    bookingsRead: [1520, 12],
    averageBook: ['13:00', 40, ['08:00 2', '08:30 1']],
    bookRounded: [14, 6.4],
    bookByWeekday: [['mon 14', 'sat 6']],
    punctualityFit: [5210, INTERVAL, 0.62, 0.031, 0.043],
    visitsSource: ['calls.csv', '2024-03-04', '2024-04-26', 40, [8, 8, 8, 8, 8, 0, 0]],
    visitsRead: [{ dropOff: 120, walkIn: 40, pickup: 110 }, { dropOff: 240, walkIn: 600, pickup: 150 }],
    serviceIncludesInterruptions: [],
    walkInsPerHourNote: ['13:00', 40],
    pickupShareFit: [INTERVAL],
    pickupShareCapped: [1.4],
    pickupWindowNote: ['13:00'],
    pickupWindowClamped: ['13:00', '14:00'],
    noColumn: ['calls.patience'],
    tooFew: [3],
    allReasons: [],
    singleReason: ['13:00'],
    talkTimes: [],
    serviceTimes: ['dropOff'],
    handlingFit: ['a number', DURATION],
    reasonsScaled: [4, 1.125],
    reasonsScaledNote: [4, 1.125, 4.2, '13:00'],
    noAbandonments: [300, 36000],
    patienceFit: [12, 36000, INTERVAL_SEC],
    kaplanMeier: [[{ sec: 30, stillWaiting: 0.8 }, { sec: 180, stillWaiting: 0.3 }], 95, 0.041, 90],
    noRedialsFound: [340, 120, 0.009],
    noCallerNumbers: [],
    tooFewFailures: [340, 120],
    keptFromScenario: [],
    delayNotExponential: [120],
    redialFit: [800, 340, 120, INTERVAL, 0.02],
    redialByAttempt: [[INTERVAL, INTERVAL]],
    delayFit: [INTERVAL_SEC, 95, 400],
    noCapSeen: [5],
    capSeen: [3],
  },
  erlangText: {
    modelName: ['a'],
    modelMeaning: ['a'],
    patienceNeeded: [],
    patienceIgnored: ['a'],
    targetExpected: [],
    loadTooLarge: [],
    serviceLevelExpected: [],
    finiteLoadExpected: [],
    sumTooLong: [1, 1.7e10, 2e7],
  },
  variantText: {
    asWritten: [],
    malformed: [],
    emptyLabel: [],
    teamResized: ['results/x', 3, 2, '2 × 08:00–19:00'],
    shift: ['13:00', '14:00', ['13:00-14:00']],
    teamCounted: ['results/x', 3, 4],
    relativeNeedsCount: ['results/x', ['fecha', 'hora']],
    relativeBelowZero: ['results/x', 3],
    relativeValue: [],
    policySwitched: ['13:00', '14:00', ['policy.maxWaitingVisitors'], ['policy.ringSec']],
    deskSet: [3],
    deskDropped: [3],
    policyWindowsReplaced: ['phone-desk 08:00–11:00, answer-all 11:00–19:00', '14:00'],
    policyIsWindows: ['results/x'],
    unknownPolicy: ['booking', ['answer-all', 'divert']],
    policyParameter: ['divert'],
  },
  compareText: {
    nothingToCompare: [],
    variantsOfOneScenario: [],
    duplicateLabel: ['two desks'],
    seedsDiffer: [],
    sameAs: ['again', 'as written'],
    replicationsDiffer: [20],
  },
  sweepText: {
    deskUnused: [],
    policyByHourNeedsPolicy: ['phone-desk 08:00–11:00, answer-all 11:00–19:00'],
    policyByHourReplaced: ['phone-desk 08:00–11:00, answer-all 11:00–19:00'],
    advisorsExpected: [],
    deskExpected: [],
    shardEmpty: ['5/5', 1, 'points'],
    policyExpected: [['answer-all', 'divert']],
    shardExpected: [],
  },
  sizeText: {
    maxAdvisorsExpected: [],
    initialRepsExpected: [],
    initialRepsCapped: [500, 100],
  },
  mergeText: {
    notAFolder: ['results/x'],
    notAShard: ['results/x'],
    unreadableShard: ['results/x/sweep.json'],
    shardIncomplete: ['results/x', 'points/answer-all-2-advisors/summary.json', 'sweep.json'],
    wholeRun: ['results/x'],
    mixedKinds: [],
    differentCounts: ['part1', 'part2'],
    differentRuns: ['part1', 'part2', 'scenarios'],
    duplicateShard: [2, 3, 'part1', 'part2'],
    missingShards: [[2, 3], 3],
    nothingToMerge: [],
    merged: [3, 'divert'],
  },
};

/** Every message of a catalogue, worded with its samples, by "group.key". */
function worded(messages: Messages): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [group, byKey] of Object.entries(SAMPLES)) {
    for (const [key, args] of Object.entries(byKey as Record<string, unknown[]>)) {
      const message = (messages[group as Group] as unknown as Record<string, AnyMessage>)[key];
      texts.set(`${group}.${key}`, String(message(...(args as never[]))));
    }
  }
  for (const value of ['x'.repeat(150), undefined, [1, 2, 3, 4, 5], { a: 1 }, 1.5]) texts.set(`shown(${JSON.stringify(value)?.slice(0, 10)})`, messages.shown(value));
  return texts;
}

/** Messages that read the same in every language: syntax, names and numbers, no words. */
const LANGUAGE_NEUTRAL = new Set([
  'validation.nullValue',
  'override.source',
  'csvInput.mapSource',
  'calibrate.change',
  'erlangText.modelName',
  'shown(1.5)',
]);

/** Group → message keys, sorted. */
const shape = (messages: Messages) =>
  Object.fromEntries(Object.entries(messages).map(([group, byKey]) => [group, typeof byKey === 'function' ? 'function' : Object.keys(byKey).sort()]));

describe('the message catalogues', () => {
  afterEach(() => setMessageLanguage('en'));

  it('have the same groups and messages in every language, all of them sampled here', () => {
    for (const code of REPORT_LANGUAGES) expect(shape(messagesIn(code)), code).toEqual(shape(messagesIn('en')));
    const sampled = Object.fromEntries(Object.entries(SAMPLES).map(([group, byKey]) => [group, Object.keys(byKey).sort()]));
    const { shown: _shown, yargsText: _yargs, ...groups } = shape(messagesIn('en'));
    expect(sampled).toEqual(groups);
  });

  it('does not compile with a message missing in a language', () => {
    const { noAdvisors: _noAdvisors, ...withoutOne } = messagesIn('es').crossCheck;
    // @ts-expect-error a catalogue without crossCheck.noAdvisors is not a Messages['crossCheck']
    const incomplete: Messages['crossCheck'] = withoutOne;
    expect(Object.keys(incomplete)).not.toContain('noAdvisors');
  });

  it('word every message in full in every language, and Spanish is no copy of English', () => {
    const english = worded(messagesIn('en'));
    const spanish = worded(messagesIn('es'));
    for (const [name, text] of [...english, ...spanish]) {
      expect(text.trim(), name).not.toBe('');
      expect(text, name).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
    const copied = [...english].filter(([name, text]) => spanish.get(name) === text).map(([name]) => name);
    expect(copied.sort()).toEqual([...LANGUAGE_NEUTRAL].sort());
  });

  it("translates every yargs message the command line lets through, and keeps yargs' keys", () => {
    const english = messagesIn('en').yargsText.strings();
    const spanish = messagesIn('es').yargsText.strings();
    expect(Object.keys(spanish)).toEqual(Object.keys(english));
    for (const key of Object.keys(english)) {
      expect(typeof spanish[key], key).toBe(typeof english[key]);
      expect(JSON.stringify(spanish[key]), key).not.toBe(JSON.stringify(english[key]));
      // Each %s of yargs' text is kept, so its values still land in the sentence.
      for (const text of typeof spanish[key] === 'string' ? [spanish[key]] : Object.values(spanish[key])) {
        expect((text as string).split('%s').length, key).toBe(key.split('%s').length);
      }
    }
  });

  it('writes numbers it states the Spanish way, and quotes what the user wrote as written', () => {
    const es = messagesIn('es');
    expect(es.reading.tooLarge(3_500_000, 2e9)).toContain('3,5 MB');
    expect(es.csvInput.rowsSkipped('calls.csv', 12_345, 54_321, 10)).toMatch(/^12\.345 de 54\.321 filas/);
    expect(es.runSize.long(3.4e9, 2.5, 2)).toContain('unos 3,4 mil millones de eventos, unas 2,5 horas con 2 hilos');
    expect(es.validation.expected(es.validation.number({ min: 0, max: 1 }), 1.4)).toBe('se esperaba un número entre 0 y 1, y hay 1.4');
    expect(es.validation.expected(es.validation.text(), undefined)).toBe('se esperaba un texto, y no hay nada');
    // Large counts by Intl in each language, never as 1.7e+10.
    expect(es.erlangText.sumTooLong(9998, 1.7e10, 2e7)).toContain('con 9998 agentes esperan');
    expect(es.erlangText.sumTooLong(9998, 1.7e10, 2e7)).toContain('unos 17.000.000.000 estados de la cola (como mucho 20.000.000)');
    expect(messagesIn('en').erlangText.sumTooLong(9998, 1.7e10, 2e7)).toContain('with 9,998 agents');
    expect(messagesIn('en').erlangText.sumTooLong(9998, 1.7e10, 2e7)).toContain('about 17,000,000,000 queue states (at most 20,000,000)');
  });

  it("counts one advisor in the singular in size's table ('--max-advisors 1')", () => {
    expect(planningTables.en.size.noTeam(1)).toBe('none up to 1 advisor');
    expect(planningTables.es.size.noTeam(1)).toBe('ninguno hasta 1 asesor');
    expect(planningTables.es.size.noTeam(8)).toBe('ninguno hasta 8 asesores');
  });

  it("words an import's counts and outcomes in the fragment's language, one as one, and rounds alike in both", () => {
    const [en, es] = [messagesIn('en').calibrationText, messagesIn('es').calibrationText];
    expect(en.callsSource('one.csv', '2025-03-28', '2025-03-28', 1, [0, 0, 0, 0, 1, 0, 0])).toContain('1 day with calls');
    expect(es.callsSource('one.csv', '2025-03-28', '2025-03-28', 1, [0, 0, 0, 0, 1, 0, 0])).toContain('1 día con llamadas');
    expect(en.rowsRead(1, 0, [])).toBe('1 row used');
    expect(es.rowsRead(1, 0, [])).toBe('1 fila usada');
    expect(en.freshDemand(INTERVAL, 1, 0, 1, 120)).toContain('0 of 1 attempt (0.0 %) were redials within 120 min of a failed attempt, so 1 was fresh');
    expect(en.tooFewFailures(1, 120)).toMatch(/^1 failed attempt and/);
    expect(es.visitsRead({ dropOff: 1, walkIn: 0, pickup: 2 }, { dropOff: 60, walkIn: NaN, pickup: 30 })).toBe(
      'visitas: 1 entrega con cita (esperó 60 s), 0 visitas sin cita, 2 recogidas (esperaron 30 s de media)',
    );
    // Every status a call log can give is named in Spanish, none left as its English code.
    const byStatus = Object.fromEntries(LOGGED_CALL_STATUSES.map((status) => [status, 1]));
    const spanish = es.callOutcomes(5, byStatus);
    for (const status of LOGGED_CALL_STATUSES) expect(spanish).not.toMatch(new RegExp(`\\b${status}\\b`));
    expect(spanish).toContain('contestadas 1 (20,0 %)');
    // 10.975 calls an hour: toFixed would write 10.97 in English beside 10,98 in Spanish.
    expect(en.hourRate({ value: 10, low: 9.665, high: 11.775 }, 10.975)).toBe('9.67–11.78; all attempts 10.98');
    expect(es.hourRate({ value: 10, low: 9.665, high: 11.775 }, 10.975)).toBe('9,67–11,78; todos los intentos 10,98');
  });

  it('follows the language of messages, English unless told', () => {
    expect(messageLanguage()).toBe('en');
    expect(crossCheck.noAdvisors()).toBe(messagesIn('en').crossCheck.noAdvisors());
    setMessageLanguage('es');
    expect(crossCheck.noAdvisors()).toBe(messagesIn('es').crossCheck.noAdvisors());
    expect(shown(undefined)).toBe('nada');
    setMessageLanguage('en');
    expect(shown(undefined)).toBe('nothing');
  });
});
