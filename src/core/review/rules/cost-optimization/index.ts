import type { Rule } from '../../types.ts';

/** The cost-optimization rules, in id order; the registry reads this list. */
export const rules: Rule[] = [];
