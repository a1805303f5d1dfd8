import { describe, expect, it } from 'vitest';
import type { RuleFixtures } from '../../../test-support/design.ts';
import { getEntry } from '../catalog/index.ts';
import { updateProps, updateUsage } from '../model/ops.ts';
import type { DesignDocument, PropValue } from '../model/types.ts';
import { getRule } from './registry.ts';
import { createReviewCache, runReview } from './run.ts';
import type { Rule } from './types.ts';

/**
 * The engine re-runs a rule after an edit only when the edit can change its answer (see
 * ReviewCache). This checks that promise for every rule: on each fixture, every setting and usage
 * figure of every node is changed in turn, and the cached re-review must equal a fresh review.
 */
const modules = import.meta.glob('./rules/*/*.fixtures.ts', { eager: true }) as Record<
  string,
  { fixtures: RuleFixtures }
>;

function alternatives(
  spec: {
    type: string;
    default?: PropValue;
    allowed?: (string | number)[];
    min?: number;
    max?: number;
  },
  current: PropValue | undefined,
): PropValue[] {
  switch (spec.type) {
    case 'boolean':
      return [!(current ?? spec.default)];
    case 'enum':
      return (spec.allowed ?? []).filter((v) => v !== current).slice(0, 4);
    case 'integer':
    case 'number': {
      const now = Number(current ?? spec.default ?? 0);
      const values = [spec.min ?? 0, spec.max ?? now * 10 + 1, Math.round(now * 6)].filter(
        (v) =>
          v !== now &&
          (spec.min === undefined || v >= spec.min) &&
          (spec.max === undefined || v <= spec.max),
      );
      return [...new Set(values)];
    }
    case 'string-list':
      return [Array.isArray(current) && current.length > 0 ? [] : ['us-west-2']];
    default:
      return [];
  }
}

function edits(design: DesignDocument): DesignDocument[] {
  const out: DesignDocument[] = [];
  for (const node of design.nodes) {
    const entry = getEntry(node.service);
    if (!entry || entry.kind === 'container') continue;
    for (const spec of entry.properties) {
      for (const value of alternatives(spec, node.props?.[spec.key])) {
        const r = updateProps(design, node.id, { [spec.key]: value });
        if (r.ok) out.push(r.value);
      }
    }
    for (const u of entry.usage) {
      const r = updateUsage(design, node.id, {
        [u.key]: (node.usage?.[u.key] ?? u.default) * 100 + 1,
      });
      if (r.ok) out.push(r.value);
    }
    const relabelled = {
      ...design,
      nodes: design.nodes.map((n) => (n.id === node.id ? { ...n, label: `Renamed ${n.id}` } : n)),
    };
    out.push(relabelled);
  }
  return out;
}

function view(rule: Rule, design: DesignDocument, cache = createReviewCache()) {
  const r = runReview(design, { rules: [rule], cache });
  const findings = r.findings.map((f) => ({
    nodes: f.nodes,
    message: f.message,
    fix: f.fix,
    contextMissing: f.contextMissing,
    suppressed: f.suppressed,
  }));
  return { findings, scores: r.scores, counts: r.counts };
}

describe('incremental re-review', () => {
  for (const [path, mod] of Object.entries(modules)) {
    const id = path.replace(/^.*\//, '').replace(/\.fixtures\.ts$/, '');
    const rule = getRule(id);
    if (!rule) continue;
    it(`agrees with a fresh review after any one-node edit: ${rule.pillar}/${id}`, () => {
      const plain = [...mod.fixtures.compliant, ...mod.fixtures.nonCompliant.map((n) => n.design)];
      // The same designs with the rule accepted on the first node, to exercise suppressed findings too.
      const accepted = plain.map((d) => ({
        ...d,
        suppressions: [
          { rule: id, nodes: d.nodes.slice(0, 1).map((n) => n.id), justification: 'Accepted' },
        ],
      }));
      const designs = [...plain, ...accepted];
      for (const base of designs) {
        const cache = createReviewCache();
        view(rule, base, cache);
        for (const edited of edits(base)) {
          expect(view(rule, edited, cache)).toEqual(view(rule, edited));
          view(rule, base, cache);
        }
      }
    });
  }
});
