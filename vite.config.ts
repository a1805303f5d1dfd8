import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

/**
 * `virtual:catalog-icons`: a map from each icon path the catalog uses to its asset URL, so the
 * build ships only those icons from the aws-icons package (not all ~800), each as its own file.
 */
function catalogIcons(): Plugin {
  const id = 'virtual:catalog-icons';
  const resolved = `\0${id}`;
  return {
    name: 'catalog-icons',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(loadId) {
      if (loadId !== resolved) return undefined;
      const dir = resolve(import.meta.dirname, 'catalog/services');
      const icons = new Set<string>();
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        this.addWatchFile(resolve(dir, file));
        for (const entry of JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as {
          icon: string;
        }[])
          icons.add(entry.icon);
      }
      const list = [...icons].sort();
      const imports = list.map(
        (p, i) =>
          `import i${i} from ${JSON.stringify(resolve(import.meta.dirname, 'node_modules/aws-icons/icons', p) + '?url')};`,
      );
      const map = list.map((p, i) => `${JSON.stringify(p)}: i${i}`).join(',\n');
      return `${imports.join('\n')}\nexport default {\n${map}\n};\n`;
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), catalogIcons()],
  build: {
    target: 'es2022',
    // SVG icons stay separate files so the up-front bundle carries none of them.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  // Catalog JSON ships as JSON.parse of a string: smaller and faster to parse than object literals.
  json: { stringify: true },
});
