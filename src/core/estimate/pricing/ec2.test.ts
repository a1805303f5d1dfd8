import { describe, expect, it } from 'vitest';
import { estimate } from '../estimate.ts';
import { designOf, lineOf, nodeOf, usdByItem } from '../testing.ts';

describe('ec2 pricing', () => {
  it('prices instance-hours and the boot volume (us-east-1)', () => {
    const line = lineOf(
      'ec2-instance',
      { instanceType: 't3.micro', volumeType: 'gp3', volumeSizeGb: 8 },
      { dataOutGb: 0 },
    );
    // 0.0104 USD/h x 730 h = 7.592; gp3 8 GB-month x 0.08 = 0.64; total 8.232
    expect(usdByItem(line)['ec2/t3.micro']).toBeCloseTo(7.592, 9);
    expect(usdByItem(line)['ebs/gp3_storage']).toBeCloseTo(0.64, 9);
    expect(line.monthlyUsd).toBeCloseTo(8.232, 9);
  });

  it('prices data out across its bands (20 TB from us-east-1)', () => {
    const line = lineOf(
      'ec2-instance',
      { instanceType: 'm5.large', volumeSizeGb: 0 },
      { dataOutGb: 20480 },
    );
    // 0.096 x 730 = 70.08; first 10 TB: 10,240 GB x 0.09 = 921.6; next: 10,240 GB x 0.085 = 870.4
    expect(usdByItem(line)['data_transfer/out_to_internet_first_10tb']).toBeCloseTo(921.6, 9);
    expect(usdByItem(line)['data_transfer/out_to_internet_next_40tb']).toBeCloseTo(870.4, 9);
    expect(line.items.map((i) => i.quantity)).toEqual([730, 10240, 10240]);
    expect(line.monthlyUsd).toBeCloseTo(1862.08, 9);
  });

  it('prices the same instance in another Region with that Region’s prices', () => {
    const line = lineOf(
      'ec2-instance',
      { instanceType: 't3.micro', volumeSizeGb: 8 },
      { dataOutGb: 100 },
      { region: 'sa-east-1' },
    );
    // 0.0168 x 730 = 12.264; 8 x 0.152 = 1.216; 100 GB x 0.15 = 15; total 28.48
    expect(line.monthlyUsd).toBeCloseTo(28.48, 9);
  });

  it('prices an Elastic Beanstalk environment as its instances and load balancer', () => {
    const line = lineOf(
      'elastic-beanstalk',
      { instanceType: 't3.micro', environmentType: 'load-balanced' },
      { nodeCount: 3 },
    );
    // 3 x 730 x 0.0104 = 22.776; ALB 730 x 0.0225 = 16.425; 1 LCU x 730 x 0.008 = 5.84; total 45.041
    expect(line.monthlyUsd).toBeCloseTo(45.041, 9);
  });

  it('scales instance-hours, not storage, by the design schedule (60 h/week)', () => {
    const line = lineOf(
      'ec2-instance',
      { instanceType: 't3.micro', volumeSizeGb: 8 },
      { dataOutGb: 0 },
      { context: { scheduleHoursPerWeek: 60 } },
    );
    // 730 h x 60/168 = 260.714... h; x 0.0104 = 2.711428...; storage 8 x 0.08 = 0.64 (not scaled)
    expect(line.items[0].quantity).toBeCloseTo((730 * 60) / 168, 9);
    expect(line.monthlyUsd).toBeCloseTo(0.0104 * ((730 * 60) / 168) + 0.64, 9);
    expect(line.assumptions.some((a) => a.includes('60/168'))).toBe(true);
  });

  it('runs an office-hours instance 60 h a week, and usage hours scale too', () => {
    const office = lineOf(
      'ec2-instance',
      { instanceType: 't3.micro', volumeSizeGb: 0, schedule: 'office-hours' },
      { dataOutGb: 0 },
    );
    // 0.0104 x 730 x 60/168 = 2.711428...
    expect(office.monthlyUsd).toBeCloseTo((0.0104 * 730 * 60) / 168, 9);
    const half = lineOf(
      'ec2-instance',
      { instanceType: 't3.micro', volumeSizeGb: 0 },
      { dataOutGb: 0, hoursPerMonth: 365 },
    );
    // 0.0104 x 365 = 3.796
    expect(half.monthlyUsd).toBeCloseTo(3.796, 9);
  });

  it('leaves instance capacity to the Outpost when the instance runs on one', () => {
    const d = designOf([
      nodeOf('o', 'outpost'),
      nodeOf('s', 'outpost-subnet', {}, {}, 'o'),
      nodeOf('i', 'ec2-instance', { volumeSizeGb: 8 }, { dataOutGb: 0 }, 's'),
    ]);
    const lines = estimate(d).regions[0].lines;
    const inst = lines.find((l) => l.node === 'i')!;
    expect(inst.monthlyUsd).toBe(0);
    expect(inst.kgCo2eMonth).toBeNull();
    expect(lines.find((l) => l.node === 'o')!.monthlyUsd).toBeNull();
  });
});
