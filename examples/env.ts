/** A comma-separated list from an environment variable, or the fallback: how every example takes overrides. */
export function envList(name: string, fallback: string): string[] {
  return (process.env[name] ?? fallback).split(',').map((s) => s.trim()).filter((s) => s !== '');
}
