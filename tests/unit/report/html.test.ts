import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../../src/report/charts/index.js';
import { renderReportHtml } from '../../../src/report/html.js';
import { targetStatus } from '../../../src/report/verdict.js';
import { reportLanguage } from '../../../src/text/report/index.js';
import { fixtureContext, fixtureScenario, fixtureSummary } from './fixture.js';

const { text } = reportLanguage('en');
const escaped = (s: string) => s.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;').replace(/"/g, '&#34;').replace(/'/g, '&#39;');

describe('renderReportHtml', () => {
  const summary = fixtureSummary();
  const base = fixtureContext();
  const context = { ...base, scenario: { ...base.scenario, name: 'Taller <Norte> & "Sur"' } };
  let html = '';

  beforeAll(async () => {
    html = await renderReportHtml(summary, context);
  });

  it('is one HTML page in the report language, with a title', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>recepsim report — Taller &#60;Norte&#62; &#38; &#34;Sur&#34;</title>');
  });

  it('is self-contained: no scripts, links, fonts or URLs but the SVG namespaces', () => {
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|@font-face|\ssrc=/i);
    const withoutNamespaces = html.replace(/\sxmlns(:\w+)?="http:\/\/www\.w3\.org\/[^"]*"/g, '');
    expect(withoutNamespaces).not.toMatch(/https?:\/\//);
    expect(withoutNamespaces).not.toMatch(/url\((?!#)/); // only references inside the page
  });

  it('escapes every text it prints', () => {
    expect(html).not.toContain('<Norte>');
    expect(html).toContain('<h1>Taller &#60;Norte&#62; &#38; &#34;Sur&#34;</h1>');
  });

  it('puts the verdict first: status of each target in colour, then the hours where targets fail', () => {
    const verdictAt = html.indexOf('<section class="verdict');
    expect(verdictAt).toBeGreaterThan(0);
    expect(verdictAt).toBeLessThan(html.indexOf('id="key-figures"'));
    for (const target of summary.targets) {
      const status = targetStatus(target);
      expect(html).toMatch(new RegExp(`<tr class="${status}"><td class="label">[^<]*</td>.*<span class="status ${status}">`));
    }
    // The worst status colours the box; the heat strip sits inside it.
    expect(html).toContain('<section class="verdict missed" id="verdict">');
    expect(html.indexOf('<figure id="target-hours"')).toBeLessThan(html.indexOf('id="key-figures"'));
  });

  it('has the key figures and every chart inline', () => {
    for (const section of ['calls', 'visitors', 'staff', 'money'] as const) {
      expect(html).toContain(`<h3>${text.sections[section]}</h3>`);
    }
    expect(html).not.toContain(`<h3>${text.sections.messages}</h3>`);
    for (const id of CHART_IDS) expect(html).toContain(`<figure id="${id}"`);
    expect(html.match(/<svg[\s>]/g)).toHaveLength(CHART_IDS.length);
  });

  it('lists the graded inputs, the usual estimates left ungraded, and how to reproduce the run', () => {
    expect(html).toContain('<code>calls.patience</code>');
    expect(html).toContain('Volie 25-million-call study');
    expect(html).toContain(`<tr class="assumption"><td class="label path"><code>economics.churnPerInterruption</code>`);
    expect(html).toContain(`C (${text.assumptionMark})`);
    // walkIns.patience is in the scenario and graded nowhere.
    expect(html).toContain(escaped(text.ungradedHeading));
    expect(html).toMatch(/<p>[^\n]*<code>walkIns\.patience<\/code>/);
    expect(html).toContain(`<code>recepsim run &#39;scenarios/medium dealership.yaml&#39; --reps 5 --days 20 --seed 42</code>`);
    expect(html).toContain('<td class="value">9.9.9</td>');
  });

  it('says what was changed from the file, under the title and in the run', async () => {
    const changed = await renderReportHtml(summary, fixtureContext({ changes: ['staff.advisors=4', 'policy.kind=divert'] }), []);
    expect(changed).toContain(`<p class="variant">${escaped(text.variant('staff.advisors=4, policy.kind=divert'))}</p>`);
    expect(changed).toContain('--set staff.advisors=4 --set policy.kind=divert');
  });

  it('explains the figures in a footnote', () => {
    for (const note of text.footnotes(5, 20)) expect(html).toContain(escaped(note));
  });

  it('has unique ids', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a print stylesheet for A4', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toMatch(/@media print \{[^]*break-inside: avoid/);
  });

  it('shows a note instead of the targets when none is set', async () => {
    const untargeted = await renderReportHtml({ ...summary, targets: [] }, context, []);
    expect(untargeted).toContain(escaped(text.noTargets));
    expect(untargeted).not.toContain('<table class="targets">');
  });

  it('says when the scenario grades nothing', async () => {
    const { sources: _sources, ...ungraded } = fixtureScenario();
    const plain = await renderReportHtml(summary, { ...context, scenario: ungraded }, []);
    expect(plain).toContain(escaped(text.noGrades));
  });

  it('is written in Spanish with the same numbers', async () => {
    const spanish = await renderReportHtml(summary, fixtureContext({ language: 'es' }), []);
    expect(spanish.startsWith('<!DOCTYPE html>\n<html lang="es">')).toBe(true);
    expect(spanish).toContain(escaped(reportLanguage('es').text.sections.verdict));
    expect(spanish).not.toContain(`>${text.sections.verdict}<`);
  });
});
