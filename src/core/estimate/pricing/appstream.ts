import { HOURS_PER_MONTH } from '../prices.ts';
import { add, addMissing } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * Amazon WorkSpaces Applications (AppStream 2.0): streaming instance-hours of the fleet's
 * instance type and operating system, and the Microsoft user fee per user-month on Windows.
 * Always-on fleets bill every provisioned hour; on-demand fleets bill session hours at the fleet
 * rate plus a stopped-instance fee for idle provisioned hours, which is not in the data.
 */
export function priceAppStream(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const type = n.str('instanceType', 'stream.standard.large');
  const os = n.str('operatingSystem', 'windows') === 'amazon_linux' ? 'amazon_linux' : 'windows';
  const fleet = n.str('fleetType', 'ON_DEMAND');
  const instances = Math.max(0, n.num('desiredInstances', 1));
  const hours = n.runningHours();
  add(charges, `appstream/${type}_${os}_fleet`, instances * hours);
  if (fleet === 'ON_DEMAND') {
    addMissing(
      n,
      charges,
      `appstream/${type}_${os}_stopped_instance`,
      instances * Math.max(0, HOURS_PER_MONTH - hours),
      'the on-demand stopped-instance fee',
    );
  }
  if (os === 'windows') add(charges, 'appstream/windows_user_fee_month', n.usage('users'));

  // Only the graphics type names its EC2 hardware; CCF has no figures for the other stream types.
  const ec2 = /^stream\.graphics\.(g\w+\.\w+)$/.exec(type)?.[1];
  if (!ec2)
    return {
      charges,
      carbonUnknown: `Cloud Carbon Footprint has no hardware figures for AppStream ${type}.`,
    };
  return { charges, footprint: { instances: [{ type: ec2, count: instances, hours }] } };
}
