import type { CatalogEntry } from './types.ts';
import groups from '../../../catalog/services/groups.json';
import compute from '../../../catalog/services/compute.json';
import containers from '../../../catalog/services/containers.json';
import storage from '../../../catalog/services/storage.json';
import databases from '../../../catalog/services/databases.json';
import analytics from '../../../catalog/services/analytics.json';
import ai from '../../../catalog/services/ai.json';
import integration from '../../../catalog/services/integration.json';
import endUser from '../../../catalog/services/end-user.json';
import networking from '../../../catalog/services/networking.json';
import security from '../../../catalog/services/security.json';
import management from '../../../catalog/services/management.json';
import migration from '../../../catalog/services/migration.json';
import developerTools from '../../../catalog/services/developer-tools.json';
import iot from '../../../catalog/services/iot.json';

/** Catalog files in palette order. Their shape is checked by `checkCatalog` in the tests. */
export const CATALOG_FILES: Record<string, unknown[]> = {
  groups,
  compute,
  containers,
  storage,
  databases,
  analytics,
  ai,
  integration,
  'end-user': endUser,
  networking,
  security,
  management,
  migration,
  'developer-tools': developerTools,
  iot,
};

/** Every entry of every catalog file, in file order. */
export const CATALOG_ENTRIES: readonly CatalogEntry[] = Object.values(CATALOG_FILES).flat() as CatalogEntry[];
