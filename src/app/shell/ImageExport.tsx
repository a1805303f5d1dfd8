import { getNodesBounds, getViewportForBounds, useReactFlow } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import { useState } from 'react';
import { useEditorStore } from '../store/context.tsx';
import { Choice } from './Choice.tsx';
import { download, fileNameFor } from './files.ts';
import { Modal } from './Modal.tsx';

/** Exports the whole diagram (not just the visible part) as PNG or SVG. */
export function ImageExport({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const flow = useReactFlow();
  const [format, setFormat] = useState<'png' | 'svg'>('png');
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const nodes = flow.getNodes();
    if (!viewport || nodes.length === 0) {
      store.getState().notify('error', 'There is nothing to export: the canvas is empty.');
      return;
    }
    setBusy(true);
    try {
      const bounds = getNodesBounds(nodes);
      const padding = 40;
      const width = Math.ceil(bounds.width + padding * 2);
      const height = Math.ceil(bounds.height + padding * 2);
      const vp = getViewportForBounds(bounds, width, height, 0.05, 4, padding);
      const options = {
        backgroundColor: background === 'white' ? '#ffffff' : undefined,
        width,
        height,
        pixelRatio: scale,
        style: {
          width: `${width}px`,
          height: `${height}px`,
          transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`,
        },
      };
      const url =
        format === 'png' ? await toPng(viewport, options) : await toSvg(viewport, options);
      const blob = await (await fetch(url)).blob();
      download(
        fileNameFor(store.getState().design).replace('.cloudwright.json', `.${format}`),
        blob,
        blob.type,
      );
      onClose();
    } catch (err) {
      store
        .getState()
        .notify(
          'error',
          `Image export failed: ${err instanceof Error ? err.message : String(err)}`,
        );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="Export image" onClose={onClose}>
      <Choice
        legend="Format"
        name="img-format"
        options={[
          { value: 'png', label: 'PNG' },
          { value: 'svg', label: 'SVG' },
        ]}
        value={format}
        onChange={setFormat}
      />
      <label htmlFor="img-scale" className="cw-label mb-1 block text-xs font-medium">
        Scale
      </label>
      <select
        id="img-scale"
        className="cw-input mb-3 w-40 rounded px-2 py-1 text-sm"
        value={scale}
        onChange={(e) => setScale(Number(e.target.value))}
      >
        {[1, 2, 3, 4].map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
      <Choice
        legend="Background"
        name="img-bg"
        className="mb-4"
        options={[
          { value: 'white', label: 'White' },
          { value: 'transparent', label: 'Transparent' },
        ]}
        value={background}
        onChange={setBackground}
      />
      <button
        type="button"
        className="cw-button cw-button-primary"
        onClick={() => void run()}
        disabled={busy}
      >
        {busy ? 'Exporting…' : `Download ${format.toUpperCase()}`}
      </button>
    </Modal>
  );
}
