// The quick-fix registry: adding a fix is adding a provider module and one line here.
import type { QuickFixProvider } from '../codeAction';

export const CODE_ACTIONS: QuickFixProvider[] = [
];
