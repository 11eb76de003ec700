// An ordinary module: no reference to a secret, no integration, no credential.
export function greet(name: string): string {
  return `Hello, ${name}`;
}
