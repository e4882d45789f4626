// The recommendation of a size or sweep run, computed from its points and their summaries: the
// cheapest team meeting every target, said against the scenario as written ("now") on the target
// that binds now and on the money; what stops a smaller team; or, plainly, that no team within
// the limits meets the targets and which comes closest. And, for compare, which variants differ
// beyond noise (the paired 95% interval excludes 0) and in what. Words from the catalogue.

import type { Figure, Summary, TargetFacts } from '../../metrics/summary/index.js';
import type { Scenario } from '../../model/schema/index.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { headcount, policyText } from '../context.js';
import { differenceSign, formatDuration, formatValue, type Format } from '../format.js';
import { boundText, formatOfMetric, targetLabel } from '../sections.js';
import { summaryVerdict } from '../verdict-text.js';
import { pressure } from '../verdict.js';
import { NOW_FOLDER, type CompareFormat, type CompareResults, type PlanningPoint, type PlanningReportInput, type PlanningTarget, type SizeResults, type SweepResults } from './input.js';

/** Every point of a size or sweep run, in the run's order. */
export function pointsOf(results: SizeResults | SweepResults): PlanningPoint[] {
  return results.kind === 'size' ? results.searches.flatMap((search) => [...search.points]) : [...results.points];
}

/** The label of a recommended team: the cheapest meeting every target; null when none does. */
export function recommendedLabel(results: SizeResults | SweepResults): string | null {
  return results.kind === 'size' ? results.overall.cheapestMeetingTargets : results.cheapestMeetingTargets;
}

/** A point's policy as tables name it, in the report's language: "divert", "phone-desk:1"; "desviar", "centralita de 1". */
export function policyLabel(point: Pick<PlanningPoint, 'policy' | 'desk'>, language: ReportLanguage): string {
  return point.policy === 'phone-desk' ? language.text.policyName('phone-desk', point.desk) : policyCodeText(point.policy, language);
}

/** A policy as --policy and the JSON files write it ("threshold:2", "phone-desk"), in the report's words. */
export function policyCodeText(code: string, language: ReportLanguage): string {
  const [kind, parameter] = code.split(':');
  return language.text.policyName(kind, parameter === undefined ? undefined : Number(parameter));
}

/** A point in the report's language: "divert, 4 asesores". */
export function pointName(point: Pick<PlanningPoint, 'policy' | 'desk' | 'advisors'>, language: ReportLanguage): string {
  return language.text.planning.pointLabel(policyLabel(point, language), language.text.staffTeam.advisors(point.advisors));
}

/** A team as a sentence says it: "with 4 advisors and a 1-person phone desk from 08:00 to 11:00". */
export function teamWords(point: PlanningPoint, scenario: Scenario | undefined, language: ReportLanguage): string {
  const { policies, staffTeam } = language.text;
  // A kind no policy has any more (a folder written by another version) reads as answer-all.
  const words = policies[point.policy.split(':')[0] as keyof typeof policies] ?? policies['answer-all'];
  return words.withTeam(staffTeam.advisors(point.advisors), point.desk, scenario === undefined ? null : deskHours(scenario, language));
}

/** The phone desk's hours when every desk shift has the same ones ("08:00 to 11:00"); null when all day or mixed. */
function deskHours(scenario: Scenario, language: ReportLanguage): string | null {
  const desk = scenario.staff.phoneDesk;
  if (typeof desk === 'number' || desk.length === 0) return null;
  const [first] = desk;
  if (desk.some((shift) => shift.from !== first.from || shift.to !== first.to)) return null;
  if (first.from === scenario.day.open && first.to === scenario.day.close) return null;
  const clock = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    return language.numbers.clock(h * 60 + m);
  };
  return language.text.planning.deskHours(clock(first.from), clock(first.to));
}

/** The head count of the scenario as written, in words: "3 advisors, policy answer-all". */
function nowTeam(scenario: Scenario, language: ReportLanguage): string {
  const { text } = language;
  const parts = [text.staffTeam.advisors(headcount(scenario.staff.advisors))];
  const desk = headcount(scenario.staff.phoneDesk);
  if (desk > 0) parts.push(text.staffTeam.phoneDesk(desk));
  parts.push(policyText(scenario.policy, language));
  return parts.join(', ');
}

