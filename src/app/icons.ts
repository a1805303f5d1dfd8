import icons from 'virtual:catalog-icons';

/** URL of a catalog icon (a path under aws-icons' icons/ folder). */
export function iconUrl(path: string): string | undefined {
  return icons[path];
}
