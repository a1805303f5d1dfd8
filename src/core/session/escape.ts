/** Escaping for the report writers: every text that comes from a design or a session goes through here. */

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML or SVG elements and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]);
}

/**
 * Text safe inline in Markdown, table cells included: `<`, `>` and `&` become entities (which
 * CommonMark renders as literal characters, never as HTML), Markdown punctuation is backslash
 * escaped, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>]/g, (c) => HTML[c])
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    .replace(/\s*[\r\n]+\s*/g, ' ');
}
