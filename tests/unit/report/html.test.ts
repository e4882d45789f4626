import { beforeAll, describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../../src/report/charts/index.js';
import { renderReportHtml } from '../../../src/report/html.js';
import { report } from '../../../src/text/messages.js';
import { fixtureContext, fixtureSummary } from './fixture.js';

describe('renderReportHtml', () => {
  const summary = fixtureSummary();
  const context = { ...fixtureContext(), scenarioName: 'Taller <Norte> & "Sur"' };
  let html = '';

  beforeAll(async () => {
    html = await renderReportHtml(summary, context);
  });

  it('is one HTML page with a title', () => {
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

  it('has the scenario facts, the targets box, the key figures and every chart inline', () => {
    expect(html).toContain(`<dd>${context.policyKind}</dd>`);
    expect(html).toContain(`<dd>${context.staffDescription}</dd>`);
    expect(html).toContain('<dd>5 × 20</dd>');
    expect(html).toContain('<dd>42</dd>');
    for (const target of summary.targets) {
      const verdict = target.met ? (target.metWithConfidence ? 'met' : 'unsure') : 'missed';
      expect(html).toMatch(new RegExp(`<tr class="${verdict}"><td class="label">[^<]*</td>`));
    }
    for (const section of ['calls', 'visitors', 'staff', 'money'] as const) {
      expect(html).toContain(`<h3>${report.section(section)}</h3>`);
    }
    expect(html).not.toContain(`<h3>${report.section('messages')}</h3>`);
    for (const id of CHART_IDS) expect(html).toContain(`<figure id="${id}"`);
    expect(html.match(/<svg[\s>]/g)).toHaveLength(CHART_IDS.length);
  });

  it('explains the figures in a footnote', () => {
    for (const note of report.footnotes(5, 20)) expect(html).toContain(note.replace(/"/g, '&#34;').replace(/'/g, '&#39;'));
  });

  it('has unique ids', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows a note instead of the targets when none is set', async () => {
    const untargeted = await renderReportHtml({ ...summary, targets: [] }, context, []);
    expect(untargeted).toContain(report.noTargets());
  });
});
