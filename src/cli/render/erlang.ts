// The terminal table of `recepsim erlang`, in the language asked for (numbers as its locale writes them).

import type { ErlangAnswer } from '../../analysis/erlang.js';
import { roundDeep } from '../../analysis/rounding.js';
import { formatValue, valueText } from '../../report/format.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { erlangText } from '../../text/messages.js';
import { planningTables } from '../../text/planning.js';
import { columns } from './columns.js';

/** The answer as JSON-ready data, numbers rounded like the summary's. */
export function roundedJson(answer: ErlangAnswer): ErlangAnswer {
  return roundDeep(answer);
}

/** The heading, the team the target needs, and one row per team size. */
export function renderErlang(answer: ErlangAnswer, maxAgents: number, language: ReportLanguage): string {
  const words = planningTables[language.code].erlang;
  const { text, numbers } = language;
  // What was typed, as the language writes numbers ("1,500.5 calls/h", "4,5 min por llamada").
  const number = (x: number) => numbers.significant(x, 6);
  const share = (x: number | null) => (x === null ? text.noValue : formatValue(x, 'share', language));
  // The target and the service levels with as many decimals as it takes for each row to read as
  // its verdict: a 99.99% target shows as typed, and a team that misses it never shows "100.0%".
  const slDecimals = serviceLevelDecimals(answer);
  const serviceLevel = (x: number | null) => (x === null ? text.noValue : valueText(numbers.percentParts(x, slDecimals)));
  const seconds = (x: number | null) => (x === null ? text.noValue : `${numbers.decimal(x, x < 10 ? 1 : 0)} ${text.unitSeconds}`);
  const withinSec = `${number(answer.target.withinSec)} ${text.unitSeconds}`;
  const heading = words.heading(
    erlangText.modelName(answer.model),
    number(answer.callsPerHour),
    number(answer.ahtMin),
    answer.patienceMin === null ? null : number(answer.patienceMin),
    // Two decimals, or two significant digits for a load they would show as none ("0,00067", not "0,00").
    answer.offeredLoadErlangs > 0 && answer.offeredLoadErlangs < 0.005 ? numbers.significant(answer.offeredLoadErlangs, 2) : numbers.decimal(answer.offeredLoadErlangs, 2),
  );
  const required = words.required(serviceLevel(answer.target.serviceLevel), withinSec, answer.requiredAgents, maxAgents);
  const rows = answer.rows.map((row) => [
    numbers.decimal(row.agents, 0),
    share(row.p_wait_gt0),
    seconds(row.meanWaitSec),
    serviceLevel(row.serviceLevel),
    share(row.p_abandon),
    share(row.p_blocked),
    row.utilisation === null ? words.unstable() : share(row.utilisation),
    row.meetsTarget ? text.statuses.met : text.statuses.missed,
  ]);
  const header = words.columns(withinSec);
  return [heading, required, '', columns(header, rows, { indent: '  ', leftAligned: [header.length - 1] })].join('\n');
}

/** Fewest decimals (at least 1, at most 6) that show the target exactly and keep every missed row below it as shown. */
function serviceLevelDecimals(answer: ErlangAnswer): number {
  const shown = (share: number, decimals: number) => Number((share * 100).toFixed(decimals));
  const target = answer.target.serviceLevel;
  const consistent = (decimals: number) =>
    shown(target, decimals) === Number((target * 100).toFixed(6)) &&
    answer.rows.every((row) => row.meetsTarget || row.serviceLevel === null || shown(row.serviceLevel, decimals) < shown(target, decimals));
  let decimals = 1;
  while (decimals < 6 && !consistent(decimals)) decimals++;
  return decimals;
}
