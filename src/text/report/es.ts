// Las palabras de los informes en español: la tabla del terminal, el informe HTML, los gráficos y
// las cabeceras de los CSV. Mismas claves que en.ts (el tipo lo impone: una clave que falte aquí
// no compila); los números llegan ya formateados (numbers.ts).

import type { PoliciesText } from '../policies/en.js';
import { policiesEs } from '../policies/es.js';
import { planningEs } from './planning-es.js';

import type { ReportText } from './en.js';
import { wholeCount } from './numbers.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** Counts in sentences, as Intl writes them for the locale. */
const whole = wholeCount('es-ES');

/** A policy's Spanish name; a kind this version does not know (a folder written by another) keeps its code. */
const nameOf = (kind: string) => policiesEs[kind as keyof PoliciesText]?.name ?? kind;

/** The Spanish words of a report. */
export const es: ReportText = {
  title: (scenario: string, replications: number, days: number) =>
    `${scenario} — ${whole(replications)} ${plural(replications, 'réplica', 'réplicas')} × ${whole(days)} ${plural(days, 'día', 'días')}`,
  facts: (policy: string, staff: string, seed: string) => `política ${policy} · ${staff} · semilla ${seed}`,
  variant: (changes: string) => `con cambios: ${changes}`,
  staffTeam: {
    advisors: (count: number) => `${count} ${plural(count, 'asesor', 'asesores')}`,
    phoneDesk: (count: number) => `${count} en el teléfono`,
    parts: (count: number) => `${count} en la línea de recambios`,
    overflow: (count: number) => `${count} ${plural(count, 'agente externo', 'agentes externos')}`,
  },
  sections: {
    verdict: 'Veredicto',
    calls: 'Llamadas',
    callbacks: 'Llamadas por devolver',
    messages: 'Mensajes',
    visitors: 'Visitas',
    staff: 'Personal',
    money: 'Dinero',
    targets: 'Objetivos',
    keyFigures: 'Cifras clave',
    charts: 'Gráficos',
    assumptions: 'Supuestos y ejecución',
    about: 'Sobre estas cifras',
  },
  visitorKinds: { appointment: 'con cita', walkIn: 'sin cita', pickup: 'recogidas', all: 'todas' },
  teams: { advisors: 'asesores', phoneDesk: 'teléfono', parts: 'recambios', overflow: 'externo' },
  activities: {
    visit: 'atendiendo visitas',
    call: 'al teléfono',
    callback: 'devolviendo llamadas',
    message: 'respondiendo mensajes',
  },
  causes: { callersLost: 'llamadas sin atender', walkInsLost: 'visitas sin cita que se fueron', interruptions: 'visitas interrumpidas' },
  segments: { simple: 'trabajos simples', forced: 'trabajos cautivos' },
  queues: {
    visitors: 'visitas esperando',
    calls: 'llamadas en espera',
    callbacks: 'llamadas por devolver',
    messages: 'mensajes sin responder',
  },
  policyName: (kind, size) => {
    const name = nameOf(kind);
    if (size === undefined) return name;
    return kind === 'threshold' ? `${name} de ${size} ${plural(size, 'visita', 'visitas')}` : `${name} de ${size}`;
  },
  policies: policiesEs,
  // Con el código que usan el fichero y --policy, para quien lo busque allí.
  policySentence: (code, description) => `${nameOf(code)} (${code}): ${description}`,

  offeredPerDay: 'recibidas al día',
  whileClosedPerDay: 'con la recepción cerrada, al día',
  answeredWithin: (threshold: string) => `atendidas en ${threshold} ÷ recibidas`,
  abandoned: 'abandonadas (colgaron)',
  meanWait: 'espera media',
  p90Wait: 'espera p90',
  redialsPerCaller: 'rellamadas por cliente',
  callersLostForGood: 'quienes llaman y se quedan sin atender',
  callbacksPerDay: 'creadas al día',
  returnedSameDay: 'devueltas el mismo día',
  meanDelay: 'demora media',
  p90Delay: 'demora p90',
  messagesPerDay: 'recibidos al día',
  answeredSameDay: 'respondidos el mismo día',
  answeredWithinTarget: (target: string) => `respondidos en ${target}`,
  meanReply: 'tiempo medio de respuesta',
  p90Reply: 'tiempo de respuesta p90',
  arrivalsPerDay: 'llegadas al día',
  attendedWithin: (threshold: string) => `atendidas en ${threshold}`,
  visitorsLost: 'perdidas (no esperaron o se fueron)',
  interrupted: 'interrumpidas por una llamada',
  holdPerVisit: 'en espera por visita',
  utilisation: 'ocupación',
  overtimePerDay: 'horas extra al día',
  onCallsVisitorOnHold: '  de ello, con su cliente en espera',
  staffCostPerDay: 'coste de personal al día',
  lostMarginPerDay: 'margen perdido al día',
  customersLostPerDay: 'clientes perdidos al día',
  netCostPerDay: 'coste neto al día',

  targetNames: {
    callServiceLevel: (threshold: string) => `llamadas atendidas en ${threshold}`,
    callMaxAbandon: () => 'llamadas abandonadas',
    callMaxLostForGood: () => 'quienes llaman y se quedan sin atender',
    visitorServiceLevel: (threshold: string) => `visitas atendidas en ${threshold}`,
    visitorMaxInterruptedShare: () => 'visitas interrumpidas',
    visitorMaxMeanWaitMin: () => 'espera media de las visitas',
  },
  atLeast: (target: string) => `≥ ${target}`,
  atMost: (target: string) => `≤ ${target}`,
  atLeastWords: (target: string) => `un mínimo de ${target}`,
  atMostWords: (target: string) => `un máximo de ${target}`,
  statuses: {
    met: '✓ cumplido',
    borderline: '~ en el límite',
    missed: '✗ incumplido',
    notApplicable: '– no aplica',
  },
  statusLegend: {
    met: 'cumplido: todo el intervalo del 95 % está del lado bueno',
    borderline: 'en el límite: el intervalo del 95 % abarca el objetivo',
    missed: 'incumplido: todo el intervalo del 95 % está del lado malo',
    notApplicable: 'no aplica: no hay nada que medir',
  },
  columnTarget: 'objetivo',
  columnValue: 'valor',
  columnStatus: 'veredicto',
  noTargets: 'El escenario no fija objetivos: añada objetivos para obtener un veredicto.',
  verdictHeadline: (missed: number, borderline: number, met: number, total: number) => {
    if (missed === 0 && borderline === 0) return met === 1 ? 'Se cumple el objetivo.' : `Se cumplen los ${met} objetivos.`;
    // La primera cuenta dice qué se cuenta: «1 de 2 objetivos en el límite, 1 cumplido», nunca «1 en el límite, 1 cumplido».
    const ofTotal = (count: number) => `${count} de ${total} ${plural(total, 'objetivo', 'objetivos')}`;
    const parts: string[] = [];
    if (missed > 0) parts.push(`${ofTotal(missed)} ${plural(missed, 'incumplido', 'incumplidos')}`);
    if (borderline > 0) parts.push(`${parts.length === 0 ? ofTotal(borderline) : borderline} en el límite`);
    if (met > 0) parts.push(`${met} ${plural(met, 'cumplido', 'cumplidos')}`);
    return `${parts.join(', ')}.`;
  },
  allNotApplicable: 'Ningún objetivo tiene nada que medir en este escenario.',
  binding: (target: string, value: string, bound: string) =>
    `El objetivo más lejos de cumplirse es el de ${target}: ${value} frente a ${bound}.`,
  tightest: (target: string, value: string, bound: string) =>
    `El objetivo más cerca de incumplirse es el de ${target}: ${value} frente a ${bound}.`,
  failsAtHours: (hours: string, worstHour: string, worstValue: string) =>
    `Por hora de llegada falla ${hours}; lo peor, ${worstHour} (${worstValue}).`,
  failsEveryHour: (hours: string, worstHour: string, worstValue: string) =>
    `Por hora de llegada falla en todas las horas con actividad (${hours}); lo peor, ${worstHour} (${worstValue}).`,
  holdsEveryHour: 'Por hora de llegada se cumple en todas las horas con actividad.',
  holdsEveryHourBorderline: (hours: string) => `Por hora de llegada se cumple en todas las horas con actividad, aunque en el límite ${hours}.`,
  noHourly: 'No hay cifra por horas para él.',
  alsoFailing: (targets: string) => `Tampoco se cumplen con un 95 % de confianza: ${targets}.`,
  otherTarget: (target: string, value: string, status: 'missed' | 'borderline') => `${target} (${value}, ${status === 'missed' ? 'incumplido' : 'en el límite'})`,
  hourRange: (from: string, to: string) => `de ${from} a ${to}`,

  chartTitles: {
    'target-hours': 'Dónde fallan los objetivos, hora a hora',
    'waits-by-hour': 'Esperas por hora de llegada',
    'queue-by-hour': 'Cola por hora del día',
    'service-level-by-hour': 'Nivel de servicio por hora de llegada',
    'utilisation': 'Tiempo del personal por actividad',
    'lost-customers': 'Adónde se fueron los clientes perdidos',
  },
  axisHourOfArrival: 'hora de llegada',
  axisHourOfDay: 'hora del día',
  axisMeanWait: 'espera media, con su intervalo del 95 %',
  callsWaitPanel: 'llamadas (segundos)',
  visitorsWaitPanel: 'visitas (minutos)',
  axisMeanWaiting: 'número medio esperando, con su intervalo del 95 %',
  axisShareOfTime: 'parte del tiempo de servicio sin descansos',
  axisServiceLevel: 'nivel de servicio (%)',
  callsAnsweredWithin: (threshold: string) => `llamadas atendidas en ${threshold}`,
  visitorsAttendedWithin: (threshold: string) => `visitas atendidas en ${threshold}`,
  targetRule: (bound: string) => `objetivo ${bound}`,
  customersPanel: 'clientes que se van a otro taller al día',
  marginPanel: 'margen perdido al día',
  legendActivity: 'actividad',
  legendStatus: 'veredicto',
  noData: 'nada que mostrar: sin actividad',

  htmlTitle: (scenario: string) => `informe de recepsim — ${scenario}`,
  factPolicy: 'política',
  factStaff: 'personal',
  factRuns: 'réplicas × días',
  factSeed: 'semilla',
  warningsHeading: 'Avisos sobre el escenario',
  warningsIntro: 'El escenario se simuló tal como está escrito, pero quizá no como se pretendía. Cada aviso indica su lugar en el fichero (o la opción que lo causó).',
  estimatesHeading: 'Datos de entrada que son estimaciones',
  estimatesIntro:
    'Calificación como en el fichero del escenario: A estudio o cliente misterioso con muestra declarada; B prensa del sector o consultora; ' +
    'C afirmación de un proveedor o supuesto. Un resultado que depende de un dato C merece otra ejecución con ese dato cambiado.',
  columnInput: 'dato',
  columnGrade: 'calificación',
  columnSource: 'fuente',
  assumptionMark: 'supuesto',
  ungradedHeading: 'Sin calificar: estimaciones salvo que se hayan medido en este concesionario',
  noGrades: 'El escenario no califica ninguno de sus datos (añada una sección sources para decir de dónde sale cada cifra).',
  runHeading: 'La ejecución',
  runScenario: 'escenario',
  runFile: 'fichero del escenario',
  runChanges: 'cambios sobre el fichero',
  runNoChanges: 'ninguno',
  runOpening: 'horario de apertura',
  runWeek: 'semana laboral',
  runSteadyState: (hours: string, warmup: string) =>
    `régimen estacionario: ${hours} h por réplica, ${warmup} h de calentamiento descartadas`,
  runPolicy: 'política de teléfono',
  runStaff: 'personal',
  runShift: (from: string, to: string, breaks: string) => (breaks === '' ? `${from}–${to}` : `${from}–${to} (descanso ${breaks})`),
  runAllDay: (team: string) => `${team}, todo el horario`,
  runReplications: 'réplicas × días laborables',
  runSeed: 'semilla',
  runVersion: 'versión de recepsim',
  runReproduce: 'para reproducirlo',
  runSameBytes:
    'El mismo escenario, con los mismos cambios y la misma semilla, da las mismas cifras, byte a byte, en cualquier máquina y con cualquier número de hilos.',
  footnotes: (replications: number, days: number) => [
    `Cada cifra se estima con ${whole(replications)} réplicas independientes de ${whole(days)} ${plural(days, 'día laborable', 'días laborables')}; ` +
      '«± h» es la semiamplitud de su intervalo de confianza del 95 % entre réplicas.',
    'Nivel de servicio de llamadas = intentos atendidos dentro del umbral ÷ intentos recibidos: ' +
      'una llamada abandonada cuenta como un fallo, no como una llamada que no existió. ' +
      'Las visitas atendidas dentro del umbral se cuentan sobre todas las llegadas, así que las que se van también cuentan como fallos.',
    'Las proporciones y las medias son agregadas: totales de todas las réplicas divididos entre totales, no medias de proporciones diarias. ' +
      'Los recuentos por día son medias del recuento diario de cada réplica.',
    'p90 es la espera que no superó el 90 % de los contactos (con un margen del 0,5 %). ' +
      'El margen perdido cuenta los clientes que se espera que se vayan a otro taller tras un contacto perdido o una visita interrumpida; ' +
      'coste neto = coste de personal + margen perdido.',
    'Un objetivo se cumple cuando todo su intervalo del 95 % está del lado bueno, se incumple cuando todo el intervalo está del lado malo, ' +
      'y está en el límite cuando el intervalo lo abarca: más réplicas lo decidirían.',
  ],

  unitMinutes: 'min',
  unitSeconds: 's',
  unitHours: 'h',
  plusMinus: (halfWidth: string) => `± ${halfWidth}`,
  /** A positive value too small to show at the decimals shown: "< 0.01". */
  below: (value: string) => `< ${value}`,
  noValue: '—',

  csv: {
    section: 'sección',
    metric: 'métrica',
    unit: 'unidad',
    value: 'valor',
    low: 'ic95_inf',
    high: 'ic95_sup',
    hour: 'hora',
    lowOf: (column: string) => `${column}.ic95_inf`,
    highOf: (column: string) => `${column}.ic95_sup`,
  },
  /** The planning reports (size, sweep, compare): planning-es.ts. */
  planning: planningEs,
  csvUnits: {
    minutes: 'min',
    seconds: 's',
    share: 'proporción',
    perDay: 'al_día',
    minutesPerDay: 'min_al_día',
    minutesPerVisit: 'min_por_visita',
    moneyPerDay: (currency: string) => `${currency}_al_día`,
    money: (currency: string) => currency,
    people: 'personas',
    perCaller: 'por_cliente',
    perVisit: 'por_visita',
    count: 'cantidad',
    text: '',
    flag: 'verdadero_falso',
  },
};
