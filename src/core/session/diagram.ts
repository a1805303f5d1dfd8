/**
 * The design drawn as a standalone SVG string for reports: group boxes for containers, rounded
 * tiles with labels for services, arrows for edges, all from the laid-out geometry the canvas
 * uses. No icons, fonts or other external assets, so the report prints anywhere.
 */
import { getEntry } from '../catalog/index.ts';
import type { CategoryId } from '../catalog/types.ts';
import { absoluteBox, resolveGeometry, type Box } from '../layout/geometry.ts';
import { indexDesign, type DesignIndex } from '../model/graph.ts';
import type { DesignDocument, DesignNode } from '../model/types.ts';
import { escapeHtml } from './escape.ts';

/** Tile outline colour per category, after AWS's architecture-icon palette. */
const CATEGORY_COLOR: Partial<Record<CategoryId, string>> = {
  compute: '#ED7100',
  containers: '#ED7100',
  storage: '#7AA116',
  databases: '#C925D1',
  'networking-content-delivery': '#8C4FFF',
  analytics: '#8C4FFF',
  'security-identity-compliance': '#DD344C',
  'application-integration': '#E7157B',
  'management-governance': '#E7157B',
  'developer-tools': '#C925D1',
  'artificial-intelligence': '#01A88D',
  'internet-of-things': '#3F8624',
  'cloud-financial-management': '#7AA116',
};
const NEUTRAL = '#545B64';
const PAD = 16;
/** Inset of a service tile inside its layout box, px. */
const TILE = { x: 6, y: 6 };

function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Splits text into at most `lines` lines of about `width` characters, ending with an ellipsis when cut. */
export function wrapLabel(text: string, width: number, lines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) line = next;
    else {
      if (line) out.push(line);
      line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    }
  }
  if (line) out.push(line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    const last = kept[lines - 1];
    kept[lines - 1] = last.length >= width ? `${last.slice(0, width - 1)}…` : `${last}…`;
    return kept;
  }
  return out;
}

function depth(index: DesignIndex, node: DesignNode): number {
  let d = 0;
  let parent = node.parent;
  const seen = new Set<string>([node.id]);
  while (parent !== undefined && !seen.has(parent) && index.nodes.has(parent)) {
    seen.add(parent);
    d += 1;
    parent = index.nodes.get(parent)!.parent;
  }
  return d;
}

/** The visible rectangle of a node: a container's whole box, a service's inset tile. */
function shape(box: Box, container: boolean): Box {
  return container
    ? box
    : {
        x: box.x + TILE.x,
        y: box.y + TILE.y,
        width: box.width - 2 * TILE.x,
        height: box.height - 2 * TILE.y,
      };
}

/** Where the segment from the centre of `box` towards (tx, ty) leaves the box. */
function exitPoint(box: Box, tx: number, ty: number): { x: number; y: number } {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const t = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * Math.min(1, t), y: cy + dy * Math.min(1, t) };
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${num(x)}" y="${num(y)}" ${attrs}>${escapeHtml(content)}</text>`;
}

/**
 * The design as an SVG document fragment (`<svg>...</svg>`, one line per shape, no blank lines so
 * it can sit in Markdown). Every label is escaped. Deterministic for a given design.
 */
