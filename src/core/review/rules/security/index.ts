import type { Rule } from '../../types.ts';

/** The security rules, in id order; the registry reads this list. */
export const rules: Rule[] = [];
