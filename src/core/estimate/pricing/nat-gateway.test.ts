import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.ts';
import { designOf, lineOf, nodeOf } from '../testing.ts';

describe('nat_gateway pricing', () => {
  it('prices gateway-hours, GB processed and the public IPv4 address', () => {
    // 730 x 0.045 = 32.85; 100 GB x 0.045 = 4.5; IPv4 730 x 0.005 = 3.65; total 41
    expect(
      lineOf('nat-gateway', { onePerAz: false }, { dataProcessedGb: 100 }).monthlyUsd,
    ).toBeCloseTo(41, 9);
    // private: no address; 32.85 + 4.5 = 37.35
    expect(
      lineOf(
        'nat-gateway',
        { onePerAz: false, connectivityType: 'private' },
        { dataProcessedGb: 100 },
      ).monthlyUsd,
    ).toBeCloseTo(37.35, 9);
  });

  it('counts one gateway per AZ of the VPC when drawn outside the zones', () => {
    const d = designOf([
      nodeOf('v', 'vpc'),
      nodeOf('a', 'availability-zone', { zone: 'a' }, {}, 'v'),
      nodeOf('b', 'availability-zone', { zone: 'b' }, {}, 'v'),
      nodeOf('p', 'public-subnet', {}, {}, 'v'),
      nodeOf('nat', 'nat-gateway', { onePerAz: true }, { dataProcessedGb: 100 }, 'p'),
    ]);
    const line = estimate(d).regions[0].lines.find((l) => l.node === 'nat')!;
    // 2 x (32.85 + 3.65) + 4.5 = 77.5
    expect(line.monthlyUsd).toBeCloseTo(77.5, 9);
  });
});
