// Las palabras de los informes de planificación (size, sweep, compare) en español: las mismas
// claves que planning-en.ts (su tipo es el de aquel: una clave que falte no compila).

import type { PlanningText } from './planning-en.js';

import { wholeCount } from './numbers.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** Counts in sentences, as Intl writes them for the locale. */
const whole = wholeCount('es-ES');

/** Key figures' names, by their path in summary.json. */
const KEY_FIGURES_ES: Readonly<Record<string, (threshold: string) => string>> = {
  'calls.sl_answered_within_t_over_offered': (threshold: string) => `llamadas atendidas en ${threshold}`,
  'calls.p_abandon': () => 'llamadas abandonadas',
  'calls.mean_wait_all': () => 'espera media de las llamadas',
  'callers.lostForGoodShare': () => 'quienes llaman y se quedan sin atender',
  'callers.lostPerDay.total': () => 'quienes llaman y se quedan sin atender, al día',
  'money.customersLostPerDay.total': () => 'clientes perdidos al día',
  'visits.all.sl_attended_within_t_over_arrivals': (threshold: string) => `clientes en mostrador atendidos en ${threshold}`,
  'visits.all.mean_wait_all': () => 'espera media en mostrador',
  'visits.all.interruptedShare': () => 'visitas interrumpidas por una llamada',
  'money.staffCostPerDay.total': () => 'coste de personal al día',
  'money.lostMarginPerDay.total': () => 'margen perdido al día',
  'money.netCostPerDay': () => 'coste neto al día',
};

