import { describe, expect, it } from 'vitest';
import { PRICED_REGIONS } from '../catalog/tables.ts';
import type { DesignDocument } from '../model/types.ts';
import { MARKET_BASED_NOTE } from './carbon.ts';
import { compareRegions, estimate } from './estimate.ts';
import { designOf, nodeOf } from './testing.ts';
import type { RegionEstimate } from './types.ts';

/** A flat design (no Region containers) touching many pricing models, Wickr and AppStream included. */
function flatDesign(): DesignDocument {
  return designOf([
    nodeOf('vm', 'ec2-instance', { instanceType: 'm5.large' }, { dataOutGb: 200 }),
    nodeOf('fn', 'lambda-function', { architecture: 'arm64' }),
    nodeOf('q', 'sqs-queue'),
    nodeOf('db', 'rds-instance', { engine: 'mysql', instanceClass: 'db.r6g.large' }),
    nodeOf('aur', 'aurora-cluster', { engine: 'mysql', instanceClass: 'db.r7g.large' }),
    nodeOf('b', 's3-bucket'),
    nodeOf('cdn', 'cloudfront'),
    nodeOf('chat', 'wickr'),
    nodeOf('apps', 'appstream', { fleetType: 'ALWAYS_ON' }),
    nodeOf('dns', 'route53'),
    nodeOf('role', 'iam-role'),
  ]);
}

function sumKnown(r: RegionEstimate, key: 'monthlyUsd' | 'kgCo2eMonth' | 'kwhMonth'): number {
  return r.lines.reduce((s, l) => s + (l.unavailable || l[key] === null ? 0 : l[key]!), 0);
}

describe('estimate', () => {
  it('prices each node in the Region it is deployed to', () => {
    const d = designOf([
      nodeOf('r1', 'region', { region: 'ap-south-1' }),
      nodeOf('r2', 'region', { region: 'eu-north-1' }),
      nodeOf('v', 'vpc', {}, {}, 'r1'),
      nodeOf('s', 'private-subnet', {}, {}, 'v'),
      nodeOf(
        'vm',
        'ec2-instance',
        { instanceType: 't3.micro', volumeSizeGb: 0 },
        { dataOutGb: 0 },
        's',
      ),
      nodeOf('q', 'sqs-queue', {}, { requestsPerMonth: 1e6 }, 'r2'),
      nodeOf('top', 'sqs-queue', {}, { requestsPerMonth: 1e6 }),
    ]);
    const e = estimate(d);
    expect(e.currency).toBe('USD');
    expect(e.regions.map((r) => r.region)).toEqual(['us-east-1', 'eu-north-1', 'ap-south-1']);
    expect(e.regions.map((r) => r.lines.map((l) => l.node))).toEqual([['top'], ['q'], ['vm']]);
    // ap-south-1: 0.0112 USD/h x 730 h = 8.176
    expect(e.regions[2].monthlyUsd).toBeCloseTo(8.176, 9);
    const moved = estimate(d, { region: 'eu-west-1' });
    expect(moved.regions.map((r) => r.region)).toEqual(['eu-west-1', 'eu-north-1', 'ap-south-1']);
  });

  it('adds up only the lines that are known, listing the rest (never as 0)', () => {
    const e = estimate(flatDesign(), { region: 'eu-west-3' });
    const r = e.regions[0];
    // Wickr is not offered in eu-west-3; Aurora r7g has no price there; Route 53 has no price data.
    expect(r.unavailable).toEqual(['chat']);
    expect(r.unknown).toEqual(expect.arrayContaining(['aur', 'dns']));
    expect(r.unknown).not.toContain('chat');
    expect(r.lines.find((l) => l.node === 'aur')!.monthlyUsd).toBeNull();
    expect(r.lines.find((l) => l.node === 'chat')!.monthlyUsd).toBeNull();
    expect(r.lines.find((l) => l.node === 'role')!.monthlyUsd).toBe(0);
    expect(r.monthlyUsd).toBeCloseTo(sumKnown(r, 'monthlyUsd'), 9);
    expect(r.kgCo2eMonth).toBeCloseTo(sumKnown(r, 'kgCo2eMonth'), 9);
    expect(r.kwhMonth).toBeCloseTo(sumKnown(r, 'kwhMonth'), 9);
    const known = r.lines.filter((l) => !l.unavailable && l.monthlyUsd !== null);
    expect(known.length).toBeGreaterThan(0);
    expect(
      r.lines
        .filter((l) => l.monthlyUsd === null)
        .every((l) => r.unknown.includes(l.node) || r.unavailable.includes(l.node)),
    ).toBe(true);
  });

  it('treats a Region outside the price table as unknown, not unavailable or free', () => {
    const r = estimate(designOf([nodeOf('q', 'sqs-queue')], { region: 'af-south-1' })).regions[0];
    expect(r.unknown).toEqual(['q']);
    expect(r.unavailable).toEqual([]);
    expect(r.monthlyUsd).toBe(0);
    expect(r.lines[0].monthlyUsd).toBeNull();
  });

  it('returns the default Region with zero totals for an empty design', () => {
    const e = estimate(designOf([]));
    expect(e.regions).toEqual([
      {
        region: 'us-east-1',
        monthlyUsd: 0,
        kgCo2eMonth: 0,
        kwhMonth: 0,
        unknown: [],
        unavailable: [],
        lines: [],
      },
    ]);
  });

  it('states the method: list prices, no free tier, market-based view', () => {
    const notes = estimate(flatDesign()).notes;
    expect(notes).toContain(MARKET_BASED_NOTE);
    expect(notes.some((n) => n.startsWith('Free tiers are not applied'))).toBe(true);
  });

  it('applies the design schedule to time-based charges only', () => {
    const nodes = [
      nodeOf('nat', 'nat-gateway', { onePerAz: false }, { dataProcessedGb: 100 }),
      nodeOf(
        'b',
        's3-bucket',
        {},
        { storageGb: 1000, writeRequestsPerMonth: 0, readRequestsPerMonth: 0, dataOutGb: 0 },
      ),
    ];
    const always = estimate(designOf(nodes)).regions[0];
    const dev = estimate(
      designOf(nodes, { context: { environment: 'development', scheduleHoursPerWeek: 60 } }),
    ).regions[0];
    // NAT: (0.045 + 0.005) USD/h x 730 h x 60/168 + 100 GB x 0.045 (not scaled)
    expect(dev.lines[0].monthlyUsd).toBeCloseTo(0.05 * ((730 * 60) / 168) + 4.5, 9);
    expect(always.lines[0].monthlyUsd).toBeCloseTo(0.05 * 730 + 4.5, 9);
    // S3 storage 1,000 GB x 0.023 = 23 either way
    expect(dev.lines[1].monthlyUsd).toBeCloseTo(23, 9);
    expect(always.lines[1].monthlyUsd).toBeCloseTo(23, 9);
  });
});

