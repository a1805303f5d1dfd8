import { describe, expect, it } from 'vitest';
import { lineOf, usdByItem } from '../testing.ts';

describe('ebs pricing', () => {
  it('prices gp3 storage, IOPS above 3,000 and throughput above 125 MiB/s', () => {
    const line = lineOf('ebs-volume', {
      volumeType: 'gp3',
      volumeSizeGb: 500,
      iops: 6000,
      throughputMiBps: 250,
      backupRetentionDays: 0,
    });
    // 500 GB x 0.08 = 40; (6,000 - 3,000) IOPS x 0.005 = 15;
    // (250 - 125) MiBps x 40.96 USD per 1,024 MiBps-month = 125 x 0.04 = 5; total 60
    const usd = usdByItem(line);
    expect(usd['ebs/gp3_storage']).toBeCloseTo(40, 9);
    expect(usd['ebs/gp3_iops_over_3000']).toBeCloseTo(15, 9);
    expect(usd['ebs/gp3_throughput_over_125']).toBeCloseTo(5, 9);
    expect(line.items.find((i) => i.item === 'ebs/gp3_throughput_over_125')!.unitPrice).toBeCloseTo(
      0.04,
      12,
    );
    expect(line.monthlyUsd).toBeCloseTo(60, 9);
  });

  it('prices io2 IOPS and snapshots, and is unknown where io2 has no price', () => {
    const props = { volumeType: 'io2', volumeSizeGb: 100, iops: 4000, backupRetentionDays: 7 };
    const line = lineOf('ebs-volume', props, { snapshotStorageGb: 50 });
    // 100 x 0.125 = 12.5; 4,000 x 0.065 = 260; snapshots 50 x 0.05 = 2.5; total 275
    expect(line.monthlyUsd).toBeCloseTo(275, 9);
    const paris = lineOf('ebs-volume', props, { snapshotStorageGb: 50 }, { region: 'eu-west-3' });
    expect(paris.monthlyUsd).toBeNull();
    expect(paris.items.find((i) => i.item === 'ebs/io2_storage')!.unitPrice).toBeNull();
  });

  it('prices st1 as HDD storage', () => {
    const line = lineOf('ebs-volume', {
      volumeType: 'st1',
      volumeSizeGb: 1000,
      backupRetentionDays: 0,
    });
    // 1,000 GB x 0.045 = 45
    expect(line.monthlyUsd).toBeCloseTo(45, 9);
  });
});