/** The money of a summary, by what it is. */
function money(summary: Summary): { staff: Figure; lost: Figure; net: Figure; currency: string } {
  const { money } = summary;
  return { staff: money.staffCostPerDay.total, lost: money.lostMarginPerDay.total, net: money.netCostPerDay, currency: money.currency };
}

function moneyText(amount: number, currency: string, language: ReportLanguage): string {
  return formatValue(amount, { money: currency }, language);
}

/** A target's value as text in its metric's format. */
function targetValue(target: Pick<TargetFacts, 'metric'>, value: number, language: ReportLanguage): string {
  return formatValue(value, formatOfMetric(target.metric), language);
}

/** "94% of calls are answered within 20 s", or the target's label and value for a target the catalogue has no clause for. */
function figureClause(summary: Summary, target: TargetFacts, value: number, language: ReportLanguage): string {
  const clauses = language.text.planning.figureClause;
  const shown = targetValue(target, value, language);
  const calls = formatDuration(summary.thresholds.callAnsweredWithinMin, language);
  const visitors = formatDuration(summary.thresholds.visitorAttendedWithinMin, language);
  switch (target.name) {
    case 'callServiceLevel':
      return clauses.callServiceLevel(shown, calls);
    case 'visitorServiceLevel':
      return clauses.visitorServiceLevel(shown, visitors);
    case 'callMaxAbandon':
    case 'callMaxLostForGood':
    case 'visitorMaxInterruptedShare':
    case 'visitorMaxMeanWaitMin':
      return clauses[target.name](shown);
    default:
      return `${targetLabel(summary, target, language)} ${shown}`;
  }
}

/** "calls answered within 20 s (63.7%, target ≥ 80.0%)". */
function failingItem(summary: Summary, target: PlanningTarget, language: ReportLanguage): string {
  const value = target.value === null ? language.text.noValue : targetValue(target, target.value, language);
  return language.text.planning.failingItem(targetLabel(summary, target, language), value, boundText(target, language));
}