/** The Spanish words of planning reports. */
export const planningEs: PlanningText = {
  kinds: { size: 'Dimensionado del equipo', sweep: 'Barrido de equipos y políticas', compare: 'Comparación de variantes' },
  htmlTitle: (kind: string, scenario: string) => `${kind} — ${scenario} (recepsim)`,
  sections: {
    recommendation: 'Recomendación',
    policies: 'Equipo más pequeño y más barato por política',
    points: 'Todos los equipos evaluados',
    variants: 'Variantes',
    differences: 'Cifras clave y diferencias',
    charts: 'Gráficos',
  },

  factPolicies: (list: string) => `políticas ${list}`,
  factUpTo: (advisors: number) => `hasta ${advisors} ${plural(advisors, 'asesor', 'asesores')}`,
  factAdvisors: (list: string) => `asesores ${list}`,
  factReplicationsRange: (first: number, max: number, days: number) =>
    first === max
      ? `${whole(first)} réplicas × ${whole(days)} ${plural(days, 'día', 'días')} por equipo`
      : `de ${whole(first)} a ${whole(max)} réplicas × ${whole(days)} ${plural(days, 'día', 'días')} por equipo`,
  factReplications: (replications: number, days: number) => `${whole(replications)} réplicas × ${whole(days)} ${plural(days, 'día', 'días')}`,
  factSeed: (seed: string) => `semilla ${seed}`,
  factVariants: (count: number) => `${count} variantes`,

  pointLabel: (policy: string, advisors: string) => `${policy}, ${advisors}`,
  deskHours: (from: string, to: string) => `de ${from} a ${to}`,

  figureClause: {
    callServiceLevel: (value: string, threshold: string) => `el ${value} de las llamadas se atienden en ${threshold}`,
    callMaxAbandon: (value: string) => `el ${value} de las llamadas se abandonan`,
    callMaxLostForGood: (value: string) => `el ${value} de quienes llaman se quedan sin atender`,
    visitorServiceLevel: (value: string, threshold: string) => `el ${value} de los clientes en mostrador se atienden en ${threshold}`,
    visitorMaxInterruptedShare: (value: string) => `el ${value} de las visitas se interrumpen por una llamada`,
    visitorMaxMeanWaitMin: (value: string) => `los clientes esperan ${value} de media`,
  },

  recommend: (team: string, clauses: string) => `${capitalise(team)}, ${clauses}`,
  /** A figure's clause with its value now: "94% of calls are answered within 20 s (now 71%)". */
  clauseNow: (clause: string, now: string | null) => `${clause}${now === null ? '' : ` (ahora ${now})`}`,
  lostMargin: {
    down: (from: string, to: string) => `el margen perdido baja de ${from} a ${to} al día`,
    up: (from: string, to: string) => `el margen perdido sube de ${from} a ${to} al día`,
    same: (value: string) => `el margen perdido se queda en ${value} al día`,
  },
  staffCost: {
    more: (amount: string) => `por ${amount} más de coste de personal`,
    less: (amount: string) => `con ${amount} menos de coste de personal`,
    same: () => 'con el mismo coste de personal',
  },
  // With two figures already joined by «y», the money follows a semicolon.
  recommendSentence: (head: string, margin: string, staff: string, clauses: number) => `${head}${clauses > 1 ? ';' : ' y'} ${margin}, ${staff}.`,
  recommendNoNow: (head: string) => `${head}.`,
  meetsEveryCost: (count: number, cost: string) =>
    `${plural(count, 'Su objetivo se cumple', `Los ${count} objetivos se cumplen`)} con un 95 % de confianza; de los equipos que ${plural(count, 'lo', 'los')} cumplen es el de menor coste neto, ${cost} al día.`,
  bindingAtSmaller: (target: string, label: string, value: string, bound: string) =>
    `Lo que limita es ${target}: con un asesor menos (${label}) queda en ${value}, frente a un objetivo de ${bound}.`,
  noTeam: (limits: string) => `Ningún equipo dentro de los límites probados (${limits}) cumple todos los objetivos con un 95 % de confianza.`,
  noTeamLimits: (policies: string, advisors: string) => `${policies}; ${advisors}`,
  closest: (label: string, failing: string, count: number) => `El más cercano es ${label}, donde todavía ${plural(count, 'falla', 'fallan')} ${failing}.`,
  failingItem: (target: string, value: string, bound: string) => `${target} (${value}, objetivo ${bound})`,
  nowIs: (team: string, headline: string) => `Ahora, tal como está escrito (${team}): ${headline}`,
  nowAlreadyMeets: 'El escenario tal como está escrito ya cumple todos los objetivos.',
  cheapestMisses: (label: string, cost: string) => `El menor coste neto de los equipos probados, ${label} con ${cost} al día, no cumple todos los objetivos.`,
  nowCostsLess: (cost: string) => `El escenario tal como está escrito cuesta menos que cualquier equipo probado: ${cost} al día.`,
  otherPolicies: (list: string) => `Equipo más pequeño que cumple todos los objetivos, por política: ${list}.`,
  policySmallest: (policy: string, team: string | null, limit: string) => (team === null ? `${policy}: ninguno ${limit}` : `${policy}: ${team}`),
  upToLimit: (advisors: string) => `hasta ${advisors}`,
  noNow: 'Estos resultados no incluyen el escenario tal como está escrito (una carpeta de resultados anterior): no hay comparación con la situación actual.',

  compareCheapest: (variant: string, amount: string, reference: string, real: boolean) =>
    `${variant} tiene el menor coste neto: ${amount} menos al día que ${reference}${real ? ', más allá del ruido' : ', pero dentro del ruido'}.`,
  compareReferenceCheapest: (reference: string) => `Ninguna variante tiene un coste neto menor que ${reference}.`,
  compareVariant: (variant: string, better: string | null, worse: string | null, noise: string | null) =>
    `${variant}: ${[better === null ? null : `mejor más allá del ruido en ${better}`, worse === null ? null : `peor más allá del ruido en ${worse}`, noise === null ? null : `dentro del ruido en ${noise}`]
      .filter((part) => part !== null)
      .join('; ')}.`,
  compareTargetsMet: (variants: string) => `Cumplen todos los objetivos con un 95 % de confianza: ${variants}.`,
  compareTargetsNone: 'Ninguna variante cumple todos los objetivos con un 95 % de confianza.',
  compareIndependent: 'Las variantes se simularon con semillas distintas: las diferencias no están emparejadas y sus intervalos son más anchos.',
  comparePaired: (replications: number) =>
    `Las variantes se simularon con los mismos números aleatorios (${whole(replications)} réplicas): cada diferencia se empareja réplica a réplica, así que su intervalo es más estrecho de lo que sugieren los intervalos de las dos cifras.`,
  differenceItem: (figure: string, difference: string) => `${figure} ${difference}`,
  columnDifference: (reference: string) => `diferencia con ${reference}`,
  real: 'efecto real',
  noise: 'ruido',
  reference: 'referencia',

  columnPolicy: 'política',
  columnSmallest: 'equipo más pequeño que cumple todo',
  columnCheapest: 'menor coste neto',
  columnBinding: 'lo que limita',
  columnTeam: 'equipo',
  columnReplications: 'réplicas',
  columnTargets: 'objetivos',
  columnFigure: 'cifra clave',
  noneUpTo: (advisors: string) => `ninguno hasta ${advisors}`,
  bindingAtLimit: (label: string) => `incluso ${label}: `,
  bindingBelow: (label: string) => `uno menos (${label}): `,
  verdicts: { meets: '✓ todos cumplidos', fails: '✗ incumplido', borderline: '~ en el límite', invalid: 'escenario no válido' },
  recommendedMark: 'recomendado',
  nowMark: 'ahora',

  /** A key figure's name, by its path in summary.json (the path itself for one unknown here). */
  keyFigure: (path: string, threshold: string) => (KEY_FIGURES_ES[path]?.(threshold) ?? path),
  percentagePoints: 'p. p.',

  chartTitles: {
    'team-size': 'Cifras clave según el tamaño del equipo, por política',
    'money-curve': 'Dinero según el tamaño del equipo: coste de personal, margen perdido y coste neto al día',
    'paired-differences': (reference: string) => `Diferencias con ${reference}, con sus intervalos del 95 % emparejados`,
  },
  axisAdvisors: 'asesores',
  targetLine: (bound: string) => `objetivo ${bound}`,
  recommendedLabel: (label: string) => `recomendado: ${label}`,
  moneyMeasures: { staff: 'coste de personal', lost: 'margen perdido', net: 'coste neto' },
  legendDifference: { real: 'más allá del ruido', noise: 'dentro del ruido' },

  runCommand: 'orden',
  runCommonChanges: 'cambios a todos los equipos',
  runReplicationsPlanning: 'réplicas × días laborables',
  runReplicationsSequential: (first: number, max: number, days: number) =>
    first < max
      ? `${whole(first)} por equipo al principio, duplicadas mientras un objetivo está demasiado ajustado, hasta ${whole(max)}; × ${whole(days)} ${plural(days, 'día', 'días')}`
      : `${whole(first)} × ${whole(days)}`,
  footnotes: [
    'Todos los equipos se simulan con los mismos números aleatorios (los mismos clientes, llamadas y duraciones): las diferencias entre equipos son de los equipos, no de la suerte.',
    'Un equipo cumple los objetivos cuando el intervalo del 95 % de cada objetivo queda entero del lado bueno; el equipo recomendado es, entre esos, el de menor coste neto (coste de personal + margen perdido).',
    '«Ahora» es el escenario tal como está escrito (con los cambios a todos los equipos), simulado con los mismos números aleatorios.',
  ],

  csv: {
    point: 'punto',
    policy: 'política',
    advisors: 'asesores',
    desk: 'puesto_teléfono',
    replications: 'réplicas',
    verdict: 'veredicto',
    target: (name: string) => `objetivo.${name}`,
    figure: 'cifra',
    unit: 'unidad',
    variant: 'variante',
    value: 'valor',
    low: 'ic95_inf',
    high: 'ic95_sup',
    lowOf: (column: string) => `${column}.ic95_inf`,
    highOf: (column: string) => `${column}.ic95_sup`,
    difference: 'diferencia',
    differenceLow: 'diferencia_ic95_inf',
    differenceHigh: 'diferencia_ic95_sup',
    differenceReal: 'diferencia_real',
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
