/**
 * Resources that live in a VPC: where each type takes its subnets and security groups, and which
 * subnet-group resource stands between a database and its subnets.
 */
import type { ExportContext, NodeOut } from '../context.ts';
import { groupDescription, securityGroupFor } from '../network.ts';
import { setPath } from '../properties.ts';
import { getAtt, ref, type Json } from '../template.ts';

interface VpcSlot {
  /** Property path of the subnet list (or single subnet with `single`). */
  subnets?: string;
  single?: boolean;
  /** Property path of the security-group id list. */
  groups?: string;
  /** Property path of the VPC id. */
  vpc?: string;
  /** Zones the subnet list must span. */
  zones?: number;
  /** Property path naming the node's subnet group (a sibling resource) instead of subnets. */
  subnetGroup?: string;
  /** Security group ids go in as GetAtt GroupId rather than Ref (for types that want ids, Ref gives ids for VPC groups too). */
}

export const VPC_SLOTS: Readonly<Record<string, VpcSlot>> = {
  'AWS::Lambda::Function': { subnets: 'VpcConfig.SubnetIds', groups: 'VpcConfig.SecurityGroupIds' },
  'AWS::EC2::Instance': { subnets: 'SubnetId', single: true, groups: 'SecurityGroupIds' },
  'AWS::RDS::DBInstance': { subnetGroup: 'DBSubnetGroupName', groups: 'VPCSecurityGroups' },
  'AWS::RDS::DBCluster': { subnetGroup: 'DBSubnetGroupName', groups: 'VpcSecurityGroupIds' },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    subnets: 'Subnets',
    groups: 'SecurityGroups',
    zones: 2,
  },
  'AWS::ECS::Service': {
    subnets: 'NetworkConfiguration.AwsvpcConfiguration.Subnets',
    groups: 'NetworkConfiguration.AwsvpcConfiguration.SecurityGroups',
  },
  'AWS::ElastiCache::ReplicationGroup': {
    subnetGroup: 'CacheSubnetGroupName',
    groups: 'SecurityGroupIds',
  },
  'AWS::DocDB::DBCluster': { subnetGroup: 'DBSubnetGroupName', groups: 'VpcSecurityGroupIds' },
  'AWS::Neptune::DBCluster': { subnetGroup: 'DBSubnetGroupName', groups: 'VpcSecurityGroupIds' },
  'AWS::MemoryDB::Cluster': { subnetGroup: 'SubnetGroupName', groups: 'SecurityGroupIds' },
  'AWS::DAX::Cluster': { subnetGroup: 'SubnetGroupName', groups: 'SecurityGroupIds' },
  'AWS::Redshift::Cluster': {
    subnetGroup: 'ClusterSubnetGroupName',
    groups: 'VpcSecurityGroupIds',
  },
  'AWS::RedshiftServerless::Workgroup': {
    subnets: 'SubnetIds',
    groups: 'SecurityGroupIds',
    zones: 3,
  },
  'AWS::MSK::Cluster': {
    subnets: 'BrokerNodeGroupInfo.ClientSubnets',
    groups: 'BrokerNodeGroupInfo.SecurityGroups',
    zones: 2,
  },
  'AWS::AmazonMQ::Broker': { subnets: 'SubnetIds', groups: 'SecurityGroups' },
  'AWS::OpenSearchService::Domain': {
    subnets: 'VPCOptions.SubnetIds',
    groups: 'VPCOptions.SecurityGroupIds',
  },
  'AWS::EFS::MountTarget': { subnets: 'SubnetId', single: true, groups: 'SecurityGroups' },
  'AWS::FSx::FileSystem': { subnets: 'SubnetIds', groups: 'SecurityGroupIds' },
  'AWS::EMR::Cluster': { subnets: 'Instances.Ec2SubnetId', single: true },
  'AWS::EKS::Cluster': {
    subnets: 'ResourcesVpcConfig.SubnetIds',
    groups: 'ResourcesVpcConfig.SecurityGroupIds',
    zones: 2,
  },
  'AWS::EKS::Nodegroup': { subnets: 'Subnets' },
  'AWS::CodeBuild::Project': {
    subnets: 'VpcConfig.Subnets',
    groups: 'VpcConfig.SecurityGroupIds',
    vpc: 'VpcConfig.VpcId',
  },
  'AWS::SageMaker::Model': { subnets: 'VpcConfig.Subnets', groups: 'VpcConfig.SecurityGroupIds' },
  'AWS::MWAA::Environment': {
    subnets: 'NetworkConfiguration.SubnetIds',
    groups: 'NetworkConfiguration.SecurityGroupIds',
    zones: 2,
  },
  'AWS::DirectoryService::MicrosoftAD': {
    subnets: 'VpcSettings.SubnetIds',
    vpc: 'VpcSettings.VpcId',
    zones: 2,
  },
  'AWS::AppStream::Fleet': { subnets: 'VpcConfig.SubnetIds', groups: 'VpcConfig.SecurityGroupIds' },
  'AWS::Cloud9::EnvironmentEC2': { subnets: 'SubnetId', single: true },
  'AWS::Batch::ComputeEnvironment': {
    subnets: 'ComputeResources.Subnets',
    groups: 'ComputeResources.SecurityGroupIds',
  },
  'AWS::EC2::VPCEndpoint': { vpc: 'VpcId' },
  'AWS::NetworkFirewall::Firewall': { vpc: 'VpcId' },
  'AWS::Glue::Job': {},
};

