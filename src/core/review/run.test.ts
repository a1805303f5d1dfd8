import { describe, expect, it } from 'vitest';
import { updateProps } from '../model/ops.ts';
import type { DesignDocument } from '../model/types.ts';
import { design, network, node } from '../../../test-support/design.ts';
import { createReviewCache, runReview } from './run.ts';
import type { NodeRule, TopologyRule } from './types.ts';

const meta = {
  bestPractice: 'SEC08-BP02',
  rationale: 'Test rule rationale text.',
  remediation: 'Test rule remediation text.',
  docs: 'https://docs.aws.amazon.com/',
};

function counting() {
  const calls = { node: 0, topo: 0 };
  const nodeRule: NodeRule = {
    ...meta,
    id: 'bucket-versioning',
    pillar: 'security',
    severity: 'high',
    title: 'Bucket without versioning',
    services: ['s3-bucket'],
    topology: false,
    checkNode: (n, ctx) => {
      calls.node += 1;
      return ctx.prop(n, 'versioning') === true
        ? null
        : {
            nodes: [n.id],
            fix: { title: 'Enable versioning', node: n.id, props: { versioning: true } },
          };
    },
  };
  const topoRule: TopologyRule = {
    ...meta,
    id: 'single-az-instances',
    pillar: 'reliability',
    bestPractice: 'REL10-BP01',
    severity: 'medium',
    title: 'Instances in one AZ',
    services: ['ec2-instance'],
    topology: true,
    check: (ctx) => {
      calls.topo += 1;
      const instances = ctx
        .nodesOf('ec2-instance')
        .filter((n) => ctx.prop(n, 'instanceType') !== 'g4dn.xlarge');
      const zones = new Set(instances.flatMap((n) => ctx.zonesOf(n)));
      return zones.size === 1 ? [{ nodes: instances.map((n) => n.id) }] : [];
    },
  };
  const ctxRule: TopologyRule = {
    ...topoRule,
    id: 'needs-rto',
    needsContext: ['rtoMinutes'],
    check: () => [{ nodes: [] }],
  };
  return { calls, nodeRule, topoRule, ctxRule };
}

function fixture(): DesignDocument {
  const net = network();
  return design([
    ...net.nodes,
    node('b1', 's3-bucket', net.region, { versioning: false }),
    node('b2', 's3-bucket', net.region, { versioning: true }),
    node('i1', 'ec2-instance', net.zones[0].private),
    node('i2', 'ec2-instance', net.zones[0].private),
  ]);
}

describe('runReview', () => {
  it('runs node rules on their services and topology rules on the design', () => {
    const { nodeRule, topoRule } = counting();
    const r = runReview(fixture(), { rules: [nodeRule, topoRule], cache: createReviewCache() });
    expect(r.findings.map((f) => [f.rule, f.nodes])).toEqual([
      ['bucket-versioning', ['b1']],
      ['single-az-instances', ['i1', 'i2']],
    ]);
    expect(r.findings[0].fix).toEqual({
      title: 'Enable versioning',
      node: 'b1',
      props: { versioning: true },
    });
    expect(r.counts).toMatchObject({
      total: 2,
      open: 2,
      bySeverity: { high: 1, medium: 1, low: 0 },
    });
  });

  it('re-runs only the rules an edit can affect', () => {
    const { calls, nodeRule, topoRule } = counting();
    const cache = createReviewCache();
    const rules = [nodeRule, topoRule];
    const d1 = fixture();
    runReview(d1, { rules, cache });
    expect(calls).toEqual({ node: 2, topo: 1 });
    runReview(d1, { rules, cache });
    expect(calls).toEqual({ node: 2, topo: 1 });
    const d2 = updateProps(d1, 'b1', { versioning: true });
    if (!d2.ok) throw new Error('edit refused');
    const r2 = runReview(d2.value, { rules, cache });
    expect(calls).toEqual({ node: 3, topo: 1 });
    expect(r2.findings.map((f) => f.rule)).toEqual(['single-az-instances']);
    // A setting the topology rule never read does not run it again; one it read does.
    const d3 = updateProps(d2.value, 'i1', { detailedMonitoring: true });
    if (!d3.ok) throw new Error('edit refused');
    runReview(d3.value, { rules, cache });
    expect(calls).toEqual({ node: 3, topo: 1 });
    const d4 = updateProps(d3.value, 'i1', { instanceType: 'm5.large' });
    if (!d4.ok) throw new Error('edit refused');
    runReview(d4.value, { rules, cache });
    expect(calls).toEqual({ node: 3, topo: 2 });
    runReview({ ...d4.value, context: { environment: 'production' } }, { rules, cache });
    expect(calls).toEqual({ node: 5, topo: 3 });
  });

  it('reports missing context instead of running the rule, only where the rule applies', () => {
    const { ctxRule } = counting();
    const r = runReview(fixture(), { rules: [ctxRule], cache: createReviewCache() });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({
      rule: 'needs-rto',
      severity: 'low',
      nodes: [],
      contextMissing: ['rtoMinutes'],
    });
    const withContext = { ...fixture(), context: { rtoMinutes: 60 } };
    expect(
      runReview(withContext, { rules: [ctxRule], cache: createReviewCache() }).findings[0]
        .contextMissing,
    ).toBeUndefined();
    const noInstances = {
      ...fixture(),
      nodes: fixture().nodes.filter((n) => n.service !== 'ec2-instance'),
    };
    expect(
      runReview(noInstances, { rules: [ctxRule], cache: createReviewCache() }).findings,
    ).toEqual([]);
  });

  it('marks suppressed findings with their justification and leaves them out of scores', () => {
    const { nodeRule, topoRule } = counting();
    const d = {
      ...fixture(),
      suppressions: [{ rule: 'bucket-versioning', nodes: ['b1'], justification: 'Scratch data' }],
    };
    const r = runReview(d, { rules: [nodeRule, topoRule], cache: createReviewCache() });
    const f = r.findings.find((x) => x.rule === 'bucket-versioning')!;
    expect(f).toMatchObject({ suppressed: true, justification: 'Scratch data' });
    expect(r.findings[r.findings.length - 1]).toBe(f);
    expect(r.scores.security).toBe(100);
    expect(r.counts).toMatchObject({ open: 1, suppressed: 1 });
    const everywhere = {
      ...fixture(),
      suppressions: [{ rule: 'single-az-instances', nodes: [], justification: 'Test' }],
    };
    expect(
      runReview(everywhere, { rules: [topoRule], cache: createReviewCache() }).findings[0]
        .suppressed,
    ).toBe(true);
  });

  it('scores a pillar by the weighted share of failing rules', () => {
    const { nodeRule, topoRule } = counting();
    const r = runReview(fixture(), { rules: [nodeRule, topoRule], cache: createReviewCache() });
    // One bucket of two fails a high rule: 100 x (1 - 5 x 0.5 / 5).
    expect(r.scores.security).toBe(50);
    expect(r.scores.reliability).toBe(0);
    expect(r.scores.sustainability).toBe(100);
  });

  it('is deterministic', () => {
    const { nodeRule, topoRule } = counting();
    const a = runReview(fixture(), { rules: [topoRule, nodeRule], cache: createReviewCache() });
    const b = runReview(fixture(), { rules: [nodeRule, topoRule], cache: createReviewCache() });
    expect(a.findings).toEqual(b.findings);
  });
});
