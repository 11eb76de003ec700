// The dialect registry: adding a reference form is adding a module and one line here.
import type { Dialect } from '../dialect';

export const DIALECTS: Dialect[] = [
];

export function dialectById(id: string): Dialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}
