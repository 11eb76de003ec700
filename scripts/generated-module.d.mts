// Types of generated-module.mjs, for the TypeScript scripts that use it (build-anchoring.ts).
export function writeIfChanged(target: string, text: string, check: boolean): boolean;
export function runAsScript(metaUrl: string, build: (o: { check: boolean }) => boolean | Promise<boolean>, stale: string): Promise<void>;
