import type { Rule } from '../../types.ts';

/** The performance-efficiency rules, in id order; the registry reads this list. */
export const rules: Rule[] = [];
