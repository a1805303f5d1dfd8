import type { Rule } from '../../types.ts';

/** The reliability rules, in id order; the registry reads this list. */
export const rules: Rule[] = [];
