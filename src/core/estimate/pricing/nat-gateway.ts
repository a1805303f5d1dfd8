import { add } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * NAT gateway: gateway-hours and GB processed, plus the public IPv4 address of a public gateway.
 * A node drawn inside an Availability Zone is one gateway; a node with `onePerAz` drawn outside
 * any zone stands for one gateway in each zone of its VPC.
 */
export function priceNatGateway(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  let gateways = 1;
  if (n.bool('onePerAz', false) && !n.inZone && n.str('availabilityMode', 'zonal') === 'zonal') {
    gateways = Math.max(1, n.zonesInVpc());
    n.assume(
      `${gateways} gateway${gateways === 1 ? '' : 's'}: one per Availability Zone of the VPC.`,
    );
  }
  const hours = n.runningHours();
  add(charges, 'nat_gateway/hour', gateways * hours);
  const gb = n.usage('dataProcessedGb');
  add(charges, 'nat_gateway/data_processed', gb);
  if (n.str('connectivityType', 'public') === 'public') {
    add(charges, 'vpc/public_ipv4_in_use_hour', gateways * hours);
    n.assume('A public gateway holds one public IPv4 address, charged per hour.');
  }
  n.assume('Data transfer out to the internet is charged to the sending nodes, not here.');
  n.assume(
    'Carbon: traffic through the gateway is not counted (CCF counts data leaving the Region or the cloud, at the sender).',
  );
  return { charges, footprint: { networkGb: 0 } };
}
