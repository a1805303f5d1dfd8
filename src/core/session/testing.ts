/**
 * Hand-made fixtures for the session tests: a small design, rules that cite chosen best
 * practices, and findings and estimates written out by hand, so the tests do not move when the
 * real rule set or price data changes.
 */
import type { Estimate } from '../estimate/types.ts';
import type { DesignDocument } from '../model/types.ts';
import type { Finding, NodeRule, Pillar, QuickFix, Severity } from '../review/types.ts';

/** Three services in a VPC-less design: a bucket, a function and a table. */
export function fixtureDesign(): DesignDocument {
  return {
    format: 'cloudwright',
    version: 1,
    name: 'Orders',
    defaultRegion: 'us-east-1',
    nodes: [
      {
        id: 'bucket',
        service: 's3-bucket',
        label: 'Uploads',
        props: { versioning: false },
        position: { x: 0, y: 0 },
      },
      {
        id: 'fn',
        service: 'lambda-function',
        label: 'Resize',
        props: { memory: 128 },
        position: { x: 200, y: 0 },
      },
      { id: 'db', service: 'dynamodb-table', label: 'Orders table', position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 'bucket', target: 'fn', label: 'triggers' },
      { id: 'e2', source: 'fn', target: 'db' },
    ],
  };
}

/** A rule that only carries metadata (the session code never runs rules). */
export function fakeRule(
  id: string,
  bestPractice: string,
  services: string[],
  pillar: Pillar = 'reliability',
  severity: Severity = 'high',
): NodeRule {
  return {
    id,
    pillar,
    bestPractice,
    severity,
    title: id,
    rationale: '',
    remediation: `Fix ${id}.`,
    docs: 'https://docs.aws.amazon.com/',
    services,
    topology: false,
    checkNode: () => null,
  };
}

/**
 * The fixture's rules:
 * - `versioning` (REL09-BP01, high) and `encryption` (SEC08-BP02) and `tls` (SEC09-BP02) on the bucket;
 * - `backups` (REL09-BP03) on the table; `idle` (COST04-BP03, medium) on the function;
 * - `multi-az` (REL10-BP01) on RDS, which the design lacks; `dr` (REL13-BP02) on every design.
 */
export const FIXTURE_RULES: readonly NodeRule[] = [
  fakeRule('versioning', 'REL09-BP01', ['s3-bucket']),
  fakeRule('encryption', 'SEC08-BP02', ['s3-bucket'], 'security'),
  fakeRule('tls', 'SEC09-BP02', ['s3-bucket'], 'security'),
  fakeRule('backups', 'REL09-BP03', ['dynamodb-table']),
  fakeRule('idle', 'COST04-BP03', ['lambda-function'], 'cost-optimization', 'medium'),
  fakeRule('multi-az', 'REL10-BP01', ['rds-instance']),
  fakeRule('dr', 'REL13-BP02', []),
];

/** A finding of one of the fixture rules. */
export function fakeFinding(
  rule: string,
  bestPractice: string,
  nodes: string[],
  extra: Partial<Finding> = {},
): Finding {
  return {
    rule,
    pillar: 'reliability',
    severity: 'high',
    bestPractice,
    title: rule,
    message: `${rule} on ${nodes.join(', ') || 'the design'}`,
    nodes,
    remediation: `Fix ${rule}.`,
    docs: 'https://docs.aws.amazon.com/',
    suppressed: false,
    ...extra,
  };
}

export const FIX_IDLE: QuickFix = {
  title: 'Remove provisioned concurrency',
  node: 'fn',
  props: { provisionedConcurrency: 0 },
};

/**
 * The review of the fixture design: versioning fails on the bucket, the function is idle (with a
 * quick fix), TLS is failing but suppressed, and DR lacks workload context.
 */
export function fixtureFindings(): Finding[] {
  return [
    fakeFinding('versioning', 'REL09-BP01', ['bucket']),
    fakeFinding('idle', 'COST04-BP03', ['fn'], {
      pillar: 'cost-optimization',
      severity: 'medium',
      fix: FIX_IDLE,
    }),
    fakeFinding('tls', 'SEC09-BP02', ['bucket'], {
      pillar: 'security',
      suppressed: true,
      justification: 'Public website',
    }),
    fakeFinding('dr', 'REL13-BP02', [], { severity: 'low', contextMissing: ['rtoMinutes'] }),
  ];
}

/** An estimate of one Region with these totals. */
export function fakeEstimate(
  monthlyUsd: number,
  kgCo2eMonth: number,
  region = 'us-east-1',
): Estimate {
  return {
    currency: 'USD',
    regions: [
      {
        region,
        monthlyUsd,
        kgCo2eMonth,
        kwhMonth: kgCo2eMonth * 2,
        unknown: [],
        unavailable: [],
        lines: [],
      },
    ],
    notes: ['List prices.'],
  };
}
