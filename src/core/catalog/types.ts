/**
 * The catalog's own format. Every service, container and generic node a design can use is one
 * `CatalogEntry`; the JSON files under `catalog/` hold arrays of them and are checked against
 * these types by `checkCatalog` in the tests.
 */

/** AWS architecture-icon categories, plus `general` for containers and non-AWS nodes. */
export const CATEGORIES = {
  analytics: 'Analytics',
  'application-integration': 'Application Integration',
  'artificial-intelligence': 'Artificial Intelligence',
  'business-applications': 'Business Applications',
  'cloud-financial-management': 'Cloud Financial Management',
  compute: 'Compute',
  containers: 'Containers',
  'customer-enablement': 'Customer Enablement',
  databases: 'Databases',
  'developer-tools': 'Developer Tools',
  'end-user-computing': 'End User Computing',
  'front-end-web-mobile': 'Front-End Web & Mobile',
  'internet-of-things': 'Internet of Things',
  'management-governance': 'Management & Governance',
  'migration-modernization': 'Migration & Modernization',
  'networking-content-delivery': 'Networking & Content Delivery',
  'security-identity-compliance': 'Security, Identity & Compliance',
  storage: 'Storage',
  groups: 'Groups',
  general: 'General',
} as const;

export type CategoryId = keyof typeof CATEGORIES;

/**
 * What an edge means, read as "source <meaning> target" in the direction data or control flows:
 * API Gateway `invoke` Lambda, SNS `publish` SQS, SQS `trigger` Lambda (event source mapping),
 * Lambda `write` DynamoDB, Route 53 `route` ALB, Kinesis `stream` Firehose, S3 `replicate` S3.
 * `subscribe` is drawn from the subscriber to the topic or stream it listens to.
 */
export const EDGE_MEANINGS = [
  'invoke',
  'publish',
  'subscribe',
  'read',
  'write',
  'replicate',
  'route',
  'stream',
  'trigger',
] as const;
export type EdgeMeaning = (typeof EDGE_MEANINGS)[number];

/** The pseudo-parent "no container": the node sits at the top level of the design. */
export const ROOT = 'root';

export type PropertyType = 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'cidr' | 'string-list';

export interface PropertySpec {
  key: string;
  label: string;
  type: PropertyType;
  default?: string | number | boolean | string[];
  /** Allowed values for `enum` (and optionally suggestions for `string`). */
  allowed?: (string | number)[];
  min?: number;
  max?: number;
  /** Unit of a numeric value, e.g. `seconds`, `GiB`, `hours`. */
  unit?: string;
  /** Dotted CloudFormation property path on the entry's first `cfn` type, e.g. `VpcConfig.SubnetIds`. */
  cfn?: string;
  /** One line, shown under the field. */
  help: string;
}

export interface UsageSpec {
  key: string;
  label: string;
  /** e.g. `requests/month`, `GB-month`, `hours/month`, `GB/month`, `users`. */
  unit: string;
  default: number;
  min?: number;
  max?: number;
  help?: string;
}

export interface CfnResource {
  /** CloudFormation resource type, e.g. `AWS::SQS::Queue`. */
  type: string;
  /** Property values the exporter sets unless the design overrides them. */
  defaults?: Record<string, unknown>;
}

export interface ConnectionRule {
  /**
   * Targets: catalog ids, `category:<CategoryId>` for every service of a category,
   * or `*` for any non-container entry.
   */
  to: string[];
  meaning: EdgeMeaning;
  /** Default edge label when it differs from the meaning itself, e.g. "sends messages". */
  label?: string;
}

export interface PlacementSpec {
  /** Container ids (or `root`) that may directly hold this entry. */
  parents: string[];
  /** Container ids one of which must be an ancestor (e.g. a subnet needs a `vpc`). */
  requiresAncestor?: string[];
}

export interface ContainerSpec {
  /** Colour of the AWS architecture-diagram group border, e.g. `#8C4FFF` for a VPC. */
  color: string;
  /** Border style of the AWS group. */
  border: 'solid' | 'dashed';
  /** Fill tint for the group body, if AWS's group has one (public subnet green, private blue). */
  fill?: string;
}

export type EntryKind = 'service' | 'container' | 'generic';

export interface CatalogEntry {
  /** kebab-case, stable: designs store it. */
  id: string;
  kind: EntryKind;
  /** AWS's current name, e.g. "Amazon SQS". */
  name: string;
  /** Former names, long names and abbreviations the search also matches. */
  aliases: string[];
  category: CategoryId;
  /** One sentence in our own words. */
  description: string;
  /** Path under the `aws-icons` package's `icons/` folder. */
  icon: string;
  /** True when no icon of the service itself exists and a related one stands in. */
  iconFallback?: boolean;
  container?: ContainerSpec;
  /** CloudFormation resources the node becomes; empty when it has none. */
  cfn: CfnResource[];
  /** Why a node of this entry cannot be exported, when `cfn` is empty. */
  notExportable?: string;
  properties: PropertySpec[];
  usage: UsageSpec[];
  placement: PlacementSpec;
  connections: ConnectionRule[];
  /** Key of the estimator's pricing model, or null when the entry has no charge of its own. */
  pricing: string | null;
  /** Key of the estimator's carbon model, or null when no emissions are attributed. */
  carbon: string | null;
  /** Link to the AWS documentation page of the service. */
  docs?: string;
}
