import type { Rule } from '../../types.ts';
import { rule as albHttpListener } from './alb-http-listener.ts';
import { rule as apiGatewayWithoutWaf } from './api-gateway-without-waf.ts';
import { rule as apiWithoutAuthorization } from './api-without-authorization.ts';
import { rule as cloudfrontViewerHttps } from './cloudfront-viewer-https.ts';
import { rule as cloudfrontWithoutWaf } from './cloudfront-without-waf.ts';
import { rule as cognitoMfaOff } from './cognito-mfa-off.ts';
import { rule as confidentialDataWithoutCmk } from './confidential-data-without-cmk.ts';
import { rule as dataStoreInPublicSubnet } from './data-store-in-public-subnet.ts';
import { rule as dataStoreOpenSecurityGroup } from './data-store-open-security-group.ts';
import { rule as dataStoreReachableFromInternet } from './data-store-reachable-from-internet.ts';
import { rule as dataStoreTls } from './data-store-tls.ts';
import { rule as databaseCredentialsNotInSecretsManager } from './database-credentials-not-in-secrets-manager.ts';
import { rule as databaseEncryptionAtRest } from './database-encryption-at-rest.ts';
import { rule as databasePubliclyAccessible } from './database-publicly-accessible.ts';
import { rule as ecrImageScanning } from './ecr-image-scanning.ts';
import { rule as eksPublicEndpoint } from './eks-public-endpoint.ts';
import { rule as iamRoleWildcards } from './iam-role-wildcards.ts';
import { rule as instancesWithoutSessionManager } from './instances-without-session-manager.ts';
import { rule as kmsKeyRotation } from './kms-key-rotation.ts';
import { rule as lbTargetsInPublicSubnet } from './lb-targets-in-public-subnet.ts';
import { rule as messagingEncryptionAtRest } from './messaging-encryption-at-rest.ts';
import { rule as noCloudtrail } from './no-cloudtrail.ts';
import { rule as opensearchOutsideVpc } from './opensearch-outside-vpc.ts';
import { rule as outdatedTlsPolicy } from './outdated-tls-policy.ts';
import { rule as publicAlbWithoutWaf } from './public-alb-without-waf.ts';
import { rule as s3BucketEncryption } from './s3-bucket-encryption.ts';
import { rule as s3BucketPublicAccessBlock } from './s3-bucket-public-access-block.ts';
import { rule as s3BucketTlsOnly } from './s3-bucket-tls-only.ts';
import { rule as secretsRotation } from './secrets-rotation.ts';
import { rule as securityGroupOpenAdminPorts } from './security-group-open-admin-ports.ts';
import { rule as storageEncryptionAtRest } from './storage-encryption-at-rest.ts';
import { rule as vpcFlowLogs } from './vpc-flow-logs.ts';

/** The security rules, in id order; the registry reads this list. */
export const rules: Rule[] = [
  albHttpListener,
  apiGatewayWithoutWaf,
  apiWithoutAuthorization,
  cloudfrontViewerHttps,
  cloudfrontWithoutWaf,
  cognitoMfaOff,
  confidentialDataWithoutCmk,
  dataStoreInPublicSubnet,
  dataStoreOpenSecurityGroup,
  dataStoreReachableFromInternet,
  dataStoreTls,
  databaseCredentialsNotInSecretsManager,
  databaseEncryptionAtRest,
  databasePubliclyAccessible,
  ecrImageScanning,
  eksPublicEndpoint,
  iamRoleWildcards,
  instancesWithoutSessionManager,
  kmsKeyRotation,
  lbTargetsInPublicSubnet,
  messagingEncryptionAtRest,
  noCloudtrail,
  opensearchOutsideVpc,
  outdatedTlsPolicy,
  publicAlbWithoutWaf,
  s3BucketEncryption,
  s3BucketPublicAccessBlock,
  s3BucketTlsOnly,
  secretsRotation,
  securityGroupOpenAdminPorts,
  storageEncryptionAtRest,
  vpcFlowLogs,
];
