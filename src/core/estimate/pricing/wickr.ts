import { add } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/** AWS Wickr: users per month at the Standard or Premium price, and guest users when allowed. */
export function priceWickr(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const level = n.str('accessLevel', 'STANDARD') === 'PREMIUM' ? 'premium' : 'standard';
  add(charges, `wickr/${level}_user_month`, n.usage('users'));
  if (n.bool('guestAccess', false)) add(charges, 'wickr/guest_user_month', n.usage('guestUsers'));
  return { charges };
}
