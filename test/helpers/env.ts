/**
 * Example stacks read environment variables; snapshot tests take them with their defaults. Call at the top of a
 * test file: the named variables are removed for the file's tests and restored afterwards.
 */
export function isolateEnv(names: readonly string[]): void {
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  beforeAll(() => names.forEach((name) => delete process.env[name]));
  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}