/** Subnet-group types and the property holding their subnet ids. */
const SUBNET_GROUPS: Readonly<
  Record<string, { subnets: string; description?: string; name?: string }>
> = {
  'AWS::RDS::DBSubnetGroup': { subnets: 'SubnetIds', description: 'DBSubnetGroupDescription' },
  'AWS::DocDB::DBSubnetGroup': { subnets: 'SubnetIds', description: 'DBSubnetGroupDescription' },
  'AWS::Neptune::DBSubnetGroup': { subnets: 'SubnetIds', description: 'DBSubnetGroupDescription' },
  'AWS::ElastiCache::SubnetGroup': { subnets: 'SubnetIds', description: 'Description' },
  'AWS::MemoryDB::SubnetGroup': {
    subnets: 'SubnetIds',
    description: 'Description',
    name: 'SubnetGroupName',
  },
  'AWS::DAX::SubnetGroup': { subnets: 'SubnetIds', description: 'Description' },
  'AWS::Redshift::ClusterSubnetGroup': { subnets: 'SubnetIds', description: 'Description' },
};

/**
 * Puts a node's resources into its VPC: subnets (spanning the zones the type needs), security
 * groups and subnet groups. A node outside any VPC is left as it is.
 */
export function placeInVpc(ctx: ExportContext, out: NodeOut): void {
  const vpc = ctx.vpcOf(out.node.id);
  if (!vpc || !ctx.outs.has(vpc.id)) return;
  const vpcRef = ctx.refTo(out.node.id, vpc.id);
  let placed = false;
  out.ids.forEach((id) => {
    const def = out.stack.resources.get(id);
    if (!def) return;
    const props = (def.Properties ??= {});
    const group = SUBNET_GROUPS[def.Type];
    if (group) {
      const subnets = ctx.subnetRefs(out.node.id, ctx.subnetsFor(out.node.id, 2));
      props[group.subnets] = subnets;
      if (group.description)
        props[group.description] ??= groupDescription(`Subnets of ${out.ids[0]}`);
      if (group.name) props[group.name] ??= out.ids[0].toLowerCase().slice(0, 255);
      return;
    }
    const slot = VPC_SLOTS[def.Type];
    if (!slot) return;
    if (slot.vpc && vpcRef) setPath(props, slot.vpc, vpcRef);
    if (slot.subnets) {
      const subnets = ctx.subnetRefs(out.node.id, ctx.subnetsFor(out.node.id, slot.zones ?? 1));
      if (subnets.length === 0) return;
      setPath(props, slot.subnets, slot.single ? subnets[0] : subnets);
    }
    if (slot.subnetGroup) {
      const sibling = out.ids.find(
        (other) => SUBNET_GROUPS[out.stack.resources.get(other)?.Type ?? ''],
      );
      if (sibling) setPath(props, slot.subnetGroup, ref(sibling));
    }
    if (slot.groups) {
      const sg = securityGroupFor(ctx, out.node.id);
      if (sg) setPath(props, slot.groups, [getAtt(sg, 'GroupId') as Json]);
    }
    placed = true;
  });
  if (placed) ctx.placedInVpc.add(out.node.id);
}