/** The recommendation of a size or sweep run, as sentences, first the one that answers. */
export function planningRecommendation(input: PlanningReportInput, language: ReportLanguage): string[] {
  const results = input.results;
  if (results.kind === 'compare') return compareFindings(results, language, new Map([...input.configurations].map(([folder, ran]) => [folder, ran.summary])));
  const { planning } = language.text;
  const points = pointsOf(results);
  const byLabel = new Map(points.map((point) => [point.label, point]));
  const now = input.configurations.get(NOW_FOLDER);
  const nowVerdict = now === undefined ? null : summaryVerdict(now.summary);
  const sentences: string[] = [];
  const label = recommendedLabel(results);
  const recommended = label === null ? undefined : byLabel.get(label);
  const ran = recommended?.folder === null || recommended?.folder === undefined ? undefined : input.configurations.get(recommended.folder);

  if (recommended !== undefined && ran !== undefined) {
    // The target that binds now (the furthest from being met), then the recommended team's
    // tightest when it is another: what the change is for, and how close the new team runs.
    const tightest = summaryVerdict(ran.summary).binding?.target ?? null;
    const names = [...new Set([nowVerdict?.binding?.target.name, tightest?.name].filter((name): name is string => name !== undefined))];
    const team = teamWords(recommended, ran.scenario, language);
    const clauses = names.flatMap((name) => {
      const ours = ran.summary.targets.find((target) => target.name === name);
      if (ours === undefined || ours.value === null) return [];
      const before = now?.summary.targets.find((target) => target.name === name);
      const nowValue = before === undefined || before.value === null ? null : targetValue(before, before.value, language);
      return [planning.clauseNow(figureClause(ran.summary, ours, ours.value, language), nowValue)];
    });
    const head = clauses.length === 0 ? capitalised(team) : planning.recommend(team, language.numbers.list(clauses));
    if (now === undefined) sentences.push(planning.recommendNoNow(head));
    else sentences.push(planning.recommendSentence(head, marginPhrase(now.summary, ran.summary, language), staffPhrase(now.summary, ran.summary, language), clauses.length));
    const applicable = ran.summary.targets.filter((target) => target.applicable).length;
    const net = money(ran.summary);
    if (applicable > 0 && net.net.value !== null) sentences.push(planning.meetsEveryCost(applicable, moneyText(net.net.value, net.currency, language)));
    const below = smallerNeighbour(results, recommended, byLabel);
    if (below !== undefined) {
      const failing = below.targets.filter((target) => target.status === 'missed' || target.status === 'borderline');
      const worst = worstTarget(failing);
      if (worst !== undefined && worst.value !== null) {
        sentences.push(planning.bindingAtSmaller(targetLabel(ran.summary, worst, language), pointName(below, language), targetValue(worst, worst.value, language), boundText(worst, language)));
      }
    }
  } else {
    sentences.push(planning.noTeam(limitsText(results, language)));
    const closest = closestPoint(points);
    const summary = closest?.folder ? input.configurations.get(closest.folder)?.summary : undefined;
    if (closest !== undefined && summary !== undefined) {
      const failing = closest.targets.filter((target) => target.status === 'missed' || target.status === 'borderline');
      sentences.push(planning.closest(pointName(closest, language), language.numbers.list(failing.map((target) => failingItem(summary, target, language))), failing.length));
    }
  }

  if (now === undefined) sentences.push(planning.noNow);
  else if (nowVerdict !== null && nowVerdict.targets.length > 0) {
    const { counts } = nowVerdict;
    const applicable = nowVerdict.targets.length - counts.notApplicable;
    const headline = counts.missed + counts.borderline === 0 ? planning.nowAlreadyMeets : language.text.verdictHeadline(counts.missed, counts.borderline, counts.met, applicable);
    sentences.push(planning.nowIs(nowTeam(now.scenario, language), headline));
  }
  if (results.kind === 'size' && results.searches.length > 1) {
    const limit = planning.upToLimit(language.text.staffTeam.advisors(results.maxAdvisors));
    const items = results.searches.map((search) => {
      const smallest = search.smallest === null ? undefined : byLabel.get(search.smallest);
      return planning.policySmallest(policyLabel(search, language), smallest === undefined ? null : language.text.staffTeam.advisors(smallest.advisors), limit);
    });
    sentences.push(planning.otherPolicies(language.numbers.list(items)));
  }
  const cheapestLabel = results.kind === 'size' ? results.overall.cheapest : results.cheapest;
  const cheapest = cheapestLabel === null ? undefined : byLabel.get(cheapestLabel);
  const cheapestRan = cheapest?.folder ? input.configurations.get(cheapest.folder) : undefined;
  if (cheapest !== undefined && cheapest !== recommended && cheapest.verdict !== 'meets' && cheapestRan !== undefined) {
    const net = money(cheapestRan.summary);
    if (net.net.value !== null) sentences.push(planning.cheapestMisses(pointName(cheapest, language), moneyText(net.net.value, net.currency, language)));
  }
  // The scenario as written is run beside the teams, not among them (another policy, say): when
  // it is cheaper than all of them, the page says so rather than leave "lowest" to be read as of all.
  const nowNet = now === undefined ? null : money(now.summary).net;
  const cheapestNet = cheapestRan === undefined ? null : money(cheapestRan.summary).net.value;
  if (now !== undefined && nowNet?.value != null && cheapestNet !== null && nowNet.value < cheapestNet) {
    sentences.push(planning.nowCostsLess(moneyText(nowNet.value, now.summary.money.currency, language)));
  }
  return sentences;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function marginPhrase(now: Summary, ran: Summary, language: ReportLanguage): string {
  const { lostMargin } = language.text.planning;
  const before = money(now);
  const after = money(ran);
  if (before.lost.value === null || after.lost.value === null) return lostMargin.same(language.text.noValue);
  const from = moneyText(before.lost.value, before.currency, language);
  const to = moneyText(after.lost.value, after.currency, language);
  if (from === to) return lostMargin.same(to);
  return after.lost.value < before.lost.value ? lostMargin.down(from, to) : lostMargin.up(from, to);
}

function staffPhrase(now: Summary, ran: Summary, language: ReportLanguage): string {
  const { staffCost } = language.text.planning;
  const before = money(now).staff.value ?? 0;
  const after = money(ran);
  const change = (after.staff.value ?? 0) - before;
  const amount = moneyText(Math.abs(change), after.currency, language);
  if (amount === moneyText(0, after.currency, language)) return staffCost.same();
  return change > 0 ? staffCost.more(amount) : staffCost.less(amount);
}

/** The same policy and desk with one advisor fewer, when it was evaluated and does not meet every target. */
function smallerNeighbour(results: SizeResults | SweepResults, point: PlanningPoint, byLabel: ReadonlyMap<string, PlanningPoint>): PlanningPoint | undefined {
  if (results.kind === 'size') {
    const search = results.searches.find((candidate) => candidate.policy === point.policy && candidate.desk === point.desk);
    const at = search?.binding?.at;
    const found = at === undefined ? undefined : byLabel.get(at);
    if (found !== undefined && found.advisors === point.advisors - 1) return found;
  }
  return pointsOf(results).find(
    (candidate) => candidate.policy === point.policy && candidate.desk === point.desk && candidate.advisors === point.advisors - 1 && candidate.verdict !== 'meets' && candidate.verdict !== 'invalid',
  );
}

/** The target under most pressure among `targets` (the first of equals). */
function worstTarget(targets: readonly PlanningTarget[]): PlanningTarget | undefined {
  let worst: PlanningTarget | undefined;
  let most = -Infinity;
  for (const target of targets) {
    if (target.value === null) continue;
    const weight = pressure(target, target.value, formatOfMetric(target.metric) === 'share');
    if (weight > most) [worst, most] = [target, weight];
  }
  return worst;
}

/** The valid point nearest to meeting every target: fewest targets not met, then the least pressure on the worst. */
function closestPoint(points: readonly PlanningPoint[]): PlanningPoint | undefined {
  const score = (point: PlanningPoint): [number, number] => {
    const failing = point.targets.filter((target) => target.status === 'missed' || target.status === 'borderline');
    const worst = worstTarget(failing);
    return [failing.length, worst === undefined || worst.value === null ? 0 : pressure(worst, worst.value, formatOfMetric(worst.metric) === 'share')];
  };
  let best: PlanningPoint | undefined;
  let bestScore: [number, number] = [Infinity, Infinity];
  for (const point of points) {
    if (point.verdict === 'invalid') continue;
    const s = score(point);
    if (s[0] < bestScore[0] || (s[0] === bestScore[0] && s[1] < bestScore[1])) [best, bestScore] = [point, s];
  }
  return best;
}

/** "policies answer-all, divert; up to 8 advisors" (size) or "…; advisors 2, 3 and 4" (sweep). */
function limitsText(results: SizeResults | SweepResults, language: ReportLanguage): string {
  const { planning, staffTeam } = language.text;
  const policies = results.kind === 'size' ? results.policies : results.grid.policies;
  const advisors =
    results.kind === 'size'
      ? planning.upToLimit(staffTeam.advisors(results.maxAdvisors))
      : planning.factAdvisors(language.numbers.list(results.grid.advisors.map(String)));
  return planning.noTeamLimits(planning.factPolicies(language.numbers.list(policies.map((policy) => policyCodeText(policy, language)))), advisors);
}

/** A key figure's name in the report's language, with the summary's thresholds. */
export function keyFigureName(path: string, summary: Summary | undefined, language: ReportLanguage): string {
  const threshold = path.startsWith('calls.') ? summary?.thresholds.callAnsweredWithinMin : summary?.thresholds.visitorAttendedWithinMin;
  return language.text.planning.keyFigure(path, threshold === undefined ? '' : formatDuration(threshold, language));
}

/** The report format of a compared figure. */
export function compareFormat(format: CompareFormat, currency: string): Format {
  return format === 'money' ? { money: currency } : format;
}

/** A difference as text: "+12.3 pts ± 2.2", "−€200 ± 35", "+8 s ± 2". */
export function differenceText(value: number, halfWidth: number | null, format: CompareFormat, currency: string, language: ReportLanguage): string {
  const { numbers, text } = language;
  let shown: string;
  let half: string | null = null;
  if (format === 'share') {
    shown = `${numbers.decimal(Math.abs(value) * 100, 1)} ${text.planning.percentagePoints}`;
    if (halfWidth !== null) half = numbers.decimal(halfWidth * 100, 1);
  } else {
    shown = formatValue(Math.abs(value), compareFormat(format, currency), language);
    if (halfWidth !== null) {
      // The half-width in the figure's own unit, without it.
      const scaled = format === 'seconds' ? halfWidth * 60 : halfWidth;
      half = numbers.decimal(scaled, format === 'money' ? 0 : format === 'seconds' ? (scaled < 10 ? 1 : 0) : 2);
    }
  }
  const main = `${differenceSign(value, shown)}${shown}`;
  return half === null ? main : `${main} ${text.plusMinus(half)}`;
}

/** The findings of a comparison: the cheapest variant and whether that is beyond noise; per variant, what is better, worse or noise; the targets; the pairing. */
export function compareFindings(results: CompareResults, language: ReportLanguage, summaries?: ReadonlyMap<string, Summary>): string[] {
  const { planning } = language.text;
  const [reference] = results.variants;
  const referenceSummary = summaries?.get(reference.folder);
  const currency = referenceSummary?.money.currency ?? 'EUR';
  const sentences: string[] = [];
  const net = results.figures.find((figure) => figure.path === 'money.netCostPerDay');
  if (net !== undefined) {
    // The variant with the lowest net cost, by its difference from the reference.
    let cheapest = 0;
    net.differences.forEach((difference, index) => {
      if (difference?.value === null || difference === null || difference === undefined) return;
      const best = net.differences[cheapest]?.value ?? 0;
      if (difference.value < best) cheapest = index;
    });
    const difference = net.differences[cheapest];
    if (cheapest === 0 || difference === null || difference === undefined || difference.value === null) sentences.push(planning.compareReferenceCheapest(reference.label));
    else {
      const half = difference.ci95 === null ? null : (difference.ci95[1] - difference.ci95[0]) / 2;
      const amount = `${formatValue(-difference.value, { money: currency }, language)}${half === null ? '' : ` ${language.text.plusMinus(language.numbers.decimal(half, 0))}`}`;
      sentences.push(planning.compareCheapest(results.variants[cheapest].label, amount, reference.label, difference.real));
    }
  }
  results.variants.forEach((variant, index) => {
    if (index === 0) return;
    const better: string[] = [];
    const worse: string[] = [];
    const noise: string[] = [];
    for (const figure of results.figures) {
      const difference = figure.differences[index];
      if (difference === null || difference === undefined || difference.value === null) continue;
      const name = keyFigureName(figure.path, referenceSummary, language);
      if (!difference.real) noise.push(name);
      else if (difference.value > 0 === (figure.better === 'higher')) better.push(name);
      else worse.push(name);
    }
    const list = (items: readonly string[]) => (items.length === 0 ? null : language.numbers.list(items));
    sentences.push(planning.compareVariant(variant.label, list(better), list(worse), list(noise)));
  });
  const meeting = results.variants.filter((variant) => variant.targetsMet === true).map((variant) => variant.label);
  if (results.variants.some((variant) => variant.targetsMet !== null)) {
    sentences.push(meeting.length === 0 ? planning.compareTargetsNone : planning.compareTargetsMet(language.numbers.list(meeting)));
  }
  sentences.push(results.pairing === 'common-random-numbers' ? planning.comparePaired(results.replications) : planning.compareIndependent);
  return sentences;
}
