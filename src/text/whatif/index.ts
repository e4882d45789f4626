// The languages of the what-if page: the same languages as reports (src/text/report/), one table
// of words each.

import type { ReportLanguageCode } from '../report/index.js';
import { en, type WhatIfText } from './en.js';
import { es } from './es.js';

export type { WhatIfText } from './en.js';

const TEXTS: { readonly [Code in ReportLanguageCode]: WhatIfText } = { en, es };

/** The what-if page's words in language `code`. */
export function whatIfText(code: ReportLanguageCode): WhatIfText {
  return TEXTS[code];
}
