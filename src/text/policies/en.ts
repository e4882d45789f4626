// Each phone policy's words in English, one entry per kind: every word a report, a planning
// report or the what-if page says about that policy. Spanish (es.ts) has the same kinds: its
// type is this table's, so a kind missing there does not compile. The catalogue cannot import
// the model's list of kinds; src/report/context.ts checks every kind has its entry.

/** One policy's words in one language. */
export interface PolicyWords {
  /** As tables, titles and charts name it; English keeps the code the file and --policy use. */
  readonly name: string;
  /** What it does, after its name in the report's assumptions. */
  readonly description: string;
  /**
   * The team in a sentence of the recommendation: "with 4 advisors answering every call". `desk`
   * (people) and `deskHours` (null: all day, or shifts that differ) matter only to a policy with
   * a phone desk.
   */
  readonly withTeam: (advisors: string, desk: number, deskHours: string | null) => string;
  /** Its entry in the what-if page's menu. */
  readonly menu: string;
}

/** Every policy's words in English, by kind. */
export const policiesEn = {
  'answer-all': {
    name: 'answer-all',
    description: 'advisors answer every call, interrupting visits',
    withTeam: (advisors: string) => `with ${advisors} answering every call`,
    menu: 'answer every call (interrupting visits)',
  },
  'divert': {
    name: 'divert',
    description: 'only free advisors answer; unanswered calls are diverted',
    withTeam: (advisors: string) => `with ${advisors} and the calls no free advisor takes diverted`,
    menu: 'only free advisors answer',
  },
  'phone-desk': {
    name: 'phone-desk',
    description: 'a phone desk answers calls, advisors serve visitors',
    withTeam: (advisors: string, desk: number, deskHours: string | null) =>
      `with ${advisors} and a ${desk}-person phone desk${deskHours === null ? '' : ` from ${deskHours}`}`,
    menu: 'a phone desk answers',
  },
  'threshold': {
    name: 'threshold',
    description: 'advisors answer while few visitors wait',
    withTeam: (advisors: string) => `with ${advisors} answering calls while few visitors wait`,
    menu: 'advisors answer while few visitors wait',
  },
} satisfies { readonly [kind: string]: PolicyWords };

/** Every policy's words in one language: every language has exactly English's kinds. */
export type PoliciesText = typeof policiesEn;
