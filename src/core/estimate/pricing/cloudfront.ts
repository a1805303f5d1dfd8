import { addMissing, noFreeTier } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

const FIRST_BAND_GB = 10 * 1024;

/**
 * Amazon CloudFront pay-as-you-go: data out to viewers (first 10 TB band; the data has no price
 * above) and HTTPS or HTTP requests, at the prices of the edge geography serving most viewers;
 * the same in every Region, since CloudFront is global.
 */
export function priceCloudFront(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const geography = n.str('viewerGeography', 'United States');
  const gb = n.usage('dataOutGb');
  const firstBandGb = Math.min(gb, FIRST_BAND_GB);
  if (firstBandGb > 0)
    charges.push({
      item: 'cloudfront/data_out_to_internet_first_10tb',
      quantity: firstBandGb,
      geography,
    });
  addMissing(
    n,
    charges,
    'cloudfront/data_out_to_internet_next_40tb',
    gb - FIRST_BAND_GB,
    'CloudFront data out above 10 TB',
  );
  const requests = n.usage('requestsPerMonth');
  const https = n.str('viewerProtocolPolicy', 'redirect-to-https') !== 'allow-all';
  if (requests > 0)
    charges.push({
      item: https ? 'cloudfront/https_requests' : 'cloudfront/http_requests',
      quantity: requests,
      geography,
    });
  n.assume(`Priced at the ${geography} edge prices (most viewers there).`);
  if (!https) n.assume('Viewers may use HTTP or HTTPS: all requests priced as HTTP.');
  noFreeTier(n, '1 TB of data out and 10 million requests a month');
  return { charges, footprint: { networkGb: gb } };
}
