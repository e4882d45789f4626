// Las palabras de cada política de teléfono en español, una entrada por tipo: las mismas claves
// que en.ts (el tipo lo impone: un tipo de política que falte aquí no compila).

import type { PoliciesText } from './en.js';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** Every policy's words in Spanish, by kind; the name is the one tables, titles and charts use (the code, answer-all…, stays for the file, JSON and CSV). */
export const policiesEs: PoliciesText = {
  'answer-all': {
    name: 'atender todas',
    description: 'los asesores cogen todas las llamadas e interrumpen visitas',
    withTeam: (advisors: string) => `con ${advisors} que atienden todas las llamadas`,
    menu: 'se cogen todas las llamadas (interrumpiendo visitas)',
  },
  'divert': {
    name: 'desviar',
    description: 'solo cogen los asesores libres; las demás llamadas se desvían',
    withTeam: (advisors: string) => `con ${advisors} y las llamadas que no coge un asesor libre desviadas`,
    menu: 'solo cogen los asesores libres',
  },
  'phone-desk': {
    name: 'centralita',
    description: 'un puesto de teléfono coge las llamadas, los asesores atienden visitas',
    withTeam: (advisors: string, desk: number, deskHours: string | null) =>
      `con ${advisors} y un puesto de teléfono de ${desk} ${plural(desk, 'persona', 'personas')}${deskHours === null ? '' : ` ${deskHours}`}`,
    menu: 'un puesto de teléfono coge las llamadas',
  },
  'threshold': {
    name: 'umbral',
    description: 'los asesores cogen el teléfono mientras esperan pocas visitas',
    withTeam: (advisors: string) => `con ${advisors} que atienden el teléfono mientras esperan pocos clientes`,
    menu: 'los asesores cogen mientras esperan pocas visitas',
  },
};
