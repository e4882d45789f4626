// The terminal table of `recepsim size`: per policy, the smallest team meeting every target and
// the cheapest team, then every team evaluated.

import { keyFigure } from '../../analysis/key-figures.js';
import type { SizeResult } from '../../analysis/size.js';
import { planningTables } from '../../text/planning.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { columns } from './columns.js';
import { figureCell, formatOf, valueCell } from './figures.js';
import { pointNamer, pointsTable } from './sweep.js';
import { policyLabel } from '../../report/planning/recommend.js';

/** The size result as text, in `language`. */
export function renderSize(result: SizeResult, thresholds: { readonly call: string; readonly visitor: string }, currency: string, language: ReportLanguage): string {
  const { figures: figureText, size: sizeText } = planningTables[language.code];
  const money = formatOf(keyFigure('money.netCostPerDay').format, currency);
  const names = language.text.targetNames as Record<string, (threshold: string) => string>;
  const targetName = (name: string) => names[name]?.(name.startsWith('call') ? thresholds.call : thresholds.visitor) ?? name;
  const rows = result.searches.map((search) => {
    const policy = policyLabel(search, language);
    const smallest = search.smallestAdvisors !== null ? sizeText.people(search.smallestAdvisors, search.desk) : sizeText.noTeam(result.maxAdvisors);
    const cheapest =
      search.cheapest === null
        ? figureText.notApplicable()
        : sizeText.cheapest(sizeText.people(search.cheapest.advisors, search.desk), figureCell(search.cheapest.netCostPerDay, money, language), search.cheapest.verdict === 'meets') +
          sizeText.clearChoice(search.cheapest.neighbours.every((neighbour) => neighbour.difference.real));
    return [policy, smallest, cheapest, sizeText.formula(search.formula.start, search.formula.advisorsForCalls, search.formula.callModel === null ? null : figureText.estimateModel(search.formula.callModel))];
  });
  const shard = result.shard === null ? null : `${result.shard.index}/${result.shard.count}`;
  const points = result.searches.flatMap((search) => search.points);
  const name = pointNamer(points, language);
  const lines = [
    sizeText.heading(result.scenario, result.precision.initialReps, result.precision.maxReps, result.days, String(result.seed), shard),
    '',
    columns(sizeText.columns(), rows, { leftAligned: [0, 1, 2, 3] }),
    '',
  ];
  // Each search of a shard is whole, but the comparison across policies needs every shard: merge says it.
  if (shard !== null) lines.push(sizeText.shardPart(shard));
  else {
    lines.push(sizeText.fewestPeople(name(result.overall.fewestPeople)));
    for (const line of [sizeText.cheapestMeeting(name(result.overall.cheapestMeetingTargets)), sizeText.cheapestOverall(name(result.overall.cheapest))]) if (line !== '') lines.push(line);
  }
  const binding = result.searches.filter((search) => search.binding !== null && search.binding.targets.length > 0);
  if (binding.length > 0) {
    lines.push('', sizeText.bindingHeading());
    for (const search of binding) {
      const policy = policyLabel(search, language);
      const targets = search.binding!.targets.map((target) => {
        const format = target.metric.includes('mean_wait') ? 'minutes' : 'share';
        const bound = (target.kind === 'atLeast' ? language.text.atLeast : language.text.atMost)(valueCell(target.target, format, language));
        return sizeText.bindingValue(targetName(target.name), valueCell(target.value, format, language), bound);
      });
      // The team alone: the policy starts the line.
      const atPoint = points.find((point) => point.label === search.binding!.at);
      const at = atPoint === undefined ? search.binding!.at.slice(search.binding!.at.indexOf(', ') + 2) : language.text.staffTeam.advisors(atPoint.advisors);
      lines.push(`  ${sizeText.bindingLine(policy, search.smallestAdvisors === null, at, targets.join('; '))}`);
    }
  }
  lines.push('', sizeText.evaluated(), pointsTable(points, thresholds, currency, language));
  return lines.join('\n');
}
