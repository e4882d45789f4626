import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildReport, charts, CHART_IDS, renderSummaryTable } from '../../../src/report/index.js';
import { reportLanguage } from '../../../src/text/report/index.js';
import { fixtureContext, fixtureSummary } from './fixture.js';

/** Every number written in a text, as a number: "1,074.5" (English) or "1.074,5" (Spanish). */
function numbersIn(text: string, language: 'en' | 'es'): number[] {
  const [group, decimal] = language === 'en' ? [',', '.'] : ['.', ','];
  const pattern = language === 'en' ? /\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?/g : /\d{1,3}(\.\d{3})+(,\d+)?|\d+(,\d+)?/g;
  return [...text.matchAll(pattern)].map((m) => Number(m[0].split(group).join('').replace(decimal, '.')));
}

/** Numbers in the cells of the HTML tables and the verdict's sentences. */
function htmlNumbers(html: string, language: 'en' | 'es'): number[] {
  const cells = [...html.matchAll(/<td class="(?:num|ci)">([^<]*)<\/td>|<p(?: class="headline")?>([^<]*)<\/p>/g)];
  return cells.flatMap((m) => numbersIn(m[1] ?? m[2], language));
}

/** The data values of a Vega-Lite spec with their texts left out (labels differ by language). */
function numericData(spec: unknown): unknown[] {
  const found: unknown[] = [];
  JSON.stringify(spec, (key, value: unknown) => {
    if (key === 'values' && Array.isArray(value)) {
      for (const row of value) found.push(Object.fromEntries(Object.entries(row as object).filter(([, v]) => typeof v !== 'string')));
    }
    return value;
  });
  return found;
}

describe('buildReport', () => {
  it('returns the files of a run, the same bytes every time', async () => {
    const first = await buildReport(fixtureSummary(), fixtureContext());
    const second = await buildReport(fixtureSummary(), fixtureContext());
    expect(Object.keys(first)).toEqual([
      'summary.csv',
      'hourly.csv',
      ...CHART_IDS.flatMap((id) => [`charts/${id}.vl.json`, `charts/${id}.svg`]),
      'report.html',
    ]);
    expect(second).toEqual(first);
    for (const id of CHART_IDS) {
      const spec = charts[id].spec(fixtureSummary(), reportLanguage('en'));
      expect(JSON.parse(first[`charts/${id}.vl.json`])).toEqual(JSON.parse(JSON.stringify(spec)));
      // The page shows the very SVG written beside it.
      expect(first['report.html']).toContain(first[`charts/${id}.svg`]);
    }
  });

  it('collects chart warnings instead of printing them', async () => {
    const warnings: string[] = [];
    await buildReport(fixtureSummary({ messages: true }), fixtureContext(), { warnings });
    expect(warnings).toEqual([]);
  });

  it('writes CSV for Spanish Excel with a Spanish report, unless told otherwise', async () => {
    const spanish = await buildReport(fixtureSummary(), fixtureContext({ language: 'es' }));
    expect(spanish['summary.csv'].startsWith('\ufeffsección;métrica;unidad;valor;')).toBe(true);
    const scripts = await buildReport(fixtureSummary(), fixtureContext({ language: 'es' }), { csvLocale: 'en' });
    expect(scripts['summary.csv'].startsWith('sección,métrica,unidad,valor,')).toBe(true);
  });

  it('gives Spanish and English reports with the same numbers', async () => {
    const summary = fixtureSummary();
    const en = await buildReport(summary, fixtureContext({ language: 'en' }), { csvLocale: 'en' });
    const es = await buildReport(summary, fixtureContext({ language: 'es' }), { csvLocale: 'es' });
    // The terminal table and the HTML tables and verdict.
    const tableEn = numbersIn(renderSummaryTable(summary, fixtureContext({ language: 'en' })), 'en');
    expect(tableEn.length).toBeGreaterThan(150);
    expect(numbersIn(renderSummaryTable(summary, fixtureContext({ language: 'es' })), 'es')).toEqual(tableEn);
    expect(htmlNumbers(es['report.html'], 'es')).toEqual(htmlNumbers(en['report.html'], 'en'));
    // The CSV files, cell by cell, once the dialect is read.
    for (const name of ['summary.csv', 'hourly.csv']) {
      const rowsEn = parse(en[name], { delimiter: ',' }) as string[][];
      const rowsEs = parse(es[name], { delimiter: ';', bom: true }) as string[][];
      expect(rowsEs.length, name).toBe(rowsEn.length);
      // Identifiers (section, metric) are the same; units are worded; numbers read back equal.
      const numeric = (rows: string[][]) =>
        rows.slice(1).map((row) => row.filter((cell) => /^-?\d[\d.,]*(e[+-]?\d+)?$/.test(cell)).map((cell) => Number(cell.replace(',', '.'))));
      expect(numeric(rowsEs), name).toEqual(numeric(rowsEn));
      if (name === 'summary.csv') expect(rowsEs.map((row) => row[1]), name).toEqual(rowsEn.map((row) => row[1]).map((m, i) => (i === 0 ? 'métrica' : m)));
    }
    // The charts' data.
    for (const id of CHART_IDS) {
      expect(numericData(JSON.parse(es[`charts/${id}.vl.json`])), id).toEqual(numericData(JSON.parse(en[`charts/${id}.vl.json`])));
    }
  });
});
