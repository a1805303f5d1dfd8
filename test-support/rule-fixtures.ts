/**
 * The shared test of a pillar's rules against their fixtures. Each pillar's `rules.test.ts` is:
 *
 *   describePillarRules('security', rules, import.meta.glob('./*.fixtures.ts', { eager: true }));
 */
import { describe, expect, it } from 'vitest';
import { restoreDesign, updateProps } from '../src/core/model/index.ts';
import type { DesignDocument } from '../src/core/model/types.ts';
import { createReviewCache, runReview } from '../src/core/review/run.ts';
import type { Finding, Pillar, Rule } from '../src/core/review/types.ts';
import type { RuleFixtures } from './design.ts';

function findingsOf(rule: Rule, design: DesignDocument, cache = createReviewCache()): Finding[] {
  return runReview(design, { rules: [rule], cache }).findings;
}

function show(findings: Finding[]): string {
  return JSON.stringify(
    findings.map((f) => ({ nodes: f.nodes, message: f.message, contextMissing: f.contextMissing })),
  );
}

/** Registers one describe block per rule: fixtures restore, pass or fail as labelled, and quick fixes work. */
export function describePillarRules(
  pillar: Pillar,
  rules: readonly Rule[],
  modules: Record<string, unknown>,
): void {
  const byId = new Map<string, RuleFixtures>();
  for (const [path, mod] of Object.entries(modules)) {
    const id = path.replace(/^.*\//, '').replace(/\.fixtures\.ts$/, '');
    byId.set(id, (mod as { fixtures: RuleFixtures }).fixtures);
  }

  describe(`${pillar} rules`, () => {
    it('belong to the pillar and each has fixtures', () => {
      for (const rule of rules) {
        expect(rule.pillar, rule.id).toBe(pillar);
        const f = byId.get(rule.id);
        expect(f, `${rule.id}.fixtures.ts`).toBeDefined();
        expect(f!.compliant.length, rule.id).toBeGreaterThan(0);
        expect(f!.nonCompliant.length, rule.id).toBeGreaterThan(0);
      }
      for (const id of byId.keys())
        expect(
          rules.map((r) => r.id),
          `fixtures without a rule: ${id}`,
        ).toContain(id);
    });

    for (const rule of rules) {
      describe(rule.id, () => {
        const f = byId.get(rule.id) ?? { compliant: [], nonCompliant: [] };
        const all = [...f.compliant, ...f.nonCompliant.map((n) => n.design)];

        it('has fixtures that restore', () => {
          for (const [i, d] of all.entries()) {
            const r = restoreDesign(d);
            expect(
              r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`),
              `fixture ${i}`,
            ).toEqual([]);
          }
        });

        it('passes the compliant fixtures', () => {
          for (const [i, d] of f.compliant.entries())
            expect(show(findingsOf(rule, d)), `compliant ${i}`).toBe('[]');
        });

        it('flags the non-compliant fixtures, naming the expected nodes', () => {
          for (const [i, { design, nodes }] of f.nonCompliant.entries()) {
            const found = findingsOf(rule, design).filter((x) => !x.contextMissing);
            const named = found.some((x) => nodes.every((n) => x.nodes.includes(n)));
            expect(
              named,
              `non-compliant ${i}: expected a finding naming ${nodes.join(', ')}, got ${show(found)}`,
            ).toBe(true);
          }
        });

        it('has quick fixes that apply and remove their finding, also when re-reviewed incrementally', () => {
          for (const [i, { design }] of f.nonCompliant.entries()) {
            const cache = createReviewCache();
            for (const hit of findingsOf(rule, design, cache)) {
              if (!hit.fix) continue;
              const fixed = updateProps(design, hit.fix.node, hit.fix.props);
              expect(
                fixed.ok ? [] : fixed.errors.map((e) => e.message),
                `non-compliant ${i}: fix ${hit.fix.title}`,
              ).toEqual([]);
              if (!fixed.ok) continue;
              const fresh = findingsOf(rule, fixed.value);
              expect(
                fresh.filter((x) => x.nodes.includes(hit.fix!.node)),
                `non-compliant ${i}: still flagged after ${hit.fix.title}`,
              ).toEqual([]);
              // Reviewing the fixed design with the cache of the flawed one must agree with a fresh review.
              expect(
                findingsOf(rule, fixed.value, cache),
                `non-compliant ${i}: incremental review`,
              ).toEqual(fresh);
              findingsOf(rule, design, cache);
            }
          }
        });
      });
    }
  });
}
