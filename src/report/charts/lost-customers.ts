// Where the lost customers went: for each way a customer is lost — a call nobody answered, a walk-in
// who left without being served, a visit interrupted by the phone — the customers expected to take
// their business elsewhere per day, and the margin that goes with them, each with its 95% interval.

import type { TopLevelSpec } from 'vega-lite';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import type { Figure, Summary } from '../../metrics/summary/index.js';
import type { LossCause } from '../../model/domain.js';
import type { ReportLanguage } from '../../text/report/index.js';
import { formatValue, type Format } from '../format.js';
import { causesWithTraffic } from '../sections.js';
import type { ChartModule } from './chart.js';
import { COLOURS, PLAIN_ZERO_LABEL, VEGA_LITE_SCHEMA, WIDTH, chartConfig, colourScale } from './common.js';

const BAR_STEP = 36;
const PANEL_WIDTH = Math.round((WIDTH - 160) / 2);

/** Each cause in the colour of the channel it is lost on. */
const CAUSE_COLOURS: Readonly<Record<LossCause, string>> = { callersLost: COLOURS.calls, walkInsLost: COLOURS.visitors, interruptions: '#e45756' };

interface Bar {
  readonly cause: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** The value as the report writes it, at the end of the bar. */
  readonly label: string;
}

function bar(cause: string, figure: Figure, format: Format, language: ReportLanguage): Bar[] {
  if (figure.value === null) return [];
  const [low, high] = figure.ci95 ?? [figure.value, figure.value];
  return [{ cause, value: figure.value, low, high, label: formatValue(figure.value, format, language) }];
}

/** Customers gone elsewhere and margin lost per day, by where they were lost. */
export const lostCustomers: ChartModule<'lost-customers'> = {
  id: 'lost-customers',
  title: (language) => language.text.chartTitles['lost-customers'],
  spec(summary: Summary, language: ReportLanguage): TopLevelSpec | null {
    const { text } = language;
    const { money } = summary;
    const causes = causesWithTraffic(summary);
    if (causes.length === 0) return null;
    const labels = causes.map((cause) => ({ label: text.causes[cause], colour: CAUSE_COLOURS[cause] }));
    const currency: Format = { money: money.currency };
    const customers = causes.flatMap((cause) => bar(text.causes[cause], money.customersLostByCausePerDay[cause], 'ratio', language));
    const margin = causes.flatMap((cause) => bar(text.causes[cause], money.lostMarginByCausePerDay[cause], currency, language));
    const panel = (title: string, axisTitle: string | null, bars: readonly Bar[], showNames: boolean): LayerSpec<Field> => {
      const y = {
        field: 'cause',
        type: 'nominal',
        title: null,
        sort: labels.map((l) => l.label),
        axis: showNames ? { labelLimit: 300 } : null,
      } as const;
      const x = { type: 'quantitative', title: axisTitle, scale: { zero: true }, axis: { labelExpr: PLAIN_ZERO_LABEL } } as const;
      return {
        title: { text: title, fontSize: 12 },
        width: PANEL_WIDTH,
        height: { step: BAR_STEP },
        data: { values: [...bars] },
        layer: [
          {
            mark: { type: 'bar' },
            encoding: { y, x: { ...x, field: 'value' }, color: { field: 'cause', type: 'nominal', scale: colourScale(labels), legend: null } },
          },
          { mark: { type: 'rule', color: 'black' }, encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' } } },
          {
            mark: { type: 'text', align: 'left', dx: 4, color: 'black' },
            encoding: { y, x: { ...x, field: 'high' }, text: { field: 'label', type: 'nominal' } },
          },
        ],
      };
    };
    return {
      $schema: VEGA_LITE_SCHEMA,
      config: chartConfig(language, money.currency),
      title: text.chartTitles['lost-customers'],
      hconcat: [
        panel(text.customersPanel, null, customers, true),
        // The money axis titled with the symbol the bars' labels carry (€), not the currency's code.
        panel(text.marginPanel, language.numbers.moneyParts(0, money.currency).unit, margin, false),
      ],
      spacing: 60,
    };
  },
};
