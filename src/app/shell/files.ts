import { restoreDesign, type DesignDocument, type DesignError } from '../../core/model/index.ts';

/** Reads a user's file through the restore step; the open design is untouched on any error. */
export async function readDesignFile(
  file: File,
): Promise<{ ok: true; design: DesignDocument } | { ok: false; message: string }> {
  if (file.size > 10 * 1024 * 1024)
    return {
      ok: false,
      message: `${file.name}: ${(file.size / 1024 / 1024).toFixed(1)} MB is over the 10 MB limit.`,
    };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `${file.name}: the file could not be read.` };
  }
  const r = restoreDesign(text);
  if (!r.ok) return { ok: false, message: `${file.name}: ${describeErrors(r.errors)}` };
  return { ok: true, design: r.value.design };
}

export function describeErrors(errors: readonly DesignError[]): string {
  const first = errors
    .slice(0, 3)
    .map((e) => e.message)
    .join('; ');
  return errors.length > 3 ? `${first}; and ${errors.length - 3} more problems.` : first;
}

/** Offers text as a file download. */
export function download(name: string, content: BlobPart, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function fileNameFor(design: DesignDocument): string {
  const stem =
    design.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'design';
  return `${stem}.cloudwright.json`;
}
