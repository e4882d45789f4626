// The terminal table of `recepsim size`: per policy, the smallest team meeting every target and
// the cheapest team, then every team evaluated.

import { keyFigure } from '../../analysis/key-figures.js';
import type { SizeResult } from '../../analysis/size.js';
import { figureText, sizeText } from '../../text/planning.js';
import { columns } from './columns.js';
import { figureCell, formatOf, PLANNING_LANGUAGE, valueCell } from './figures.js';
import { pointsTable } from './sweep.js';

/** The size result as text. */
export function renderSize(result: SizeResult, thresholds: { readonly call: string; readonly visitor: string }, currency: string): string {
  const money = formatOf(keyFigure('money.netCostPerDay').format, currency);
  const names = PLANNING_LANGUAGE.text.targetNames as Record<string, (threshold: string) => string>;
  const targetName = (name: string) => names[name]?.(name.startsWith('call') ? thresholds.call : thresholds.visitor) ?? name;
  const rows = result.searches.map((search) => {
    const policy = search.policy === 'phone-desk' ? `phone-desk:${search.desk}` : search.policy;
    const smallest = search.smallestAdvisors !== null ? sizeText.people(search.smallestAdvisors, search.desk) : sizeText.noTeam(result.maxAdvisors);
    const cheapest =
      search.cheapest === null
        ? figureText.notApplicable()
        : sizeText.cheapest(sizeText.people(search.cheapest.advisors, search.desk), figureCell(search.cheapest.netCostPerDay, money), search.cheapest.verdict === 'meets') +
          sizeText.clearChoice(search.cheapest.neighbours.every((neighbour) => neighbour.difference.real));
    return [policy, smallest, cheapest, sizeText.formula(search.formula.start, search.formula.advisorsForCalls, search.formula.callModel === null ? null : figureText.estimateModel(search.formula.callModel))];
  });
  const shard = result.shard === null ? null : `${result.shard.index}/${result.shard.count}`;
  const lines = [
    sizeText.heading(result.scenario, result.precision.initialReps, result.precision.maxReps, result.days, String(result.seed), shard),
    '',
    columns(sizeText.columns(), rows, { leftAligned: [0, 1, 2, 3] }),
    '',
    sizeText.fewestPeople(result.overall.fewestPeople),
  ];
  for (const line of [sizeText.cheapestMeeting(result.overall.cheapestMeetingTargets), sizeText.cheapestOverall(result.overall.cheapest)]) if (line !== '') lines.push(line);
  const binding = result.searches.filter((search) => search.binding !== null && search.binding.targets.length > 0);
  if (binding.length > 0) {
    lines.push('', sizeText.bindingHeading());
    for (const search of binding) {
      const policy = search.policy === 'phone-desk' ? `phone-desk:${search.desk}` : search.policy;
      const targets = search.binding!.targets.map((target) => {
        const format = target.metric.includes('mean_wait') ? 'minutes' : 'share';
        const bound = (target.kind === 'atLeast' ? PLANNING_LANGUAGE.text.atLeast : PLANNING_LANGUAGE.text.atMost)(valueCell(target.target, format));
        return sizeText.bindingValue(targetName(target.name), valueCell(target.value, format), bound);
      });
      const at = search.binding!.at.slice(search.binding!.at.indexOf(', ') + 2);
      lines.push(`  ${sizeText.bindingLine(policy, search.smallestAdvisors === null, at, targets.join('; '))}`);
    }
  }
  lines.push('', sizeText.evaluated(), pointsTable(result.searches.flatMap((search) => search.points), thresholds, currency));
  return lines.join('\n');
}
