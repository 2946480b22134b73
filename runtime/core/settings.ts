/**
 * Function settings come from environment variables (Lambda) or user data (FunctionGraph); both are
 * exposed as a lookup so the core never touches either API.
 */
export type SettingLookup = (name: string) => string | undefined;

export function envLookup(env: NodeJS.ProcessEnv = process.env): SettingLookup {
  return (name) => env[name];
}

export function requireSetting(lookup: SettingLookup, name: string): string {
  const value = lookup(name)?.trim();
  if (!value) throw new Error(`setting ${name} is missing: set it in the function's environment`);
  return value;
}

export function listSetting(lookup: SettingLookup, name: string, fallback: readonly string[] = []): string[] {
  const value = lookup(name);
  if (value === undefined || value.trim() === '') return [...fallback];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function boolSetting(lookup: SettingLookup, name: string, fallback: boolean): boolean {
  const value = lookup(name)?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes', 'on'].includes(value)) return true;
  if (['false', '0', 'no', 'off'].includes(value)) return false;
  throw new Error(`setting ${name}="${value}" is not a boolean: use true or false`);
}

export function intSetting(lookup: SettingLookup, name: string, fallback: number): number {
  const value = lookup(name)?.trim();
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`setting ${name}="${value}" is not a non-negative integer`);
  return n;
}
