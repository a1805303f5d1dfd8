import { describe, expect, it } from 'vitest';
import { updateProps } from '../../../model/ops.ts';
import { restoreDesign } from '../../../model/restore.ts';
import type { DesignDocument } from '../../../model/types.ts';
import { createReviewCache, runReview } from '../../run.ts';
import type { Finding, Rule } from '../../types.ts';
import { rules } from './index.ts';

interface Fixtures {
  compliant: DesignDocument[];
  nonCompliant: { design: DesignDocument; nodes: string[] }[];
}

const fixtureModules = import.meta.glob<{ fixtures: Fixtures }>('./*.fixtures.ts', { eager: true });

function restored(d: DesignDocument): DesignDocument {
  const r = restoreDesign(structuredClone(d));
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.value.design;
}

function findings(rule: Rule, d: DesignDocument): Finding[] {
  return runReview(d, { rules: [rule], cache: createReviewCache() }).findings.filter((f) => f.rule === rule.id);
}

const key = (nodes: readonly string[]) => [...nodes].sort().join(',');

describe('sustainability rules', () => {
  it('has a fixtures file for every rule and no other', () => {
    expect(Object.keys(fixtureModules).sort()).toEqual(rules.map((r) => `./${r.id}.fixtures.ts`).sort());
  });

  describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const fx = fixtureModules[`./${id}.fixtures.ts`]?.fixtures;

    it('has compliant and non-compliant fixtures', () => {
      expect(fx?.compliant.length).toBeGreaterThan(0);
      expect(fx?.nonCompliant.length).toBeGreaterThan(0);
    });

    it('raises nothing on the compliant fixtures', () => {
      for (const d of fx?.compliant ?? []) expect(findings(rule, restored(d))).toEqual([]);
    });

    it('names the expected nodes on the non-compliant fixtures', () => {
      for (const { design, nodes } of fx?.nonCompliant ?? []) {
        const found = findings(rule, restored(design));
        expect(found.filter((f) => f.contextMissing)).toEqual([]);
        expect(found.map((f) => key(f.nodes))).toContain(key(nodes));
      }
    });

    it('has quick fixes that are valid and remove their hit', () => {
      for (const { design } of fx?.nonCompliant ?? []) {
        const d = restored(design);
        for (const f of findings(rule, d).filter((x) => x.fix)) {
          const fixed = updateProps(d, f.fix!.node, f.fix!.props);
          expect(fixed.ok, JSON.stringify(fixed)).toBe(true);
          if (!fixed.ok) continue;
          expect(restoreDesign(structuredClone(fixed.value)).ok).toBe(true);
          expect(findings(rule, fixed.value).map((x) => key(x.nodes))).not.toContain(key(f.nodes));
        }
      }
    });

    if (rule.needsContext) {
      it('reports missing context instead of guessing', () => {
        const { design } = fx!.nonCompliant[0];
        const context = { ...design.context };
        for (const k of rule.needsContext!) delete context[k];
        const found = findings(rule, restored({ ...design, context }));
        expect(found.length).toBe(1);
        expect(found[0].contextMissing).toEqual(rule.needsContext);
      });
    }
  });
});
