/**
 * The pricing models, one per catalog `pricing` key. `free` (no charge of its own) and
 * `unpriced` (charged, no price data: unknown) need no model.
 */
import type { PricingModel } from '../types.ts';
import { priceApiGateway } from './apigateway.ts';
import { priceAppStream } from './appstream.ts';
import { priceAurora } from './aurora.ts';
import { priceCloudFront } from './cloudfront.ts';
import { priceDynamoDb } from './dynamodb.ts';
import { priceEbs } from './ebs.ts';
import { priceEc2 } from './ec2.ts';
import { priceElastiCache } from './elasticache.ts';
import { priceElb } from './elb.ts';
import { priceFirehose } from './firehose.ts';
import { priceKinesisDataStreams } from './kinesis-data-streams.ts';
import { priceLambda } from './lambda.ts';
import { priceNatGateway } from './nat-gateway.ts';
import { priceOutposts } from './outposts.ts';
import { priceRds } from './rds.ts';
import { priceRedshift } from './redshift.ts';
import { priceS3 } from './s3.ts';
import { priceSns } from './sns.ts';
import { priceSqs } from './sqs.ts';
import { priceVpc } from './vpc.ts';
import { priceWickr } from './wickr.ts';

/** Pricing model by catalog `pricing` key; the key is also the price table's item prefix. */
export const PRICING_MODELS: Readonly<Record<string, PricingModel>> = {
  ec2: priceEc2,
  ebs: priceEbs,
  s3: priceS3,
  lambda: priceLambda,
  apigateway: priceApiGateway,
  sqs: priceSqs,
  sns: priceSns,
  kinesis_data_streams: priceKinesisDataStreams,
  firehose: priceFirehose,
  dynamodb: priceDynamoDb,
  rds: priceRds,
  aurora: priceAurora,
  redshift: priceRedshift,
  elasticache: priceElastiCache,
  nat_gateway: priceNatGateway,
  elb: priceElb,
  vpc: priceVpc,
  cloudfront: priceCloudFront,
  appstream: priceAppStream,
  wickr: priceWickr,
  outposts: priceOutposts,
};