export function diagramSvg(design: DesignDocument): string {
  const label = `Diagram of ${design.name}`;
  if (design.nodes.length === 0) {
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 60" width="320" height="60" role="img" aria-label="${escapeHtml(label)}">\n${text(16, 34, 'The design has no nodes.', 'font-size="14" fill="#545B64"')}\n</svg>`;
  }
  const index = indexDesign(design);
  const boxes = resolveGeometry(design, index);
  const abs = new Map(design.nodes.map((n) => [n.id, absoluteBox(boxes, index, n.id)]));
  const isContainer = (n: DesignNode) => getEntry(n.service)?.kind === 'container';
  const all = [...abs.values()];
  const minX = Math.min(...all.map((b) => b.x)) - PAD;
  const minY = Math.min(...all.map((b) => b.y)) - PAD;
  const width = Math.max(...all.map((b) => b.x + b.width)) + PAD - minX;
  const height = Math.max(...all.map((b) => b.y + b.height)) + PAD - minY;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(minX)} ${num(minY)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-label="${escapeHtml(label)}" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escapeHtml(label)}</title>`,
    '<defs><marker id="cw-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#545B64"/></marker></defs>',
  ];

  // Containers outermost first, so inner groups paint over outer ones.
  const containers = design.nodes
    .filter(isContainer)
    .sort((a, b) => depth(index, a) - depth(index, b));
  for (const n of containers) {
    const b = abs.get(n.id)!;
    const spec = getEntry(n.service)?.container;
    const dash = spec?.border === 'dashed' ? ' stroke-dasharray="8 5"' : '';
    const fill = spec?.fill ? `fill="${escapeHtml(spec.fill)}" fill-opacity="0.35"` : 'fill="none"';
    out.push(
      `<g data-node="${escapeHtml(n.id)}"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}" ${fill} stroke="${escapeHtml(spec?.color ?? NEUTRAL)}" stroke-width="2"${dash}/>` +
        text(
          b.x + 10,
          b.y + 20,
          wrapLabel(
            n.label || getEntry(n.service)?.name || n.service,
            Math.max(8, Math.floor(b.width / 8)),
            1,
          )[0] ?? '',
          'font-size="13" font-weight="bold" fill="#232F3E"',
        ) +
        '</g>',
    );
  }

  for (const e of design.edges) {
    const sn = index.nodes.get(e.source);
    const tn = index.nodes.get(e.target);
    if (!sn || !tn) continue;
    const s = shape(abs.get(sn.id)!, isContainer(sn));
    const t = shape(abs.get(tn.id)!, isContainer(tn));
    const from = exitPoint(s, t.x + t.width / 2, t.y + t.height / 2);
    const to = exitPoint(t, s.x + s.width / 2, s.y + s.height / 2);
    let line = `<g data-edge="${escapeHtml(e.id)}"><line x1="${num(from.x)}" y1="${num(from.y)}" x2="${num(to.x)}" y2="${num(to.y)}" stroke="#545B64" stroke-width="1.5" marker-end="url(#cw-arrow)"/>`;
    if (e.label)
      line += text(
        (from.x + to.x) / 2,
        (from.y + to.y) / 2 - 4,
        wrapLabel(e.label, 24, 1)[0] ?? '',
        'font-size="10" fill="#545B64" text-anchor="middle" stroke="#FFFFFF" stroke-width="3" paint-order="stroke"',
      );
    out.push(`${line}</g>`);
  }

  for (const n of design.nodes) {
    if (isContainer(n)) continue;
    const entry = getEntry(n.service);
    const t = shape(abs.get(n.id)!, false);
    const color = (entry && CATEGORY_COLOR[entry.category]) ?? NEUTRAL;
    const cx = t.x + t.width / 2;
    const parts = [
      `<g data-node="${escapeHtml(n.id)}"><rect x="${num(t.x)}" y="${num(t.y)}" width="${num(t.width)}" height="${num(t.height)}" rx="10" fill="#FFFFFF" stroke="${color}" stroke-width="2"/>`,
      `<rect x="${num(t.x)}" y="${num(t.y)}" width="${num(t.width)}" height="6" rx="3" fill="${color}"/>`,
      text(
        cx,
        t.y + 24,
        wrapLabel(entry?.name ?? n.service, 18, 1)[0] ?? '',
        'font-size="9" fill="#545B64" text-anchor="middle"',
      ),
    ];
    wrapLabel(n.label || entry?.name || n.id, 16, 2).forEach((l, i) =>
      parts.push(
        text(
          cx,
          t.y + 46 + i * 15,
          l,
          'font-size="12" font-weight="bold" fill="#232F3E" text-anchor="middle"',
        ),
      ),
    );
    out.push(`${parts.join('')}</g>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
