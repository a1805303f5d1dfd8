import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { restoreDesign, type DesignDocument } from '../../core/model/index.ts';

/**
 * Designs kept in the browser (IndexedDB). Every record carries a revision so that two tabs on
 * the same design never silently overwrite each other: a save whose base revision is stale is
 * refused and the caller keeps the user's work as a copy.
 */

export interface StoredDesign {
  key: string;
  name: string;
  design: DesignDocument;
  updatedAt: number;
  revision: number;
}

interface Schema extends DBSchema {
  designs: { key: string; value: StoredDesign; indexes: { updatedAt: number } };
  meta: { key: string; value: string };
  /** Well-Architected review sessions, keyed by the design's key (kept apart from the design document). */
  sessions: { key: string; value: unknown };
}

let dbPromise: Promise<IDBPDatabase<Schema>> | null = null;

function db(): Promise<IDBPDatabase<Schema>> {
  dbPromise ??= openDB<Schema>('cloudwright', 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        const designs = database.createObjectStore('designs', { keyPath: 'key' });
        designs.createIndex('updatedAt', 'updatedAt');
        database.createObjectStore('meta');
      }
      if (oldVersion < 2) database.createObjectStore('sessions');
    },
  });
  return dbPromise;
}

export function newDesignKey(): string {
  return `design-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function listDesigns(): Promise<StoredDesign[]> {
  const all = await (await db()).getAllFromIndex('designs', 'updatedAt');
  return all.reverse();
}

/** Reads a stored design through the restore step; a damaged record reads as null. */
export async function readDesign(key: string): Promise<StoredDesign | null> {
  const record = await (await db()).get('designs', key);
  if (!record) return null;
  const restored = restoreDesign(record.design);
  return restored.ok ? { ...record, design: restored.value.design } : null;
}

export async function lastOpened(): Promise<string | undefined> {
  return (await db()).get('meta', 'lastOpened');
}

export async function setLastOpened(key: string): Promise<void> {
  await (await db()).put('meta', key, 'lastOpened');
}

export type SaveOutcome =
  | { ok: true; revision: number }
  | { ok: false; reason: 'conflict'; theirs: StoredDesign }
  | { ok: false; reason: 'quota' | 'error'; message: string };

/** Saves if nobody else saved since `baseRevision`; reports conflicts and quota failures. */
export async function saveDesign(
  key: string,
  design: DesignDocument,
  baseRevision: number,
): Promise<SaveOutcome> {
  try {
    const database = await db();
    const tx = database.transaction('designs', 'readwrite');
    const current = await tx.store.get(key);
    if (current && current.revision > baseRevision) {
      await tx.done;
      return { ok: false, reason: 'conflict', theirs: current };
    }
    const revision = (current?.revision ?? 0) + 1;
    await tx.store.put({ key, name: design.name, design, updatedAt: Date.now(), revision });
    await tx.done;
    return { ok: true, revision };
  } catch (err) {
    const name = err instanceof DOMException ? err.name : '';
    if (name === 'QuotaExceededError')
      return {
        ok: false,
        reason: 'quota',
        message:
          'Browser storage is full: the design could not be saved. Download it with Save, then free space or delete old designs.',
      };
    return {
      ok: false,
      reason: 'error',
      message: `Could not save to browser storage: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

export async function deleteDesign(key: string): Promise<void> {
  await (await db()).delete('designs', key);
}

/** The review session saved for a design, as stored (the caller checks its shape). */
export async function readSession(designKey: string): Promise<unknown> {
  return (await db()).get('sessions', designKey);
}

export async function writeSession(
  designKey: string,
  session: unknown,
): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await (await db()).put('sessions', session, designKey);
    return { ok: true };
  } catch (err) {
    const quota = err instanceof DOMException && err.name === 'QuotaExceededError';
    return {
      ok: false,
      message: quota
        ? 'Browser storage is full: the review session could not be saved.'
        : `Could not save the review session: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}
