import { describe, expect, it } from 'vitest';
import { labelOfOverrides, parseVariant } from '../../../src/io/variants.js';
import { variantText } from '../../../src/text/messages.js';

describe('parseVariant', () => {
  it('reads NAME:change,change with changes that hold commas and colons', () => {
    const parsed = parseVariant('two desks:policy=phone-desk:2, policy.ringSec=15,calls.patience={dist: exponential, mean: 2}');
    expect(parsed).toEqual({
      variant: {
        label: 'two desks',
        overrides: ['policy=phone-desk:2', 'policy.ringSec=15', 'calls.patience={dist: exponential, mean: 2}'].map((assignment) => ({
          assignment,
          label: '--variant "two desks:policy=phone-desk:2, policy.ringSec=15,calls.patience={dist: exponential, mean: 2}"',
        })),
      },
    });
  });

  it('without a name, the changes are the name', () => {
    const parsed = parseVariant('policy=phone-desk:1,advisors=4');
    expect('variant' in parsed && parsed.variant.label).toBe('policy=phone-desk:1, advisors=4');
  });

  it('refuses an empty name and a change without =', () => {
    expect(parseVariant(':advisors=4')).toEqual({ issues: [{ path: [], message: variantText.emptyLabel(), file: '--variant ":advisors=4"' }] });
    expect(parseVariant('x:advisors')).toEqual({ issues: [{ path: [], message: variantText.malformed(), file: '--variant "x:advisors"' }] });
  });
});

describe('labelOfOverrides', () => {
  it('names a run by the changes to the reception, not its size, seed or language', () => {
    expect(labelOfOverrides(['replications=3', { assignment: 'seed=4', label: '--seed 4' }, 'locale=es'])).toBe(variantText.asWritten());
    expect(labelOfOverrides(['replications=3', 'advisors=4', 'policy=divert'])).toBe('advisors=4, policy=divert');
  });
});
