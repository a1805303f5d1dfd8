import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('appstream pricing', () => {
  it('prices an always-on Windows fleet and its user fees', () => {
    const props = {
      instanceType: 'stream.standard.large',
      operatingSystem: 'windows',
      fleetType: 'ALWAYS_ON',
      desiredInstances: 2,
    };
    const line = lineOf('appstream', props, { hoursPerMonth: 176, users: 10 });
    // 2 instances x 176 h x 0.2 = 70.4; 10 users x 4.19 = 41.9; total 112.3
    expect(line.monthlyUsd).toBeCloseTo(112.3, 9);
  });

  it('is unavailable where AppStream is not offered (us-west-1)', () => {
    const line = lineOf('appstream', { fleetType: 'ALWAYS_ON' }, {}, { region: 'us-west-1' });
    expect(line.unavailable).toBe(true);
    expect(line.monthlyUsd).toBeNull();
  });

  it('is unknown for on-demand fleets (stopped-instance fee not in the data)', () => {
    expect(
      lineOf('appstream', { fleetType: 'ON_DEMAND' }, { hoursPerMonth: 176 }).monthlyUsd,
    ).toBeNull();
  });

  it('prices a graphics fleet and measures its carbon on g4dn hardware', () => {
    const props = {
      instanceType: 'stream.graphics.g4dn.xlarge',
      operatingSystem: 'amazon_linux',
      fleetType: 'ALWAYS_ON',
      desiredInstances: 1,
    };
    const line = lineOf('appstream', props, { hoursPerMonth: 100 });
    // 1 x 100 h x 0.844 = 84.4
    expect(line.monthlyUsd).toBeCloseTo(84.4, 9);
    expect(line.kgCo2eMonth).toBeGreaterThan(0);
  });
});
