/** Where the pointer last was over the canvas, in flow coordinates; paste lands there. */
let last: { x: number; y: number } | null = null;

export function setPointer(p: { x: number; y: number } | null): void {
  last = p;
}

export function pointer(): { x: number; y: number } | null {
  return last;
}
