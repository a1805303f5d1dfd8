export { CATALOG_ENTRIES, canConnect, canPlace } from '../src/core/catalog/index.ts';
export { KNOWN_REGIONS } from '../src/core/model/check.ts';
