import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { MAX_INPUT_BYTES, restoreDesign, type DesignDocument } from '../../core/model/index.ts';
import { describeErrors } from './files.ts';

/** Share links carry the design compressed in the URL fragment, which never reaches a server. */
const PREFIX = '#design=';

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) out[i] = bin.charCodeAt(i);
  return out;
}

export function shareLink(
  design: DesignDocument,
  base = `${location.origin}${location.pathname}`,
): string {
  return `${base}${PREFIX}${toBase64Url(deflateSync(strToU8(JSON.stringify(design)), { level: 9 }))}`;
}

/** Reads a design from a share fragment; null when the fragment is not a share link. */
export function designFromFragment(
  hash: string,
): { ok: true; design: DesignDocument } | { ok: false; message: string } | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    const packed = fromBase64Url(hash.slice(PREFIX.length));
    // Inflate into a bounded buffer: a crafted link cannot expand past the document size limit.
    const out = new Uint8Array(MAX_INPUT_BYTES + 1);
    const text = strFromU8(inflateSync(packed, { out }).subarray(0, MAX_INPUT_BYTES + 1));
    const r = restoreDesign(text);
    if (!r.ok)
      return {
        ok: false,
        message: `The shared link's design is invalid: ${describeErrors(r.errors)}`,
      };
    return { ok: true, design: r.value.design };
  } catch {
    return { ok: false, message: 'The shared link is damaged or incomplete; nothing was opened.' };
  }
}
