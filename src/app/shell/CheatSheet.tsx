import { Modal } from './Modal.tsx';

const SHORTCUTS: [string, string][] = [
  ['Ctrl/Cmd + K', 'Command palette: actions and adding services'],
  ['?', 'This cheat sheet'],
  [
    'Enter (on a catalog entry)',
    'Add the service at the canvas centre, or into the selected container',
  ],
  ['C (one node selected)', 'Connect it to another node'],
  ['Tab / Shift + Tab', 'Move through nodes'],
  ['Arrow keys', 'Nudge the selected nodes'],
  ['Delete / Backspace', 'Delete the selection (a container with children asks first)'],
  ['Ctrl/Cmd + A', 'Select everything'],
  ['Ctrl/Cmd + C / X / V', 'Copy, cut, paste (into the container under the pointer where allowed)'],
  ['Ctrl/Cmd + D', 'Duplicate the selection'],
  ['Ctrl/Cmd + Z', 'Undo'],
  ['Ctrl/Cmd + Shift + Z or Ctrl + Y', 'Redo'],
  ['Shift + click, Shift + drag', 'Add to the selection, marquee select'],
  ['Escape', 'Clear the selection'],
];

export function CheatSheet({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <table className="w-full text-sm">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys} className="border-b cw-border last:border-0">
              <th
                scope="row"
                className="py-1.5 pr-4 text-left font-mono text-xs font-semibold whitespace-nowrap"
              >
                {keys}
              </th>
              <td className="py-1.5">{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
