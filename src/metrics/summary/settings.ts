// The part of the scenario the summary reads. Its own module so that the sections which need it
// (calls, money, targets) and index.ts can share it without importing one another.

import type { ModelConfig } from '../../model/config.js';

/** What the summary needs from the scenario (a ModelConfig is one). */
export type SummarySettings = Pick<ModelConfig, 'name' | 'targets' | 'economics'> & {
  readonly calls: { readonly reasons: readonly { readonly name: string }[] } | null;
  readonly messages: { readonly replyTargetMin: number } | null;
  readonly parts: { readonly costPerHour: number } | null;
  readonly overflow: { readonly costPerCall: number } | null;
  /** The policy by time of day (absent, or one window from 0 to Infinity: one policy all day). */
  readonly policies?: readonly { readonly fromMin: number; readonly toMin: number; readonly policy: { readonly kind: string } }[];
};
