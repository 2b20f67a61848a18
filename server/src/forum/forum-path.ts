/** Six base-36 digits per level: up to 2,176,782,335 posts in one thread, and plain byte order is depth-first order. */
const SEGMENT = 6;

export function pathSegment(number: number): string {
  return number.toString(36).padStart(SEGMENT, '0');
}

export function childPath(parentPath: string, number: number): string {
  return parentPath + pathSegment(number);
}

export function depthOf(path: string): number {
  return path.length / SEGMENT - 1;
}
