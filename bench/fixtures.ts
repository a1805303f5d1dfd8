import type { DesignDocument, DesignNode, DesignEdge } from '../src/core/model/types.ts';

/**
 * A large, valid, realistic design: `cells` copies of a three-tier cell (VPC, two AZs, public and
 * private subnets, a load balancer, instances, a database, queues and functions), spread over Regions.
 */
export function largeDesign(targetNodes: number): DesignDocument {
  const regions = ['us-east-1', 'eu-west-1', 'eu-north-1', 'ap-south-1'];
  const nodes: DesignNode[] = [];
  const edges: DesignEdge[] = [];
  regions.forEach((region, r) => nodes.push({ id: `r${r}`, service: 'region', props: { region } }));
  let cell = 0;
  while (nodes.length < targetNodes) {
    const r = cell % regions.length;
    const c = `c${cell}`;
    const octet = Math.floor(cell / regions.length) % 256;
    const second = Math.floor(cell / regions.length / 256);
    const base = `${10 + second}.${octet}`;
    const add = (n: DesignNode) => nodes.push(n);
    add({ id: `${c}vpc`, service: 'vpc', parent: `r${r}`, props: { cidr: `${base}.0.0/16` } });
    for (const z of [0, 1]) {
      add({
        id: `${c}az${z}`,
        service: 'availability-zone',
        parent: `${c}vpc`,
        props: { zone: 'ab'[z] },
      });
      add({
        id: `${c}pub${z}`,
        service: 'public-subnet',
        parent: `${c}az${z}`,
        props: { cidr: `${base}.${z}.0/24` },
      });
      add({
        id: `${c}prv${z}`,
        service: 'private-subnet',
        parent: `${c}az${z}`,
        props: { cidr: `${base}.${10 + z}.0/24` },
      });
      add({ id: `${c}ec2${z}`, service: 'ec2-instance', parent: `${c}prv${z}`, label: `App ${z}` });
    }
    add({
      id: `${c}db`,
      service: 'rds-instance',
      parent: `${c}prv0`,
      label: 'Database',
      props: { multiAz: true },
    });
    add({ id: `${c}q`, service: 'sqs-queue', parent: `r${r}`, label: 'Jobs' });
    add({ id: `${c}fn`, service: 'lambda-function', parent: `r${r}`, label: 'Worker' });
    add({ id: `${c}tbl`, service: 'dynamodb-table', parent: `r${r}`, label: 'State' });
    edges.push({ id: `${c}e1`, source: `${c}ec2${0}`, target: `${c}db` });
    edges.push({ id: `${c}e2`, source: `${c}ec2${1}`, target: `${c}db` });
    edges.push({ id: `${c}e3`, source: `${c}ec2${0}`, target: `${c}q` });
    edges.push({ id: `${c}e4`, source: `${c}q`, target: `${c}fn` });
    edges.push({ id: `${c}e5`, source: `${c}fn`, target: `${c}tbl` });
    cell += 1;
  }
  return {
    format: 'cloudwright',
    version: 1,
    name: `Large design (${nodes.length} nodes)`,
    defaultRegion: 'us-east-1',
    nodes,
    edges,
  };
}