describe('compareRegions', () => {
  it('agrees with estimate in every Region', () => {
    const d = flatDesign();
    const c = compareRegions(d);
    expect(c.regions.map((r) => r.region)).toEqual([...PRICED_REGIONS]);
    for (const r of c.regions) {
      expect(r).toEqual(estimate(d, { region: r.region }).regions[0]);
    }
  });

  it('lists unavailable services per Region', () => {
    const c = compareRegions(flatDesign(), ['us-east-1', 'us-west-1', 'eu-north-1']);
    expect(c.regions.map((r) => r.unavailable)).toEqual([[], ['chat', 'apps'], ['apps']]);
  });

  it('compares only the nodes of one Region container, agreeing with moving that container', () => {
    const d = designOf([
      nodeOf('r1', 'region', { region: 'eu-west-1' }),
      nodeOf('r2', 'region', { region: 'us-east-1' }),
      nodeOf('q1', 'sqs-queue', {}, {}, 'r1'),
      nodeOf('fn1', 'lambda-function', {}, {}, 'r1'),
      nodeOf('t1', 'dynamodb-table', {}, {}, 'r1'),
      nodeOf('q2', 'sqs-queue', {}, { requestsPerMonth: 9e9 }, 'r2'),
    ]);
    const c = compareRegions(d, PRICED_REGIONS, { scope: 'r1' });
    for (const r of c.regions) {
      expect(r.lines.map((l) => l.node)).toEqual(['q1', 'fn1', 't1']);
      const moved: DesignDocument = {
        ...d,
        nodes: d.nodes.map((n) => (n.id === 'r1' ? { ...n, props: { region: r.region } } : n)),
      };
      const block = estimate(moved).regions.find((x) => x.region === r.region)!;
      const inScope = block.lines.filter((l) => ['q1', 'fn1', 't1'].includes(l.node));
      expect(r.lines).toEqual(inScope);
      expect(r.monthlyUsd).toBeCloseTo(
        inScope.reduce((s, l) => s + (l.monthlyUsd ?? 0), 0),
        9,
      );
    }
  });

  it('refuses a scope that is not a Region container', () => {
    const d = designOf([nodeOf('q', 'sqs-queue')]);
    expect(() => compareRegions(d, PRICED_REGIONS, { scope: 'q' })).toThrow(RangeError);
    expect(() => compareRegions(d, PRICED_REGIONS, { scope: 'nope' })).toThrow(RangeError);
  });
});
