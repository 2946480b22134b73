/**
 * Review finding D: the member-account token (IAM assume_role built from the trace's domain and project) is asked
 * for only after the region and the tag API were checked, and a refusal is remembered instead of asked again for
 * every event.
 */
import { FetchLike, HuaweiTagLookup, NEGATIVE_CACHE_MS } from '../../../runtime/huaweicloud/tags';

const PROJECT = '0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d';
const MEMBER_PROJECT = 'f'.repeat(32);

function fakeCloud(assumeRoleStatus: number) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    const path = new URL(url).pathname;
    calls.push(`${init.method} ${path}`);
    if (path === '/v3/auth/projects') {
      const body = JSON.stringify({ projects: [{ id: PROJECT, domain_id: 'd-own', name: 'cn-north-4' }] });
      return { status: 200, ok: true, text: async () => body, headers: { get: () => null } };
    }
    if (path === '/v3/auth/tokens') {
      const ok = assumeRoleStatus < 300;
      return {
        status: assumeRoleStatus,
        ok,
        text: async () => (ok ? '{}' : '{"error":{"message":"You are not authorized"}}'),
        headers: { get: () => (ok ? 'member-token' : null) },
      };
    }
    return { status: 200, ok: true, text: async () => '{"tags":[]}', headers: { get: () => null } };
  };
  return { calls, fetch };
}

function lookupOn(cloud: ReturnType<typeof fakeCloud>, clock: { now: number }) {
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  return new HuaweiTagLookup({
    region: 'cn-north-4',
    projectId: PROJECT,
    token: () => 'agency-token',
    fetch: cloud.fetch,
    memberAgencyName: 'trailwatch_tag_reader',
    attempts: 1,
    now: () => clock.now,
  });
}

const member = (id: string, extra: Record<string, string> = {}) => ({
  key: id,
  id,
  api: 'ecs',
  region: 'cn-north-4',
  project: MEMBER_PROJECT,
  account: 'd-member',
  ...extra,
});

afterEach(() => jest.restoreAllMocks());

describe('member-account tokens', () => {
  test('a region that is not configured or a resource without a tag API never asks IAM for a token', async () => {
    const cloud = fakeCloud(201);
    const lookup = lookupOn(cloud, { now: 0 });
    const answers = await lookup.lookup([
      member('i-1', { region: 'ap-southeast-3' }),
      member('i-2', { region: 'attacker.example/x#' }),
      member('i-3', { api: 'tms:unknown' }),
    ]);
    expect([...answers.values()].map((a) => a.status)).toEqual(['unsupported', 'unsupported', 'unsupported']);
    expect(cloud.calls).toEqual([]);
  });

  test('a refused assume_role is remembered for a while, then asked again', async () => {
    const cloud = fakeCloud(403);
    const clock = { now: 0 };
    const lookup = lookupOn(cloud, clock);
    const first = await lookup.lookup([member('i-1'), member('i-2')]);
    expect([...first.values()].map((a) => a.status)).toEqual(['error', 'error']);
    await lookup.lookup([member('i-3')]);
    const assumeCalls = () => cloud.calls.filter((c) => c === 'POST /v3/auth/tokens').length;
    expect(assumeCalls()).toBe(1);
    expect(cloud.calls.filter((c) => c === 'GET /v3/auth/projects')).toHaveLength(1);
    clock.now = NEGATIVE_CACHE_MS + 1;
    await lookup.lookup([member('i-4')]);
    expect(assumeCalls()).toBe(2);
  });

  test('a granted token is reused for every resource of that project', async () => {
    const cloud = fakeCloud(201);
    const clock = { now: Date.UTC(2026, 10, 27) };
    const lookup = lookupOn(cloud, clock);
    const answers = await lookup.lookup([member('i-1'), member('i-2'), member('i-3')]);
    expect([...answers.values()].map((a) => a.status)).toEqual(['untagged', 'untagged', 'untagged']);
    clock.now += 59 * 60 * 1000;
    await lookup.lookup([member('i-4')]);
    expect(cloud.calls.filter((c) => c === 'POST /v3/auth/tokens')).toHaveLength(1);
    clock.now += 2 * 60 * 1000;
    await lookup.lookup([member('i-5')]);
    expect(cloud.calls.filter((c) => c === 'POST /v3/auth/tokens')).toHaveLength(2);
  });
});
