import { add, addBanded, addMissing, noFreeTier } from './common.ts';
import type { Charge, NodeInput, PricingResult } from '../types.ts';

/**
 * Amazon API Gateway: REST API calls (first 333 million a month), HTTP API calls (first 300
 * million; 512 KB metering), WebSocket messages (first billion; 32 KB metering) and connection
 * minutes, and the REST stage cache per running hour (only the 0.5 GB size is in the data).
 * Above the first band the data has no price: the line is unknown.
 */
export function priceApiGateway(n: NodeInput): PricingResult {
  const charges: Charge[] = [];
  const type = n.str('apiType', 'rest');
  if (type === 'websocket') {
    addBanded(
      charges,
      'apigateway/websocket_messages',
      ['apigateway/websocket_messages_first_1b'],
      n.usage('messagesPerMonth'),
    );
    add(charges, 'apigateway/websocket_connection_minutes', n.usage('connectionMinutes'));
    n.assume('Each message is up to 32 KB (one metered message).');
  } else if (type === 'http') {
    addBanded(
      charges,
      'apigateway/http_api_requests',
      ['apigateway/http_api_requests_first_300m'],
      n.usage('requestsPerMonth'),
    );
    n.assume('Each request is up to 512 KB (one metered request).');
  } else {
    addBanded(
      charges,
      'apigateway/rest_requests',
      ['apigateway/rest_requests_first_333m'],
      n.usage('requestsPerMonth'),
    );
    if (n.bool('cacheEnabled', false)) {
      const size = n.str('cacheSizeGb', '0.5');
      const item = `apigateway/rest_cache_${size.replace('.', '_')}gb`;
      if (size === '0.5') add(charges, item, n.runningHours());
      else addMissing(n, charges, item, n.runningHours(), `a ${size} GB stage cache`);
    }
  }
  noFreeTier(
    n,
    '1 million REST, 1 million HTTP calls and 1 million WebSocket messages a month for new accounts',
  );
  return { charges };
}
