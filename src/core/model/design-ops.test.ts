import { describe, expect, it } from 'vitest';
import { addSuppression, moveToRegion, removeSuppression, updateContext } from './design-ops.ts';
import { emptyDesign } from './ops.ts';
import { restoreDesign } from './restore.ts';
import type { DesignDocument } from './types.ts';

const twoRegions: DesignDocument = {
  ...emptyDesign(),
  nodes: [
    { id: 'a', service: 'region', props: { region: 'us-east-1' } },
    { id: 'b', service: 'region', props: { region: 'eu-west-1' } },
  ],
};

describe('design-level operations', () => {
  it('sets and clears workload context, refusing bad numbers', () => {
    const r = updateContext(emptyDesign(), { environment: 'development', rtoMinutes: 30 });
    expect(r.ok && r.value.context).toEqual({ environment: 'development', rtoMinutes: 30 });
    expect(updateContext(emptyDesign(), { rpoMinutes: -1 }).ok).toBe(false);
    expect(updateContext(emptyDesign(), { scheduleHoursPerWeek: 200 }).ok).toBe(false);
    const cleared = r.ok
      ? updateContext(r.value, { environment: undefined, rtoMinutes: undefined })
      : r;
    expect(cleared.ok && cleared.value.context).toBeUndefined();
    if (r.ok) expect(restoreDesign(r.value).ok).toBe(true);
  });

  it('adds suppressions with a justification and removes them', () => {
    expect(addSuppression(emptyDesign(), { rule: 'x', nodes: [], justification: '  ' }).ok).toBe(
      false,
    );
    const r = addSuppression(emptyDesign(), {
      rule: 'x',
      nodes: ['n1'],
      justification: 'Accepted for the pilot',
    });
    expect(r.ok && r.value.suppressions).toEqual([
      { rule: 'x', nodes: ['n1'], justification: 'Accepted for the pilot' },
    ]);
    if (r.ok) expect(removeSuppression(r.value, 'x', ['n1']).suppressions).toBeUndefined();
  });

  it('moves one Region container, or a whole single-Region design', () => {
    const scoped = moveToRegion(twoRegions, 'eu-north-1', 'b');
    expect(scoped.ok && scoped.value.nodes[1].props).toEqual({ region: 'eu-north-1' });
    expect(moveToRegion(twoRegions, 'eu-north-1').ok).toBe(false);
    expect(moveToRegion(twoRegions, 'mars-1', 'a').ok).toBe(false);
    const whole = moveToRegion(emptyDesign(), 'ap-south-1');
    expect(whole.ok && whole.value.defaultRegion).toBe('ap-south-1');
  });
});
