import { rules as costOptimization } from './rules/cost-optimization/index.ts';
import { rules as operationalExcellence } from './rules/operational-excellence/index.ts';
import { rules as performanceEfficiency } from './rules/performance-efficiency/index.ts';
import { rules as reliability } from './rules/reliability/index.ts';
import { rules as security } from './rules/security/index.ts';
import { rules as sustainability } from './rules/sustainability/index.ts';
import { PILLARS, type Pillar, type Rule } from './types.ts';

/** Every rule, grouped by pillar in the framework's order. */
export const RULES_BY_PILLAR: Readonly<Record<Pillar, readonly Rule[]>> = {
  'operational-excellence': operationalExcellence,
  security,
  reliability,
  'performance-efficiency': performanceEfficiency,
  'cost-optimization': costOptimization,
  sustainability,
};

/** Every rule, pillar by pillar (framework order), then by id: the engine's default rule set. */
export const RULES: readonly Rule[] = PILLARS.flatMap((p) =>
  [...RULES_BY_PILLAR[p]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
);

const byId = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, or undefined. */
export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}
