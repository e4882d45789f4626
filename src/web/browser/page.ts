// Entry of the what-if page's bundle: reads what the page embeds (the scenario and the workers'
// code) and starts the page.

import { whatIfText } from '../../text/whatif/index.js';
import { EMBEDDED, type PageData } from '../page-html.js';
import { WhatIfApp } from './app.js';
import { embeddedJson, h, replaceChildren, scriptUrl } from './dom.js';

const root = document.getElementById(EMBEDDED.app)!;
const data = embeddedJson<PageData>(EMBEDDED.data);
if (typeof Worker === 'undefined') {
  replaceChildren(root, h('p', { class: 'problems' }, whatIfText(data.language).noWorkers));
} else {
  // One simulation worker per core (the summary and chart workers work in between).
  const workers = Math.max(1, Math.min(8, navigator.hardwareConcurrency || 2));
  new WhatIfApp(
    root,
    data,
    scriptUrl(embeddedJson<string>(EMBEDDED.simWorker)),
    scriptUrl(embeddedJson<string>(EMBEDDED.summaryWorker)),
    scriptUrl(embeddedJson<string>(EMBEDDED.chartWorker)),
    scriptUrl(embeddedJson<string>(EMBEDDED.goalSeekWorker)),
    workers,
  );
}
