import { describe, expect, it } from 'vitest';
import { MARKET_BASED_NOTE, gridFactor, storageKwh } from './carbon.ts';
import { estimate } from './estimate.ts';
import { designOf, lineOf, nodeOf } from './testing.ts';

describe('carbon (Cloud Carbon Footprint method)', () => {
  it('computes compute, memory, storage and embodied emissions of an m5.large by hand', () => {
    const line = lineOf(
      'ec2-instance',
      { instanceType: 'm5.large', volumeType: 'gp3', volumeSizeGb: 100 },
      { dataOutGb: 0 },
      { region: 'eu-west-1' },
    );
    // compute: 2 vCPU x (0.65 + 0.5 x (4.26 - 0.65)) W = 4.91 W x 730 h = 3.5843 kWh
    // memory: m5 largest = 8 GiB x 96/2 = 384 GB on ceil(96/96) = 1 chip; Skylake 81.32 GB/chip
    //   (384 - 81.32) x 2/96 = 6.305833 GB x 730 h x 0.000392 kWh/GB-h = 1.804477 kWh
    //   (3.5843 + 1.804477) x PUE 1.135 = 6.116262 kWh
    // storage: 100 GB / 1000 x 730 h x 1.2 Wh/TB-h x 1.135 x 2 (EBS) / 1000 = 0.198852 kWh
    // energy: 6.116262 + 0.198852 = 6.315114 kWh
    // embodied: 1,610.3792 kg x 730 / 35,040 h x 2 / 96 vCPU = 0.698949 kg
    // eu-west-1 grid 278.6 g/kWh: 6.315114 x 0.2786 + 0.698949 = 2.458340 kg CO2e
    expect(line.kwhMonth).toBeCloseTo(6.315114, 5);
    expect(line.kgCo2eMonth).toBeCloseTo(2.45834, 5);
  });

  it('gives burstable types no extra memory, as CCF does', () => {
    const line = lineOf(
      'ec2-instance',
      { instanceType: 't3.micro', volumeSizeGb: 0 },
      { dataOutGb: 0 },
    );
    // 2 x (0.64 + 0.5 x (3.97 - 0.64)) = 4.61 W x 730 h / 1000 x 1.135 = 3.8196 kWh
    expect(line.kwhMonth).toBeCloseTo(4.61 * 0.73 * 1.135, 9);
    // + embodied 1,610.3792 x 730 / 35,040 x 2/8 = 8.387392 kg; us-east-1 379.069 g/kWh
    expect(line.kgCo2eMonth).toBeCloseTo(
      4.61 * 0.73 * 1.135 * 0.379069 + (1610.3792 * 730 * 2) / (35040 * 8),
      9,
    );
  });

  it('computes S3 storage energy as HDD with replication 6', () => {
    const line = lineOf(
      's3-bucket',
      {},
      { storageGb: 1000, dataOutGb: 0 },
      { region: 'eu-north-1' },
    );
    // 1,000 GB / 1000 x 730 h x 0.65 Wh/TB-h x 1.135 x 6 / 1000 = 3.231345 kWh; x 8.8 g/kWh = 0.028436 kg
    expect(line.kwhMonth).toBeCloseTo(3.231345, 9);
    expect(line.kgCo2eMonth).toBeCloseTo(3.231345 * 0.0088, 9);
    expect(storageKwh(1000, 'ssd', 1)).toBeCloseTo(0.99426, 9); // 730 x 1.2 x 1.135 / 1000
  });

  it('measures Lambda as vCPU-hours (memory / 1,792 MB) at average watts', () => {
    const line = lineOf(
      'lambda-function',
      { memoryMb: 128 },
      { requestsPerMonth: 5e6, avgDurationMs: 200 },
    );
    // 5,000,000 x 0.2 s x 128/1792 / 3600 = 19.84127 vCPU-h x (0.74 + 0.5 x (3.5 - 0.74)) = 2.12 W
    //   = 42.0635 Wh x 1.135 = 0.047742 kWh
    expect(line.kwhMonth).toBeCloseTo(
      (((5e6 * 0.2 * (128 / 1792)) / 3600) * 2.12 * 1.135) / 1000,
      12,
    );
  });

  it('doubles a Multi-AZ RDS instance and its storage', () => {
    const single = lineOf('rds-instance', {
      instanceClass: 'db.m5.large',
      multiAz: false,
      allocatedStorageGb: 100,
    });
    const multi = lineOf('rds-instance', {
      instanceClass: 'db.m5.large',
      multiAz: true,
      allocatedStorageGb: 100,
    });
    expect(multi.kwhMonth!).toBeCloseTo(2 * single.kwhMonth!, 9);
  });

  it('falls back to CCF averages for types CCF lacks, and says so', () => {
    const line = lineOf(
      'ec2-instance',
      { instanceType: 'm7g.large', volumeSizeGb: 0 },
      { dataOutGb: 0 },
    );
    expect(line.kwhMonth).toBeGreaterThan(0);
    expect(line.assumptions.some((a) => a.includes('m7g.large'))).toBe(true);
  });

  it('reports unmodelled services as unknown, never 0', () => {
    const e = estimate(designOf([nodeOf('w', 'cloudwatch'), nodeOf('q', 'sqs-queue')]));
    const r = e.regions[0];
    expect(r.lines.find((l) => l.node === 'w')!.kgCo2eMonth).toBeNull();
    expect(r.unknown).toContain('w');
    expect(
      r.lines.find((l) => l.node === 'w')!.assumptions.some((a) => a.startsWith('Carbon unknown')),
    ).toBe(true);
  });

  it('uses the location-based grid factor of each Region', () => {
    expect(gridFactor('eu-north-1').gCo2ePerKwh).toBe(8.8);
    expect(gridFactor('ap-south-2')).toMatchObject({ assumed: true, gCo2ePerKwh: 392.78188 });
    const props = { instanceType: 'm5.large', volumeSizeGb: 0 };
    const north = lineOf('ec2-instance', props, { dataOutGb: 0 }, { region: 'eu-north-1' });
    const mumbai = lineOf('ec2-instance', props, { dataOutGb: 0 }, { region: 'ap-south-1' });
    expect(north.kwhMonth).toBeCloseTo(mumbai.kwhMonth!, 12);
    expect(north.kgCo2eMonth!).toBeLessThan(mumbai.kgCo2eMonth!);
  });

  it('explains the market-based view without inventing factors', () => {
    expect(MARKET_BASED_NOTE).toMatch(/location-based/);
    expect(MARKET_BASED_NOTE).toMatch(/not modelled/);
  });
});
