import type { Rule } from '../../types.ts';

/** The operational-excellence rules, in id order; the registry reads this list. */
export const rules: Rule[] = [];
