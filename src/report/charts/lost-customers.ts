// Where the lost customers went: the margin lost per day by cause (callers lost, walk-ins lost,
// interrupted visits) and the customers lost per day by segment, each with its 95% interval.

import type { TopLevelSpec } from 'vega-lite';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import type { Figure, Summary } from '../../metrics/summary/index.js';
import { LOSS_CAUSES, SEGMENTS } from '../../model/domain.js';
import { report } from '../../text/messages.js';
import { hasTraffic } from '../sections.js';
import type { ChartModule } from './chart.js';
import { CHART_CONFIG, COLOURS, VEGA_LITE_SCHEMA, WIDTH } from './common.js';

const BAR_STEP = 36;
const PANEL_WIDTH = Math.round((WIDTH - 200) / 2);

interface Bar {
  readonly name: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

function bar(name: string, figure: Figure): Bar[] {
  if (figure.value === null) return [];
  const [low, high] = figure.ci95 ?? [figure.value, figure.value];
  return [{ name, value: figure.value, low, high }];
}

/** One horizontal bar panel with interval rules. */
function panel(title: string, axisTitle: string, bars: readonly Bar[], colour: string): LayerSpec<Field> {
  const y = { field: 'name', type: 'nominal', title: null, sort: bars.map((b) => b.name) } as const;
  return {
    title,
    width: PANEL_WIDTH,
    height: { step: BAR_STEP },
    data: { values: [...bars] },
    layer: [
      { mark: { type: 'bar', color: colour }, encoding: { y, x: { field: 'value', type: 'quantitative', title: axisTitle } } },
      {
        mark: { type: 'rule', color: 'black' },
        encoding: { y, x: { field: 'low', type: 'quantitative', title: axisTitle }, x2: { field: 'high' } },
      },
    ],
  };
}

/** Lost margin per day by cause (currency) and customers lost per day by segment. */
export const lostCustomers: ChartModule<'lost-customers'> = {
  id: 'lost-customers',
  title: report.chartTitle('lost-customers'),
  spec(summary: Summary): TopLevelSpec {
    const { money, visits } = summary;
    const causeHasTraffic = {
      callersLost: hasTraffic(summary.calls.offeredPerDay),
      walkInsLost: hasTraffic(visits.walkIn.arrivalsPerDay),
      interruptions: hasTraffic(visits.all.arrivalsPerDay),
    } as const;
    const causes = LOSS_CAUSES.filter((cause) => causeHasTraffic[cause])
      .flatMap((cause) => bar(report.cause(cause), money.lostMarginByCausePerDay[cause]));
    const segments = SEGMENTS.flatMap((segment) =>
      bar(report.segment(segment), money.customersLostPerDay[segment]),
    );
    return {
      $schema: VEGA_LITE_SCHEMA,
      config: CHART_CONFIG,
      title: report.chartTitle('lost-customers'),
      hconcat: [
        panel(report.byCause(), report.axisLostMarginPerDay(money.currency), causes, COLOURS.neutral),
        panel(report.bySegment(), report.axisCustomersLostPerDay(), segments, COLOURS.neutral),
      ],
      spacing: 40,
    };
  },
};
