import { describe, expect, it } from 'vitest';
import { KEY_FIGURES } from '../../../src/analysis/key-figures.js';
import { POLICY_KINDS } from '../../../src/model/schema/policy.js';
import { en, type ReportText } from '../../../src/text/report/en.js';
import { es } from '../../../src/text/report/es.js';
import { languageOfLocale, reportLanguage, REPORT_LANGUAGES } from '../../../src/text/report/index.js';
import { planningTables } from '../../../src/text/planning.js';
import { es as whatIfEs } from '../../../src/text/whatif/es.js';
import { whatIfText } from '../../../src/text/whatif/index.js';

/** Every key path of a table, functions called with sample arguments to reach nested results. */
function keyPaths(node: unknown, path = ''): string[] {
  if (typeof node !== 'object' || node === null) return [path];
  return Object.entries(node).flatMap(([key, child]) => keyPaths(child, path === '' ? key : `${path}.${key}`));
}

describe('the report catalogue', () => {
  it('has the same keys in every language', () => {
    expect(keyPaths(es)).toEqual(keyPaths(en));
  });

  it('does not compile with a key missing', () => {
    const { title: _title, ...withoutTitle } = en;
    // @ts-expect-error a language without `title` is not a ReportText
    const incomplete: ReportText = withoutTitle;
    expect(Object.keys(incomplete)).not.toContain('title');
  });

  it('words every entry in every language, and Spanish differs from English', () => {
    const words = (table: ReportText) =>
      keyPaths(table).map((path) => {
        const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], table);
        return typeof value === 'function' ? String((value as (...args: unknown[]) => unknown)('X', 2, 1, 3)) : String(value);
      });
    const english = words(en);
    const spanish = words(es);
    for (const text of [...english, ...spanish]) expect(text).not.toMatch(/undefined|NaN/);
    const same = english.filter((text, i) => text === spanish[i] && /[a-z]{4}/.test(text));
    // Only identifiers and units may read the same (policy kinds are scenario words).
    expect(same).toEqual([]);
  });
});

describe('languageOfLocale', () => {
  it('reads the language of a POSIX locale', () => {
    expect(languageOfLocale('es_ES.UTF-8')).toBe('es');
    expect(languageOfLocale('en_GB')).toBe('en');
    expect(languageOfLocale('ES')).toBe('es');
    expect(languageOfLocale('C.UTF-8')).toBeNull();
    expect(languageOfLocale('fr_FR.UTF-8')).toBeNull();
    expect(languageOfLocale(undefined)).toBeNull();
  });
});

describe('reportLanguage', () => {
  it('formats numbers, clock times, weekdays and lists for its locale', () => {
    expect(REPORT_LANGUAGES).toEqual(['es', 'en']);
    const spanish = reportLanguage('es').numbers;
    expect(spanish.decimal(12345.678, 1)).toBe('12.345,7');
    expect(spanish.clock(8 * 60 + 5)).toBe('08:05');
    expect(spanish.clock(24 * 60)).toBe('24:00');
    expect(spanish.weekday('mon')).toBe('lunes');
    expect(spanish.list(['a', 'b', 'c'])).toBe('a, b y c');
    const english = reportLanguage('en').numbers;
    expect(english.decimal(12345.678, 1)).toBe('12,345.7');
    expect(english.weekday('sun')).toBe('Sunday');
    expect(english.list(['a', 'b'])).toBe('a and b');
  });
});

