/** A comma-separated list from an environment variable, or the fallback: how every example takes overrides. */
export function envList(name: string, fallback: string): string[] {
  return (process.env[name] ?? fallback)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The tags every example gives every taggable resource (AWS: the provider's default tags; other clouds: the
 * constructs' `tags` prop): `TRAILWATCH_TAGS` as "key=value,key=value", or these defaults.
 */
export function exampleTags(example: string): Record<string, string> {
  const entries = envList('TRAILWATCH_TAGS', `project=trailwatch,example=${example},managed-by=cdktf`).map((pair) => {
    const [key, ...value] = pair.split('=');
    return [key.trim(), value.join('=').trim()] as const;
  });
  return Object.fromEntries(entries.filter(([key]) => key !== ''));
}
