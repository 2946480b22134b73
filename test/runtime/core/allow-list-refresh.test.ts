/**
 * Review finding G: concurrent invocations of one instance share one refresh of the managed allow-list, and only
 * the caller that started it sees `refreshed: true`, so a refresh with problems raises one alert, not one per caller.
 */
import { AllowListSource, LoginAllowList, ManagedAllowList } from '../../../runtime/core/allow-list-source';

function slowFailingSource(): AllowListSource & { reads: number } {
  const s = {
    name: 'ssm:/office',
    reads: 0,
    read: async (): Promise<string> => {
      s.reads++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      throw new Error('ParameterNotFound');
    },
  };
  return s;
}

describe('one refresh, reported once', () => {
  test('ManagedAllowList: only the caller that started the load sees refreshed', async () => {
    const source = slowFailingSource();
    const list = new ManagedAllowList({ inline: [], sources: [source], ttlMs: 1000 });
    const snapshots = await Promise.all([list.get(), list.get(), list.get()]);
    expect(source.reads).toBe(1);
    expect(snapshots.map((s) => s.refreshed)).toEqual([true, false, false]);
    // All of them judge with the same list and know its problems.
    expect(new Set(snapshots.map((s) => s.list)).size).toBe(1);
    expect(snapshots.every((s) => s.problems.length === 1)).toBe(true);
  });

  test('LoginAllowList: concurrent invocations publish the problem alert once', async () => {
    const source = slowFailingSource();
    const lists = new LoginAllowList(() => source);
    const settings = (n: string) => ({ TRAILWATCH_ALLOW_LIST_SOURCES: 'ssm:/office' })[n];
    const published: string[] = [];
    const publish = async (subject: string) => {
      published.push(subject);
      return 'm-1';
    };
    await Promise.all([1, 2, 3, 4].map(() => lists.current(settings, publish, 99, () => undefined)));
    expect(source.reads).toBe(1);
    expect(published).toEqual(['[TrailWatch] Allow-list source unreadable (1 problem)']);
  });
});
