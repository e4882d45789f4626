// The words of the planning commands' printed tables (erlang, compare, sweep, size, merge), in the
// report's language (planning-tables-en.ts, planning-tables-es.ts). Their messages (bad input,
// notes) are groups of the message catalogue (messages.ts).

import { planningTablesEn, type PlanningTablesText } from './planning-tables-en.js';
import { planningTablesEs } from './planning-tables-es.js';
import type { ReportLanguageCode } from './report/index.js';

/** The words of the planning commands' tables and recommendations, by language. */
export const planningTables: { readonly [Code in ReportLanguageCode]: PlanningTablesText } = { en: planningTablesEn, es: planningTablesEs };

/** The formula's line under `run`'s table, in the report's language. */
export const formulaText = {
  en: {
    line: (model: string, team: string, within: string, level: string, abandoned: string, simulatedLevel: string, simulatedAbandoned: string) =>
      `Formula for the calls alone (${model}, the ${team} on duty each hour): ${level} answered within ${within}, ${abandoned} abandoned; simulated: ${simulatedLevel}, ${simulatedAbandoned}.`,
    footnote: () =>
      'The simulation adds what the formula leaves out: visitors, interruptions, redials, breaks taken when a contact ends, the policy.',
    team: (team: 'advisors' | 'phoneDesk') => (team === 'advisors' ? 'advisors' : 'phone desk'),
    /** No formula applies, and why (the words of the planning tables' cell). */
    none: (why: string) => `Formula for the calls alone: none (${why}).`,
  },
  es: {
    line: (model: string, team: string, within: string, level: string, abandoned: string, simulatedLevel: string, simulatedAbandoned: string) =>
      `Fórmula para las llamadas solas (${model}, ${team} de servicio cada hora): ${level} atendidas en ${within}, ${abandoned} abandonadas; simulado: ${simulatedLevel}, ${simulatedAbandoned}.`,
    footnote: () =>
      'La simulación añade lo que la fórmula no ve: visitantes, interrupciones, rellamadas, pausas tomadas al acabar un contacto, la política.',
    team: (team: 'advisors' | 'phoneDesk') => (team === 'advisors' ? 'los asesores' : 'la centralita'),
    none: (why: string) => `Fórmula para las llamadas solas: ninguna (${why}).`,
  },
};
