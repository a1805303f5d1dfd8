import { DESIGN_FORMAT, DESIGN_VERSION, type DesignError } from './types.ts';

/**
 * Upgrades a parsed document, one version at a time, to the current version. Each step takes the
 * plain object of version N and returns version N + 1; steps never drop data they do not know.
 */
type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

const MIGRATIONS: Record<number, Migration> = {
  /**
   * Version 0: the draft format of hand-written files, before `format` and `version` existed.
   * Region went under `region` instead of `defaultRegion`, and edges used `from`/`to`.
   */
  0: (doc) => {
    const { region, ...rest } = doc;
    const edges = Array.isArray(doc.edges)
      ? doc.edges.map((e) => {
          if (typeof e !== 'object' || e === null) return e;
          const { from, to, ...edge } = e as Record<string, unknown>;
          return { ...edge, source: edge.source ?? from, target: edge.target ?? to };
        })
      : doc.edges;
    return {
      ...rest,
      format: DESIGN_FORMAT,
      version: 1,
      defaultRegion: doc.defaultRegion ?? region ?? 'us-east-1',
      edges,
    };
  },
};

export type MigrationResult =
  { ok: true; doc: Record<string, unknown>; from: number } | { ok: false; errors: DesignError[] };

/** Brings any supported version to the current one; refuses newer or unknown versions clearly. */
export function migrate(doc: Record<string, unknown>): MigrationResult {
  const declared = doc.version;
  if (doc.format !== undefined && doc.format !== DESIGN_FORMAT) {
    return {
      ok: false,
      errors: [
        {
          code: 'not-a-design',
          message: `format is "${String(doc.format)}", expected "${DESIGN_FORMAT}"`,
          path: 'format',
          field: 'format',
        },
      ],
    };
  }
  let version: number;
  if (declared === undefined) version = 0;
  else if (typeof declared === 'number' && Number.isInteger(declared) && declared >= 0)
    version = declared;
  else
    return {
      ok: false,
      errors: [
        {
          code: 'invalid-version',
          message: `version must be a whole number, got ${JSON.stringify(declared)}`,
          path: 'version',
          field: 'version',
        },
      ],
    };
  if (version > DESIGN_VERSION) {
    return {
      ok: false,
      errors: [
        {
          code: 'newer-version',
          message: `this design is version ${version}, newer than this Cloudwright (version ${DESIGN_VERSION}); update Cloudwright to open it`,
          path: 'version',
          field: 'version',
        },
      ],
    };
  }
  const from = version;
  let current = doc;
  while (version < DESIGN_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) {
      return {
        ok: false,
        errors: [
          {
            code: 'invalid-version',
            message: `no migration from version ${version}`,
            path: 'version',
            field: 'version',
          },
        ],
      };
    }
    current = step(current);
    version += 1;
  }
  return { ok: true, doc: current, from };
}
