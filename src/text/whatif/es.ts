// Las palabras de la página «¿Y si…?» en español. Mismas claves que en.ts (el tipo lo impone).

import { shown, type NumberRule } from '../messages.js';
import { policiesEs } from '../policies/es.js';
import type { WhatIfText } from './en.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** Un número como lo pide una regla: "un número entero entre 0 y 50". */
function numberNoun(rule: NumberRule): string {
  const noun = rule.whole ? 'un número entero' : 'un número';
  if (rule.min !== undefined && rule.max !== undefined) return `${noun} entre ${rule.min} y ${rule.max}`;
  if (rule.min !== undefined) return `${noun} ≥ ${rule.min}`;
  if (rule.max !== undefined) return `${noun} ≤ ${rule.max}`;
  return noun;
}

/** Lo escrito, para «y hay …». */
function got(value: unknown): string {
  return value === undefined || value === '' ? 'nada' : shown(value);
}

/** The Spanish words of the what-if page. */
export const es: WhatIfText = {
  title: (scenario: string) => `¿Y si…? — ${scenario}`,
  heading: '¿Y si…?',
  lede:
    'Mueva un control y las cifras se actualizan a medida que llegan los días simulados. ' +
    'La referencia es el escenario tal como está escrito; cada variante lo cambia. ' +
    'Todas las columnas se simulan con los mismos clientes (misma semilla): las diferencias vienen de los cambios, no del azar.',
  language: 'Idioma',
  controls: {
    advisors: 'Asesores',
    policy: 'Cómo se atiende el teléfono',
    threshold: 'Los asesores cogen el teléfono mientras esperan como mucho estas visitas',
    deskSize: 'Personas en el puesto de teléfono',
    deskFrom: 'Puesto de teléfono desde',
    deskTo: 'Puesto de teléfono hasta',
    callVolume: 'Volumen de llamadas ×',
    walkInVolume: 'Volumen de visitas sin cita ×',
    perSlot: 'Citas por franja',
    callerPatienceSec: 'Paciencia de quien llama (media, segundos)',
    redialProbability: 'Probabilidad de volver a llamar',
    open: 'Apertura',
    close: 'Cierre',
  },
  hints: {
    advisors: 'mantiene los turnos del escenario: los asesores añadidos repiten sus turnos por orden',
    policy: '',
    threshold: '',
    deskSize: '',
    deskFrom: 'fuera de este horario nadie atiende el puesto',
    deskTo: '',
    callVolume: '1 = como en el escenario; 1,2 = un 20 % más de llamadas cada hora',
    walkInVolume: '1 = como en el escenario',
    perSlot: '',
    callerPatienceSec: 'cuánto esperan de media antes de colgar',
    redialProbability: 'tras un intento fallido',
    open: '',
    close: '',
  },
  /** The policies' menu: each policy's `menu` (src/text/policies/). */
  policies: policiesEs,
  notInScenario: 'no está en este escenario',
  groups: { team: 'Equipo y teléfono', demand: 'Demanda', callers: 'Quien llama', hours: 'Horario', run: 'Precisión (todas las columnas)' },
  seed: 'Semilla',
  seedHint: 'misma semilla, mismos clientes: cámbiela para ver otra muestra',
  days: 'Días laborables por réplica',
  replications: 'Réplicas',
  runHint: 'más réplicas: intervalos más estrechos, respuesta más lenta',
  baseline: 'Referencia',
  variant: (letter: string) => `Variante ${letter}`,
  editing: (name: string) => `Cambiando: ${name}`,
  variants: 'Variantes',
  addVariant: 'Añadir una variante',
  removeVariant: 'Quitar esta variante',
  resetVariant: 'Volver a la referencia',
  stepDown: (control: string) => `${control}: uno menos`,
  stepUp: (control: string) => `${control}: uno más`,
  downloadScenario: 'Descargar escenario (YAML)',
  downloadReport: 'Descargar informe (HTML)',
  downloadHint: 'el escenario se abre con «recepsim run», que da las mismas cifras con la misma semilla',
  headline: (name: string, verdict: string) => `${name}: ${verdict}`,
  figureColumn: 'cifra',
  chartsHeading: (name: string) => `Gráficos — ${name}`,
  progress: (done: number, total: number) => `${done} de ${total} ${plural(total, 'réplica', 'réplicas')}`,
  waiting: 'simulando…',
  stale: 'se muestran los últimos valores válidos',
  problemAt: (field: string, message: string) => (field === '' ? message : `${field}: ${message}`),
  workerFailed: (message: string) => `la simulación se detuvo por un error interno (un fallo: por favor, comuníquelo): ${message}`,
  noWorkers: 'este navegador no puede simular en segundo plano (no tiene Web Workers)',
  goalSeekHeading: '¿Qué equipo cumple los objetivos al menor coste neto?',
  goalSeekLede:
    'La misma búsqueda que «recepsim size», para la variante que se está cambiando (su política, volúmenes y horario): cada equipo se simula hasta que cada objetivo se cumple o se incumple con claridad, con las réplicas de abajo como máximo por equipo.',
  goalSeekRun: (name: string) => `Buscar el equipo para ${name}`,
  policyByTheHour: (windows: string) =>
    `el escenario cambia de política según la hora (${windows}): aquí se ve la primera; si la deja así, el escenario se simula tal como está escrito, y la política que elija en su lugar rige todo el día`,
  goalSeekByTheHour: (name: string) => `${name} cambia de política de teléfono según la hora: la búsqueda prueba una sola política todo el día, como «recepsim size».`,
  goalSeekSearching: (name: string, replications: number) => `buscando el equipo para ${name}… ${replications} ${plural(replications, 'réplica', 'réplicas')} por ahora`,
  goalSeekTeam: (advisors: number, desk: number) =>
    `${advisors} ${plural(advisors, 'asesor', 'asesores')}${desk > 0 ? ` y ${desk} en el puesto de teléfono` : ''}`,
  goalSeekAnswer: (name: string, team: string, netCost: string) => `${name}: con ${team} se cumplen todos los objetivos al menor coste neto, ${netCost} al día.`,
  goalSeekApply: (advisors: number) => `Usar ${advisors} ${plural(advisors, 'asesor', 'asesores')}`,
  goalSeekNone: (name: string, maxAdvisors: number) =>
    `${name}: ningún equipo de hasta ${maxAdvisors} asesores cumple todos los objetivos con un 95 % de confianza. Cambie la política, el puesto de teléfono o el horario, o rebaje los objetivos.`,
  goalSeekBinding: (team: string) => `Lo que impide un equipo más pequeño — con ${team}:`,
  goalSeekBindingAtLimit: (team: string) => `Sin cumplir aún con ${team}:`,
  goalSeekSmallest: (team: string) => `El equipo más pequeño que cumple todos los objetivos: ${team}.`,
  goalSeekCheapestAtAll: (team: string, netCost: string) => `Menor coste neto sin exigir los objetivos: ${team}, ${netCost} al día.`,
  goalSeekStale: (name: string) => `${name} ha cambiado desde esta respuesta: vuelva a buscar el equipo para los nuevos valores.`,
  goalSeekCurveCaption: 'Cifras clave según el tamaño del equipo, alrededor de la respuesta',
  goalSeekAxis: 'asesores',
  goalSeekSeries: (policy: string, desk: number) => (desk > 0 ? `${policy}, puesto de ${desk}` : policy),
  goalSeekTarget: (kind: 'atLeast' | 'atMost', bound: string) => `objetivo ${kind === 'atLeast' ? '≥' : '≤'} ${bound}`,
  goalSeekRecommended: (advisors: number) => `la respuesta: ${advisors}`,
  goalSeekTeamColumn: 'equipo',
  goalSeekVerdictColumn: 'todos los objetivos',
  differenceNote: (pairs: number) =>
    `Bajo cada variante, su diferencia con la base, emparejada réplica a réplica (los mismos clientes en ambas, ${pairs} ${plural(pairs, 'réplica', 'réplicas')}), con su intervalo del 95 %. «Real» cuando el intervalo excluye el 0; si no, la diferencia queda dentro del ruido.`,
  differenceMark: { better: 'mejora real', worse: 'empeora de verdad', noise: 'dentro del ruido' },
  percentagePoints: 'p. p.',
  callersLostPerDay: 'quienes llaman y se quedan sin atender, al día',
  callsAnsweredWithin: (threshold: string) => `llamadas atendidas en ${threshold}`,
  callMeanWait: 'llamadas: espera media',
  callersLostForGoodShare: 'parte de quienes llaman que se quedan sin atender',
  callsAbandoned: 'llamadas abandonadas (colgaron)',
  visitorMeanWait: 'visitas: espera media',
  visitorsAttendedWithin: (threshold: string) => `visitas atendidas en ${threshold}`,
  visitsInterrupted: 'visitas interrumpidas por una llamada',
  expectedNumber: (rule: NumberRule, value: unknown) => `se esperaba ${numberNoun(rule)} y hay ${got(value)}`,
  expectedClock: (value: unknown) => `se esperaba una hora "HH:MM" (24 horas) y hay ${got(value)}`,
  expectedChoice: (options: readonly string[], value: unknown) => `se esperaba una de ${options.map(shown).join(', ')} y hay ${got(value)}`,
  expectedSeed: (value: unknown) => `se esperaba un número o una palabra y hay ${got(value)}`,
  leavesOutHeading: 'Lo que el modelo deja fuera',
  leavesOut: [
    'Cada día simulado empieza vacío; las visitas que siguen dentro al cerrar se atienden, y nada pasa al día siguiente.',
    'Un cliente perdido se cuenta una vez, con las probabilidades de pérdida del escenario: nadie vuelve otro día por lo que pasó hoy.',
    'Los asesores son intercambiables y no van más lentos cuando hay mucho trabajo; no se modelan más especialidades que asesor, teléfono y recambios.',
    'El taller (puestos, técnicos, piezas) queda fuera: que un coche no esté listo al recogerlo es una probabilidad, no una consecuencia de la carga del taller.',
    'La demanda es la del escenario: una campaña, el tiempo o una llamada a revisión solo entran en el modelo con los controles de volumen.',
    'El dinero cuenta el tiempo del personal y el margen de los clientes que se espera que se vayan; la imagen, las reseñas y el tiempo del jefe no tienen precio aquí.',
  ],
};
