import { add, addBanded, addDataOut, addMissing } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * VPC extras, by catalog entry: Elastic IP (public IPv4 address-hours), Site-to-Site VPN
 * (connection-hours, a transit gateway attachment when it ends on one, data out across its bands),
 * VPC endpoint (interface: endpoint-AZ-hours and GB processed in the first PB band; gateway:
 * free), transit gateway (attachment-hours and GB processed).
 */
export function priceVpc(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const hours = n.runningHours();
  switch (n.entry.id) {
    case 'elastic-ip':
      add(charges, 'vpc/public_ipv4_in_use_hour', hours);
      n.assume('Public IPv4 addresses are charged per hour whether attached or idle.');
      return { charges };
    case 'site-to-site-vpn': {
      add(charges, 'vpc/site_to_site_vpn_connection_hour', hours);
      if (n.str('attachTo', 'virtual-private-gateway') === 'transit-gateway')
        add(charges, 'vpc/transit_gateway_vpc_attachment_hour', hours);
      if (n.bool('acceleration', false))
        addMissing(
          n,
          charges,
          'vpc/accelerated_vpn_hour',
          hours,
          'accelerated VPN (Global Accelerator)',
        );
      const gb = n.usage('dataOutGb');
      addDataOut(n, charges, gb);
      return { charges, footprint: { networkGb: gb } };
    }
    case 'vpc-endpoint': {
      const type = n.str('endpointType', 'Interface');
      if (type === 'Gateway') {
        n.assume('Gateway endpoints (S3, DynamoDB) are free.');
        return { charges, footprint: { networkGb: 0 } };
      }
      const azs = Math.max(0, n.usage('azCount'));
      const gb = n.usage('dataProcessedGb');
      if (type === 'GatewayLoadBalancer') {
        addMissing(
          n,
          charges,
          'vpc/gwlb_endpoint_hour',
          azs * hours,
          'Gateway Load Balancer endpoints',
        );
      } else {
        add(charges, 'vpc/interface_endpoint_hour', azs * hours);
        addBanded(
          charges,
          'vpc/interface_endpoint_data',
          ['vpc/interface_endpoint_data_first_1pb'],
          gb,
        );
      }
      return { charges, footprint: { networkGb: gb } };
    }
    case 'transit-gateway': {
      add(
        charges,
        'vpc/transit_gateway_vpc_attachment_hour',
        Math.max(0, n.usage('attachments')) * hours,
      );
      const gb = n.usage('dataProcessedGb');
      add(charges, 'vpc/transit_gateway_data', gb);
      return { charges, footprint: { networkGb: gb } };
    }
    default:
      return { charges, unknownReason: `No VPC price model for ${n.entry.name}.` };
  }
}
