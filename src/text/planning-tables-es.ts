// Las palabras de la salida en terminal de los comandos de planificación (erlang, compare, sweep,
// size, merge) en español: las mismas claves que planning-tables-en.ts (su tipo es el de aquel:
// una clave que falte no compila). Los números llegan ya formateados.

import type { PlanningTablesText } from './planning-tables-en.js';

import { wholeCount } from './report/numbers.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** Counts in sentences, as Intl writes them for the locale. */
const whole = wholeCount('es-ES');

/** The Spanish words of the planning tables. */
export const planningTablesEs: PlanningTablesText = {
  erlang: {
    heading: (model: string, callsPerHour: string, ahtMin: string, patienceMin: string | null, load: string) =>
      `${model} — ${callsPerHour} llamadas/h, ${ahtMin} min por llamada${patienceMin === null ? '' : `, paciencia ${patienceMin} min`}: ` +
      `carga ofrecida ${load} Erlangs`,
    required: (serviceLevel: string, withinSec: string, agents: number | null, maxAgents: number) =>
      agents === null
        ? `objetivo ${serviceLevel} atendidas en ${withinSec}: ningún equipo de hasta ${whole(maxAgents)} agentes lo cumple`
        : `objetivo ${serviceLevel} atendidas en ${withinSec}: ${whole(agents)} ${plural(agents, 'agente', 'agentes')}`,
    columns: (withinSec: string) => ['agentes', 'esperan', 'espera media', `atendidas ≤ ${withinSec}`, 'abandonadas', 'bloqueadas', 'ocupación', 'objetivo'],
    unstable: () => 'saturado: la cola crece sin fin',
  },

  figures: {
    label: (path: string, callThreshold: string, visitorThreshold: string): string =>
      ({
        'calls.sl_answered_within_t_over_offered': `llamadas atendidas en ${callThreshold}`,
        'calls.p_abandon': 'llamadas abandonadas',
        'calls.mean_wait_all': 'espera media de las llamadas',
        'callers.lostForGoodShare': 'quienes llaman y se quedan sin atender',
        'callers.lostPerDay.total': 'quienes llaman y se quedan sin atender, al día',
        'visits.all.sl_attended_within_t_over_arrivals': `clientes en mostrador atendidos en ${visitorThreshold}`,
        'visits.all.mean_wait_all': 'espera media en mostrador',
        'visits.all.interruptedShare': 'visitas interrumpidas por una llamada',
        'money.customersLostPerDay.total': 'clientes perdidos al día',
        'money.staffCostPerDay.total': 'coste de personal al día',
        'money.lostMarginPerDay.total': 'margen perdido al día',
        'money.netCostPerDay': 'coste neto al día',
      })[path] ?? path,
    estimateLabel: (callThreshold: string) => `  fórmula, solo llamadas (en ${callThreshold})`,
    estimateModel: (model: string) => ({ 'erlang-a': 'Erlang A', 'erlang-c': 'Erlang C', 'mmc+ring-limit': 'M/M/c+límite de tonos' })[model] ?? model,
    noEstimate: (reason: string) =>
      ({
        'no-calls': 'sin llamadas',
        'patience-law': 'sin fórmula para esta ley de paciencia',
        overloaded: 'saturado',
        'nobody-answers': 'nadie contesta',
        'policy-by-hour': 'sin una fórmula única: la política cambia con la hora',
      })[reason] ?? reason,
    percentagePoints: () => 'p. p.',
    difference: (text: string, verdict: 'better' | 'worse' | 'noise') =>
      `${text} ${verdict === 'noise' ? '(dentro del ruido)' : verdict === 'better' ? '(mejor)' : '(peor)'}`,
    differenceRow: () => '  frente a la primera',
    targetsRow: () => 'todos los objetivos cumplidos (95 %)',
    yes: () => '✓ sí',
    no: () => '✗ no',
    notApplicable: () => '—',
  },

  compare: {
    heading: (scenario: string, replications: number, days: number, pairing: 'common-random-numbers' | 'independent', seed: string) =>
      `${scenario} — comparación en ${whole(replications)} réplicas × ${whole(days)} ${plural(days, 'día', 'días')}, semilla ${seed}\n` +
      (pairing === 'common-random-numbers'
        ? 'Todas las variantes vieron los mismos clientes; las diferencias con la primera se emparejan por réplica, con intervalos del 95 %.'
        : 'Las variantes tienen semillas distintas: las diferencias con la primera no están emparejadas, con intervalos del 95 %.'),
    notes: () => 'Qué hicieron los cambios:',
    formulaFootnote: () =>
      'fórmula: el resultado clásico de colas para las llamadas solas (llamadas nuevas, horas estables, quienes contestan de servicio); ' +
      'la simulación añade visitantes, interrupciones, rellamadas y la política.',
  },

  sweep: {
    heading: (scenario: string, replications: number, days: number, seed: string, shard: string | null) =>
      `${scenario} — barrido, ${whole(replications)} réplicas × ${whole(days)} ${plural(days, 'día', 'días')} por punto, semilla ${seed}` +
      (shard === null ? '' : `, parte ${shard}`) +
      '\nTodos los puntos vieron los mismos clientes; ✓ marca todos los objetivos cumplidos con un 95 % de confianza.',
    columns: () => ['punto', 'réplicas', 'objetivos'],
    invalid: () => 'no es un escenario válido',
    cheapestMeeting: (label: string | null) =>
      label === null
        ? 'Ningún punto cumple todos los objetivos con un 95 % de confianza.'
        : `El más barato que cumple todos los objetivos: ${label}.`,
    cheapest: (label: string | null) => (label === null ? '' : `Menor coste neto al día: ${label}.`),
    shardPart: (shard: string) =>
      `La parte ${shard} tiene solo una parte de la rejilla: qué punto es el más barato, y si alguno cumple todos los objetivos, lo dice recepsim merge de todas las partes.`,
    verdict: (verdict: 'meets' | 'fails' | 'borderline' | 'invalid') =>
      ({ meets: '✓ todos cumplidos', fails: '✗ incumplido', borderline: '~ en el límite', invalid: '— no válido' })[verdict],
    markCheapest: () => '◀ menor coste neto',
    markCheapestMeeting: () => '◀ el más barato que cumple todos los objetivos',
  },

  size: {
    heading: (scenario: string, initialReps: number, maxReps: number, days: number, seed: string, shard: string | null) =>
      `${scenario} — tamaño del equipo: el equipo más pequeño que cumple todos los objetivos con un 95 % de confianza, y el menor coste neto al día\n` +
      `Cada equipo recibe ${whole(initialReps)} réplicas × ${whole(days)} ${plural(days, 'día', 'días')}` +
      (initialReps < maxReps ? `, que se doblan mientras un objetivo está demasiado ajustado, hasta ${whole(maxReps)}` : '') +
      `; todos los equipos ven los mismos clientes (semilla ${seed})` +
      (shard === null ? '.' : `; parte ${shard}.`),
    columns: () => ['política', 'equipo más pequeño que cumple todos los objetivos', 'menor coste neto al día', 'fórmula'],
    people: (advisors: number, desk: number) => `${advisors} ${plural(advisors, 'asesor', 'asesores')}${desk > 0 ? ` + ${desk} en la centralita` : ''}`,
    noTeam: (maxAdvisors: number) => `ninguno hasta ${maxAdvisors} ${plural(maxAdvisors, 'asesor', 'asesores')}`,
    bindingHeading: () => 'Qué limita (los objetivos que un equipo más pequeño no cumple, o que el mayor equipo sigue sin cumplir):',
    bindingLine: (policy: string, none: boolean, at: string, targets: string) => `${policy}, ${none ? 'incluso' : 'con uno menos:'} ${at}: ${targets}`,
    bindingValue: (target: string, value: string, bound: string) => `${target} ${value} (objetivo ${bound})`,
    cheapest: (people: string, cost: string, meets: boolean) => `${people}: ${cost}${meets ? '' : ' (no cumple todos los objetivos)'}`,
    clearChoice: (clear: boolean) => (clear ? '' : ', dentro del ruido de un vecino'),
    formula: (start: number, forCalls: number | null, model: string | null) =>
      `inicio ${start}` + (forCalls === null ? '' : `; las llamadas solas necesitan ${forCalls} (${model ?? '—'})`),
    fewestPeople: (label: string | null) =>
      label === null
        ? 'Ningún equipo dentro de los límites cumple todos los objetivos con un 95 % de confianza.'
        : `Menos personas que cumplen todos los objetivos: ${label}.`,
    cheapestMeeting: (label: string | null) => (label === null ? '' : `El más barato que cumple todos los objetivos: ${label}.`),
    cheapestOverall: (label: string | null) => (label === null ? '' : `Menor coste neto al día: ${label}.`),
    shardPart: (shard: string) =>
      `La parte ${shard} tiene solo una parte de las búsquedas: qué política necesita menos personas, y qué equipo es el más barato de todos, lo dice recepsim merge de todas las partes.`,
    evaluated: () => 'Equipos evaluados:',
  },
};