describe('the planning report catalogue', () => {
  it('names every key figure a comparison shows, differently in Spanish and English', () => {
    for (const { path } of KEY_FIGURES) {
      const english = en.planning.keyFigure(path, '20 s');
      const spanish = es.planning.keyFigure(path, '20 s');
      expect(english, path).not.toBe(path);
      expect(spanish, path).not.toBe(path);
      expect(spanish, path).not.toBe(english);
    }
  });

  it('does not call the callers left unserved "clientes" in Spanish: English says callers, and the customers lost per day are fewer (some come back)', () => {
    // Side by side on the what-if page, "clientes que se pierden al teléfono al día 4,50" read as
    // more than "clientes perdidos al día 3,87", the customers of every cause together.
    const callerLabels = [
      es.callersLostForGood,
      es.targetNames.callMaxLostForGood(),
      whatIfEs.callersLostPerDay,
      whatIfEs.callersLostForGoodShare,
      ...(['callers.lostForGoodShare', 'callers.lostPerDay.total'] as const).flatMap((path) => [
        es.planning.keyFigure(path, '20 s'),
        planningTables.es.figures.label(path, '20 s', '5 min'),
      ]),
    ];
    for (const label of callerLabels) expect(label).not.toMatch(/cliente/);
    expect(es.customersLostPerDay).toMatch(/clientes/);
  });

  it('promises doubling of the replications of size only when they can double (the first look is below the cap)', () => {
    // --reps 4 caps the first look of 10 at 4: "4 replications, doubled … up to 4" said something that cannot happen.
    for (const language of REPORT_LANGUAGES) {
      const { planning } = reportLanguage(language).text;
      const { size } = planningTables[language];
      expect(planning.runReplicationsSequential(4, 4, 3)).toBe('4 × 3');
      expect(planning.runReplicationsSequential(10, 100, 20)).toContain('100');
      expect(size.heading('S', 4, 4, 3, '7', null)).not.toMatch(/doubled|doblan/);
      expect(size.heading('S', 10, 100, 20, '7', null)).toMatch(/doubled while a target is too close to call, up to 100|que se doblan mientras un objetivo está demasiado ajustado, hasta 100/);
    }
  });

  it('writes counts in sentences as Intl does for the locale: 10,000 in English, 10.000 in Spanish', () => {
    // "100 réplicas × 10000 días" sat beside "100.000 llamadas/h" on the same Spanish screen.
    expect(en.title('S', 100, 10000)).toBe('S — 100 replications × 10,000 days');
    expect(es.title('S', 100, 10000)).toBe('S — 100 réplicas × 10.000 días');
    expect(planningTables.es.erlang.required('80,0 %', '20 s', null, 10000)).toContain('hasta 10.000 agentes');
    expect(planningTables.en.size.heading('S', 10, 10000, 20, '7', null)).toContain('up to 10,000;');
  });
});

describe('the words of every policy', () => {
  // The catalogue cannot import the model's list of policies: a policy registered without its
  // words would fall back to its code, or to another policy's sentence.
  it.each(REPORT_LANGUAGES)('%s: every registered policy has its own name, sentence, team sentence and menu entry', (code) => {
    const { text } = reportLanguage(code);
    // One entry per policy, whoever says it: the page's menu and the report read the same words.
    expect(whatIfText(code).policies).toBe(text.policies);
    for (const kind of POLICY_KINDS) {
      const words = text.policies[kind];
      expect(text.policySentence(kind, words.description), kind).toContain(kind);
      // English names a policy by its code; Spanish by its name.
      expect(text.policyName(kind) === kind, kind).toBe(code === 'en');
      expect(words.withTeam('3 X', 1, null), kind).toContain('3 X');
      expect(words.menu, kind).toMatch(/[a-z]{4}/);
    }
    const distinct = (words: (kind: (typeof POLICY_KINDS)[number]) => string) => new Set(POLICY_KINDS.map(words)).size;
    expect(distinct((kind) => text.policies[kind].description)).toBe(POLICY_KINDS.length);
    expect(distinct((kind) => text.policyName(kind))).toBe(POLICY_KINDS.length);
    expect(distinct((kind) => text.policies[kind].withTeam('3 X', 1, null))).toBe(POLICY_KINDS.length);
    expect(distinct((kind) => text.policies[kind].menu)).toBe(POLICY_KINDS.length);
  });
});

describe('percentage points', () => {
  it('are written the same in the terminal, the planning reports and the what-if page of each language', () => {
    for (const code of REPORT_LANGUAGES) {
      const written = [planningTables[code].figures.percentagePoints(), reportLanguage(code).text.planning.percentagePoints, whatIfText(code).percentagePoints];
      expect({ code, written }).toEqual({ code, written: Array(3).fill(written[0]) });
    }
  });
});
