/**
 * Review finding J: the `allowAnySourceAddress` acknowledgement is decided on the parsed, merged ranges, so other
 * spellings of "every address" (`0:0:0:0:0:ffff:0:0/96`) and blocks that only together cover everything
 * (`0.0.0.0/1` + `128.0.0.0/1`) need it too.
 */
import { IpAllowList, admitsEveryAddress, isAnyAddressBlock } from '../../../runtime/core/allow-list';
import { ManagedAllowList } from '../../../runtime/core/allow-list-source';

describe('every address, however it is written', () => {
  test.each([
    '0.0.0.0/0',
    '::/0',
    '::ffff:0:0/96',
    '0:0:0:0:0:ffff:0:0/96',
    '0:0:0:0:0:FFFF:0:0/96',
    '::ffff:0.0.0.0/96',
    '::ffff:10.0.0.0/96',
    '10.0.0.0/0',
  ])('%s is one block of every address', (entry) => {
    expect(isAnyAddressBlock(entry)).toBe(true);
  });

  test.each(['0.0.0.0/1', '::/1', '::ffff:0:0/97', '203.0.113.0/24', '0.0.0.0', 'not-an-ip'])('%s is not', (entry) => {
    expect(isAnyAddressBlock(entry)).toBe(false);
  });

  test('blocks that together cover a whole family', () => {
    expect(admitsEveryAddress(['0.0.0.0/1', '128.0.0.0/1'])).toBe(true);
    expect(admitsEveryAddress(['0.0.0.0/2', '64.0.0.0/2', '::ffff:128.0.0.0/97'])).toBe(true);
    expect(admitsEveryAddress(['::/1', '8000::/1'])).toBe(true);
    expect(admitsEveryAddress(['0.0.0.0/1', '128.0.0.0/2'])).toBe(false);
    expect(IpAllowList.parse(['0.0.0.0/1', '128.0.0.0/1']).admitsEveryAddress).toBe(true);
  });

  test('a managed source needs the acknowledgement for a spelled-out or split "every address"', async () => {
    const source = { name: 's3://b/list', read: async () => '0:0:0:0:0:ffff:0:0/96' };
    const spelled = await new ManagedAllowList({ inline: ['203.0.113.0/24'], sources: [source], ttlMs: 1000 }).get();
    expect(spelled.problems).toEqual([expect.stringMatching(/admit every address, skipped/)]);
    expect(spelled.list.check('198.51.100.1')).toBe('not-allowed');

    const split = { name: 's3://b/split', read: async () => '128.0.0.0/1' };
    const combined = await new ManagedAllowList({ inline: ['0.0.0.0/1'], sources: [split], ttlMs: 1000 }).get();
    expect(combined.problems).toEqual([expect.stringMatching(/together with the inline entries admit every address/)]);
    expect(combined.list.check('198.51.100.1')).toBe('not-allowed');
    expect(combined.list.check('10.0.0.1')).toBe('allowed');

    const acknowledged = await new ManagedAllowList({
      inline: ['0.0.0.0/1'],
      sources: [split],
      ttlMs: 1000,
      allowAnySourceAddress: true,
    }).get();
    expect(acknowledged.problems).toEqual([]);
    expect(acknowledged.list.check('198.51.100.1')).toBe('allowed');
  });
});
