/**
 * One bucket policy per bucket: the TLS-only statement and any grant the wiring adds (CloudFront
 * reading through origin access control) go into the same policy, as S3 allows only one.
 */
import type { ExportContext, NodeOut } from '../context.ts';
import { ref, type Json } from '../template.ts';

/** The statement list of a bucket's policy, created on first use. */
export function bucketPolicy(ctx: ExportContext, bucket: NodeOut): Json[] {
  const existing = ctx.resourcePolicies.get(bucket.node.id);
  if (existing) return existing;
  const statements: Json[] = [];
  const id = ctx.ids.claim(`${bucket.ids[0]}Policy`, 'BucketPolicy');
  ctx.add(
    bucket.stack,
    id,
    'AWS::S3::BucketPolicy',
    {
      Bucket: ref(bucket.ids[0]),
      PolicyDocument: { Version: '2012-10-17', Statement: statements },
    },
    bucket.node.id,
  );
  ctx.resourcePolicies.set(bucket.node.id, statements);
  ctx.resourcePolicyIds.set(bucket.node.id, id);
  return statements;
}
