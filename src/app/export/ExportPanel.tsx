import { useMemo, useState } from 'react';
import { getEntry } from '../../core/catalog/index.ts';
import { toCloudFormation } from '../../core/export/cloudformation.ts';
import { deploymentBundle } from '../../core/export/deployment-bundle.ts';
import { serialize } from '../../core/export/serialize.ts';
import { Choice } from '../shell/Choice.tsx';
import { download, fileNameFor } from '../shell/files.ts';
import { useEditor, useEditorStore } from '../store/context.tsx';
import { Highlighted } from './highlight.tsx';

/** CloudFormation of the design, per Region stack: preview, copy, download; manual steps listed. */
export function ExportPanel() {
  const store = useEditorStore();
  const design = useEditor((s) => s.design);
  const [format, setFormat] = useState<'yaml' | 'json'>('yaml');
  const [stackIndex, setStackIndex] = useState(0);
  const result = useMemo(() => {
    try {
      return { ok: true as const, value: toCloudFormation(design) };
    } catch (err) {
      return { ok: false as const, message: err instanceof Error ? err.message : String(err) };
    }
  }, [design]);
  const stacks = result.ok ? result.value.stacks : [];
  const stack = stacks[Math.min(stackIndex, stacks.length - 1)];
  const text = useMemo(() => (stack ? serialize(stack.template, format) : ''), [stack, format]);
  const stem = fileNameFor(design).replace('.cloudwright.json', '');
  const fileName = `${stem}${stacks.length > 1 && stack ? `-${stack.region}` : ''}.${format === 'yaml' ? 'yaml' : 'json'}`;
  const labelOf = (id: string) => design.nodes.find((n) => n.id === id)?.label ?? id;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      store.getState().notify('info', 'Template copied.');
    } catch {
      store
        .getState()
        .notify('error', 'The browser refused clipboard access; use Download instead.');
    }
  };
  return (
    <section aria-label="Export" className="flex h-full min-h-0">
      <div className="flex w-60 shrink-0 flex-col gap-2 overflow-y-auto border-r cw-border px-3 py-2 text-xs">
        <Choice
          legend="Format"
          name="export-format"
          className=""
          options={[
            { value: 'yaml', label: 'YAML' },
            { value: 'json', label: 'JSON' },
          ]}
          value={format}
          onChange={setFormat}
        />
        {stacks.length > 1 ? (
          <label>
            <span className="mb-0.5 block font-medium">Stack (one per Region)</span>
            <select
              className="cw-input w-full rounded px-1 py-0.5"
              value={stackIndex}
              onChange={(e) => setStackIndex(Number(e.target.value))}
            >
              {stacks.map((s, i) => (
                <option key={s.region} value={i}>
                  {s.region}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="flex flex-wrap gap-1">
          <button
            type="button"
            className="cw-button px-2 py-0.5 text-xs"
            onClick={() => void copy()}
            disabled={!stack}
          >
            Copy
          </button>
          <button
            type="button"
            className="cw-button cw-button-primary px-2 py-0.5 text-xs"
            onClick={() =>
              download(fileName, text, format === 'yaml' ? 'application/yaml' : 'application/json')
            }
            disabled={!stack}
          >
            Download {format.toUpperCase()}
          </button>
        </div>
        <button
          type="button"
          className="cw-button justify-center px-2 py-0.5 text-xs"
          disabled={!stack}
          onClick={() => {
            try {
              const zip = deploymentBundle(design, {
                format,
                date: new Date().toISOString().slice(0, 10),
              });
              download(`${stem}-bundle.zip`, new Uint8Array(zip), 'application/zip');
            } catch (err) {
              store
                .getState()
                .notify(
                  'error',
                  `The bundle could not be built: ${err instanceof Error ? err.message : String(err)}`,
                );
            }
          }}
        >
          Download deployment bundle (zip)
        </button>
        <p className="cw-muted m-0 text-[11px]">
          Templates, parameters for dev, staging and prod, deploy.sh and deploy.ps1 (change sets,
          dry run), README, the design, the review report, the estimate and the diagram.
        </p>
        {stack ? (
          <p className="cw-muted m-0">
            {Object.keys(stack.template.Resources ?? {}).length} resources in {stack.region}
          </p>
        ) : null}
        <div>
          <h3 className="cw-section mb-1">Needs a manual step</h3>
          {result.ok && result.value.manualSteps.length === 0 ? (
            <p className="cw-muted m-0">Nothing: every node exports.</p>
          ) : null}
          <ul className="m-0 list-none p-0">
            {result.ok
              ? result.value.manualSteps.map((m) => (
                  <li key={m.node} className="mb-1.5">
                    <button
                      type="button"
                      className="cw-link text-left font-medium"
                      onClick={() => store.getState().select([m.node])}
                    >
                      {labelOf(m.node)} ({getEntry(m.service)?.name ?? m.service})
                    </button>
                    <div className="cw-muted">{m.reason}</div>
                  </li>
                ))
              : null}
          </ul>
        </div>
      </div>
      <div className="min-h-0 min-w-0 flex-1 overflow-auto">
        {result.ok ? (
          <pre
            className="cw-code m-0 p-3 text-[12px] leading-[1.45]"
            aria-label={`CloudFormation template, ${format.toUpperCase()}`}
            tabIndex={0}
          >
            <code>
              <Highlighted text={text} format={format} />
            </code>
          </pre>
        ) : (
          <p className="cw-error-text p-3 text-sm" role="alert">
            The export failed: {result.message}
          </p>
        )}
      </div>
    </section>
  );
}
