// Numbers, percentages, money, clock times and weekdays as a locale writes them, all by Intl:
// "12.345 €" and "96,8 %" in Spanish, "€12,345" and "96.8%" in English. One formatter per
// language, with its Intl objects made once.

/** A quantity split for column alignment: the number, its unit, on which side and what joins them. */
export interface QuantityParts {
  readonly number: string;
  readonly unit: string;
  /** True when the unit is written before the number ("€906"). */
  readonly unitFirst: boolean;
  /** What separates number and unit: '', a space or a no-break space. */
  readonly joiner: string;
}

/** The weekday names of scenarios, Monday first. */
const WEEKDAY_INDEX = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

/** How one locale writes numbers. `tag` is a BCP 47 tag, e.g. 'es-ES'. */
export class NumberFormat {
  private readonly decimals = new Map<string, Intl.NumberFormat>();
  private readonly percent: { readonly unit: string; readonly unitFirst: boolean; readonly joiner: string };
  private readonly clockFormat: Intl.DateTimeFormat;
  private readonly weekdayFormat: Intl.DateTimeFormat;
  private readonly listFormat: Intl.ListFormat;
  private readonly currencies = new Map<string, Omit<QuantityParts, 'number'>>();

  constructor(readonly tag: string) {
    this.percent = unitAround(new Intl.NumberFormat(tag, { style: 'percent' }).formatToParts(0.5), 'percentSign');
    this.clockFormat = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
    this.weekdayFormat = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
    this.listFormat = new Intl.ListFormat(tag, { type: 'conjunction' });
  }

  /** `x` with exactly `decimals` decimals, thousands grouped as the locale does; never "-0". */
  decimal(x: number, decimals: number, grouping = true): string {
    const key = `${decimals}/${grouping}`;
    let format = this.decimals.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(this.tag, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
        useGrouping: grouping,
      });
      this.decimals.set(key, format);
    }
    // Rounding first keeps a tiny negative (a rounding error) from showing as "-0.0".
    const rounded = Number(x.toFixed(decimals));
    return format.format(rounded === 0 ? 0 : rounded);
  }

  /** `x` with at most `decimals` decimals, trailing zeros dropped: "2", "0,5". */
  trimmed(x: number, decimals: number): string {
    const places = String(Number(x.toFixed(decimals))).split('.')[1]?.length ?? 0;
    return this.decimal(x, places);
  }

  /**
   * A number as given, to `digits` significant digits, grouped as the locale does ("1,500.5",
   * "4,5"); beyond a quadrillion or below a millionth in scientific notation ("1E-9").
   */
  significant(x: number, digits: number): string {
    const key = `significant/${digits}`;
    let format = this.decimals.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(this.tag, { maximumSignificantDigits: digits });
      this.decimals.set(key, format);
    }
    const size = Math.abs(x);
    if (size !== 0 && (size >= 1e15 || size < 1e-6)) {
      return new Intl.NumberFormat(this.tag, { maximumSignificantDigits: digits, notation: 'scientific' }).format(x);
    }
    return format.format(x);
  }

  /** A share (0–1) as a percentage with `decimals` decimals, split for alignment. */
  percentParts(share: number, decimals: number): QuantityParts {
    return { number: this.decimal(share * 100, decimals), ...this.percent };
  }

  /** Money without cents, split for alignment; a currency Intl does not know is written after the number. */
  moneyParts(amount: number, currency: string): QuantityParts {
    let symbol = this.currencies.get(currency);
    if (symbol === undefined) {
      symbol = currencySymbol(this.tag, currency);
      this.currencies.set(currency, symbol);
    }
    return { number: this.decimal(amount, 0), ...symbol };
  }

  /** A clock time from minutes after midnight: "08:00", "24:00" for the end of the day. */
  clock(minutes: number): string {
    if (minutes >= 24 * 60) return this.clockFormat.format(new Date(Date.UTC(1970, 0, 1, 23, 59))).replace(/23(\D+)59/, '24$100');
    return this.clockFormat.format(new Date(Date.UTC(1970, 0, 1, 0, Math.round(minutes))));
  }

  /** A scenario weekday ('mon') as the locale names it ("Monday", "lunes"). */
  weekday(day: keyof typeof WEEKDAY_INDEX): string {
    // 5 January 1970 was a Monday.
    return this.weekdayFormat.format(new Date(Date.UTC(1970, 0, 5 + WEEKDAY_INDEX[day])));
  }

  /** Items joined as the locale does: "a, b and c", "a, b y c". */
  list(items: readonly string[]): string {
    return this.listFormat.format(items);
  }
}

/**
 * A number locale for charts (d3-format's definition, which Vega-Lite takes as `config.locale`):
 * separators and the percent and currency signs as Intl writes them.
 */
export interface ChartNumberLocale {
  readonly decimal: string;
  readonly thousands: string;
  readonly grouping: number[];
  readonly currency: [string, string];
  readonly percent: string;
}

/** The chart number locale of `format`, with money in `currency`. */
export function chartNumberLocale(format: NumberFormat, currency: string): ChartNumberLocale {
  const parts = new Intl.NumberFormat(format.tag, { minimumFractionDigits: 1 }).formatToParts(12345.5);
  const symbol = (type: Intl.NumberFormatPartTypes, otherwise: string) => parts.find((part) => part.type === type)?.value ?? otherwise;
  const money = format.moneyParts(0, currency);
  const percent = format.percentParts(0, 0);
  return {
    decimal: symbol('decimal', '.'),
    thousands: symbol('group', ','),
    grouping: [3],
    currency: money.unitFirst ? [`${money.unit}${money.joiner}`, ''] : ['', `${money.joiner}${money.unit}`],
    percent: `${percent.joiner}${percent.unit}`,
  };
}

/** A quantity's parts written as one text. */
export function joinQuantity(parts: QuantityParts): string {
  if (parts.unit === '') return parts.number;
  return parts.unitFirst ? `${parts.unit}${parts.joiner}${parts.number}` : `${parts.number}${parts.joiner}${parts.unit}`;
}

/** The unit part of formatted parts (`percentSign`, `currency`) with its side and joiner. */
function unitAround(parts: readonly Intl.NumberFormatPart[], type: Intl.NumberFormatPartTypes): Omit<QuantityParts, 'number'> {
  const at = parts.findIndex((part) => part.type === type);
  if (at < 0) return { unit: '', unitFirst: false, joiner: '' };
  const numberAt = parts.findIndex((part) => part.type === 'integer');
  const unitFirst = at < numberAt;
  const between = unitFirst ? parts.slice(at + 1, numberAt) : parts.slice(numberAt + 1, at);
  const joiner = between.filter((part) => part.type === 'literal').map((part) => part.value).join('');
  return { unit: parts[at].value, unitFirst, joiner };
}

function currencySymbol(tag: string, currency: string): Omit<QuantityParts, 'number'> {
  try {
    const parts = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 }).formatToParts(1000);
    return unitAround(parts, 'currency');
  } catch {
    // Not an ISO 4217 code ("euros"): written as given, after the number.
    return { unit: currency, unitFirst: false, joiner: ' ' };
  }
}

/**
 * Whole counts as the locale `tag` writes them, grouped as every other number of a report
 * ("10,000 days", "10.000 días"), for the catalogues' sentences, which take counts as numbers to
 * choose singular or plural.
 */
export function wholeCount(tag: string): (count: number) => string {
  const numbers = new NumberFormat(tag);
  // Anything else (a test's placeholder text) is written as given rather than as "NaN".
  return (count) => (typeof count === 'number' ? numbers.decimal(count, 0) : String(count));
}
