import { Command } from 'cmdk';
import { CATALOG_ENTRIES } from '../../core/catalog/index.ts';
import { iconUrl } from '../icons.ts';
import { Modal } from './Modal.tsx';

export interface PaletteAction {
  id: string;
  label: string;
  shortcut?: string;
  run: () => void;
}

/** Ctrl/Cmd+K: every action and every catalog entry, found by typing. */
export function CommandPalette({
  actions,
  onAddService,
  onClose,
}: {
  actions: PaletteAction[];
  onAddService: (id: string) => void;
  onClose: () => void;
}) {
  return (
    <Modal title="Command palette" onClose={onClose}>
      <Command label="Command palette" className="cw-command">
        <Command.Input
          placeholder="Type an action or a service…"
          aria-label="Command"
          className="cw-input mb-2 w-full rounded px-2 py-1.5 text-sm"
          autoFocus
        />
        <Command.List className="max-h-[50vh] overflow-y-auto">
          <Command.Empty className="cw-muted p-2 text-sm">Nothing matches.</Command.Empty>
          <Command.Group heading="Actions">
            {actions.map((a) => (
              <Command.Item
                key={a.id}
                value={a.label}
                onSelect={() => {
                  onClose();
                  a.run();
                }}
                className="cw-command-item flex items-center justify-between rounded px-2 py-1.5 text-sm"
              >
                <span>{a.label}</span>
                {a.shortcut ? (
                  <kbd className="cw-muted font-mono text-[11px]">{a.shortcut}</kbd>
                ) : null}
              </Command.Item>
            ))}
          </Command.Group>
          <Command.Group heading="Add a service">
            {CATALOG_ENTRIES.map((e) => (
              <Command.Item
                key={e.id}
                value={`Add ${e.name}`}
                keywords={e.aliases}
                onSelect={() => {
                  onClose();
                  onAddService(e.id);
                }}
                className="cw-command-item flex items-center gap-2 rounded px-2 py-1 text-sm"
              >
                {iconUrl(e.icon) ? (
                  <img src={iconUrl(e.icon)} alt="" width={18} height={18} loading="lazy" />
                ) : null}
                <span>Add {e.name}</span>
              </Command.Item>
            ))}
          </Command.Group>
        </Command.List>
      </Command>
    </Modal>
  );
}
