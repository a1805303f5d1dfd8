import { add, addDataOut } from './common.ts';
import type { Charge, Footprint, NodeInput, PricingResult } from '../types.ts';

const SSD_VOLUMES = new Set(['gp2', 'gp3', 'io2']);
/** IOPS assumed for an io2 boot volume: the instance entry has no IOPS setting. */
const IO2_BOOT_IOPS = 3000;

/**
 * EC2 On-Demand, Linux, shared tenancy: instance-hours (`ec2/<type>`) for the running hours,
 * the boot volume (`ebs/<type>_storage`, GB-month, not scaled by the schedule), and data out to
 * the internet across its bands. Elastic Beanstalk environments are priced as `nodeCount`
 * instances plus, when load-balanced, their Application Load Balancer. Instances on an Outpost
 * run on capacity priced with the Outpost.
 */
export function priceEc2(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const type = n.str('instanceType', 't3.small');
  const hours = n.runningHours();
  const beanstalk = n.entry.id === 'elastic-beanstalk';
  const instances = beanstalk ? Math.max(0, n.usage('nodeCount', 1)) : n.groupSize;
  if (!beanstalk && n.groupSize !== 1)
    n.assume(
      `Stands for the ${n.groupSize} instances of its Auto Scaling group (desired capacity).`,
    );
  const footprint: Footprint = { instances: [{ type, count: instances, hours }], storage: [] };

  if (n.str('purchaseOption', 'on-demand') === 'spot') {
    n.assume(
      'Spot prices are not in the price data: priced at the On-Demand list price (an upper bound).',
    );
  }
  if (n.onOutpost) {
    n.assume(
      'Runs on an Outpost: instance and volume capacity are part of the Outpost, priced with it.',
    );
  } else {
    add(charges, `ec2/${type}`, instances * hours);
  }

  const volumeType = n.str('volumeType', 'gp3');
  const volumeGb = Math.max(0, n.num('volumeSizeGb', 0)) * instances;
  if (volumeGb > 0) {
    if (!n.onOutpost) add(charges, `ebs/${volumeType}_storage`, volumeGb);
    footprint.storage!.push({
      gbMonth: volumeGb,
      replication: 2,
      medium: SSD_VOLUMES.has(volumeType) ? 'ssd' : 'hdd',
      label: 'boot volume',
    });
    if (volumeType === 'io2' && !n.onOutpost) {
      add(charges, 'ebs/io2_iops_tier1', IO2_BOOT_IOPS * instances);
      n.assume(
        `io2 boot volume: ${IO2_BOOT_IOPS} provisioned IOPS assumed (the instance has no IOPS setting).`,
      );
    }
  }

  if (beanstalk && n.str('environmentType', 'load-balanced') === 'load-balanced') {
    add(charges, 'elb/alb_hour', hours);
    add(charges, 'elb/alb_lcu_hour', hours);
    n.assume("The environment's Application Load Balancer is included, at 1 LCU.");
  }

  const dataOutGb = n.hasUsage('dataOutGb') ? n.usage('dataOutGb') : 0;
  addDataOut(n, charges, dataOutGb);
  footprint.networkGb = dataOutGb;
  return { charges, footprint };
}
