import { readFile, writeFile } from 'node:fs/promises';
import { MAX_INPUT_BYTES, restoreDesign, type DesignDocument } from '../core/model/index.ts';

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

/** Raised for bad input: the message is one line naming the file and the problem. */
export class InputError extends Error {}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const stdio: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Reads a text file with the same size limit as the restore step. */
export async function readInput(file: string): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(err);
    throw new InputError(`${file}: ${why}`);
  }
  if (buf.length > MAX_INPUT_BYTES)
    throw new InputError(
      `${file}: ${(buf.length / 1024 / 1024).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`,
    );
  return buf.toString('utf8');
}

/** Reads and restores a design file, or throws an InputError naming the file and the first problem. */
export async function readDesign(file: string): Promise<DesignDocument> {
  const r = restoreDesign(await readInput(file));
  if (!r.ok) {
    const more =
      r.errors.length > 1
        ? ` (and ${r.errors.length - 1} more; run "cloudwright validate ${file}")`
        : '';
    throw new InputError(`${file}: ${r.errors[0].message}${more}`);
  }
  return r.value.design;
}

export async function writeOutput(file: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(file, content);
  } catch (err) {
    throw new InputError(
      `${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
    );
  }
}
