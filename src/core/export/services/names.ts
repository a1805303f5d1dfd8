/**
 * Physical names. CloudFormation generates most names; where a type requires one, or a name must
 * be known before the resource exists (an S3 bucket that notifies), it is derived from the stack
 * name or the account, Region and environment, so that two stacks never collide.
 */
import type { ExportContext, NodeOut } from '../context.ts';
import { sub, type Json } from '../template.ts';

/** `"Orders handler"` -> `"orders-handler"`; at most `max` characters, never empty. */
export function kebab(text: string, max = 40): string {
  const k = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return k || 'resource';
}

/** `${AWS::StackName}-<logical id in kebab case>`: unique per stack, readable in the console. */
export function stackScopedName(out: NodeOut, index = 0, max = 40): Json {
  return sub(`\${AWS::StackName}-${kebab(out.ids[index] ?? out.ids[0], max)}`);
}

/** Like `stackScopedName`, for names that allow only letters, digits and underscores. */
export function underscoreName(out: NodeOut, index = 0): string {
  return kebab(out.ids[index] ?? out.ids[0], 60).replace(/-/g, '_');
}

/**
 * The fixed name of a bucket that sends notifications: `<label>-<environment>-<account>-<region>`,
 * lower case and at most 63 characters, as S3 requires.
 */
export function bucketName(ctx: ExportContext, bucket: NodeOut): Json {
  const props = ctx.props(bucket.stack, bucket.ids[0]);
  if (props.BucketName === undefined) {
    props.BucketName = sub(
      `${kebab(bucket.ids[0], 24)}-\${Environment}-\${AWS::AccountId}-\${AWS::Region}`,
    );
  }
  return props.BucketName;
}

/** The ARN of a bucket by its fixed name, for policies the bucket itself depends on. */
export function bucketArn(ctx: ExportContext, bucket: NodeOut): Json {
  const name = bucketName(ctx, bucket);
  const text =
    typeof name === 'object' && name !== null && 'Fn::Sub' in name
      ? String((name as { 'Fn::Sub': string })['Fn::Sub'])
      : String(name);
  return sub(`arn:\${AWS::Partition}:s3:::${text}`);
}
