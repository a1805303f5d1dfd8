import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('rds pricing', () => {
  it('prices a Multi-AZ MySQL instance and its storage', () => {
    const line = lineOf('rds-instance', {
      engine: 'mysql',
      instanceClass: 'db.m5.large',
      multiAz: true,
      storageType: 'gp3',
      allocatedStorageGb: 200,
    });
    // 730 h x 0.342 = 249.66; 200 GB x 0.23 = 46; total 295.66
    expect(line.monthlyUsd).toBeCloseTo(295.66, 9);
  });

  it('prices a Single-AZ PostgreSQL instance in another Region', () => {
    const props = {
      engine: 'postgresql',
      instanceClass: 'db.t3.micro',
      multiAz: false,
      storageType: 'gp2',
      allocatedStorageGb: 20,
    };
    // us-east-1: 730 x 0.018 = 13.14; 20 x 0.115 = 2.3; total 15.44
    expect(lineOf('rds-instance', props).monthlyUsd).toBeCloseTo(15.44, 9);
    // ap-south-1: 730 x 0.026 = 18.98; 20 x 0.131 = 2.62; total 21.6
    expect(lineOf('rds-instance', props, {}, { region: 'ap-south-1' }).monthlyUsd).toBeCloseTo(
      21.6,
      9,
    );
  });

  it('is unknown for engines without a licence-free price in the data', () => {
    expect(lineOf('rds-instance', { engine: 'oracle' }).monthlyUsd).toBeNull();
  });
});
