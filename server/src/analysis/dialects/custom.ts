// User-defined reference forms from the setting `secretref.customDialects`.
import type { Dialect } from '../dialect';
import type { AnalysisSettings } from '../types';

export function customDialects(_settings: AnalysisSettings): Dialect[] {
  return [];
}
