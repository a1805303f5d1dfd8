import type { Rule } from '../../types.ts';

/** The sustainability rules, in id order; the registry reads this list. */
export const rules: Rule[] = [];
