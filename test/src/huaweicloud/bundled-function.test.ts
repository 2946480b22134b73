import { Agency } from '../../../src/huaweicloud/agency';
import { BundledFunction } from '../../../src/huaweicloud/bundled-function';
import { BundledHandler } from '../../../src/core/handler-asset';
import { TrailWatchValidationError } from '../../../src/core/validation';
import { onlyResource, resourcesOf, synthJson } from '../../helpers/synth';
import { huaweiStack } from './helpers';

const handler = BundledHandler.HUAWEICLOUD_LOGIN_ALARM;

describe('Huawei BundledFunction', () => {
  test('creates an agency with a custom policy and tags the function', () => {
    const stack = huaweiStack();
    const fn = new BundledFunction(stack, 'Fn', {
      handler,
      region: 'cn-north-4',
      permissions: [{ actions: ['smn:topic:publish'] }],
      tags: { team: 'soc' },
    });
    const json = synthJson(stack);
    expect(onlyResource(json, 'huaweicloud_identity_agency')).toMatchObject({ delegated_domain_name: 'op_svc_cff' });
    expect(onlyResource(json, 'huaweicloud_fgs_function').tags).toEqual({ team: 'soc' });
    expect(fn.agency).toBeDefined();
  });

  test('an imported agency (Agency.fromAgencyName) is used as is: no agency or policy is created', () => {
    const stack = huaweiStack();
    const fn = new BundledFunction(stack, 'Fn', {
      handler,
      region: 'cn-north-4',
      agency: Agency.fromAgencyName(stack, 'Ops', 'ops_functions'),
    });
    const json = synthJson(stack);
    expect(resourcesOf(json, 'huaweicloud_identity_agency')).toEqual({});
    expect(resourcesOf(json, 'huaweicloud_identity_role')).toEqual({});
    expect(onlyResource(json, 'huaweicloud_fgs_function').agency).toBe('ops_functions');
    expect(fn.agency).toBeUndefined();
    expect(fn.agencyName).toBe('ops_functions');
  });

  test.each([
    [
      'ops functions',
      'stack/Existing.agencyName: "ops functions" is not a valid agency name. Give the agency name as IAM shows it',
    ],
    ['', 'stack/Existing.agencyName: "" is not a valid agency name'],
    ['a'.repeat(65), 'stack/Existing.agencyName'],
    ['ops/functions', 'stack/Existing.agencyName'],
  ])('Agency.fromAgencyName rejects %j, naming the importer and the fix', (name, message) => {
    const build = () => Agency.fromAgencyName(huaweiStack(), 'Existing', name);
    expect(build).toThrow(TrailWatchValidationError);
    expect(build).toThrow(message);
  });

  test('errors name the construct path and the prop', () => {
    expect(
      () =>
        new BundledFunction(huaweiStack(), 'Fn', {
          handler,
          region: 'cn-north-4',
          permissions: [{ actions: ['smn:*'] }],
        }),
    ).toThrow('stack/Fn.permissions[0].actions: "smn:*" is a wildcard action');
    expect(() => new BundledFunction(huaweiStack(), 'Fn', { handler, region: 'cn-north-4' })).toThrow(
      'stack/Fn.permissions: a new agency needs at least one permission',
    );
    expect(
      () =>
        new BundledFunction(huaweiStack(), 'Fn', {
          handler,
          region: 'cn-north-4',
          permissions: [{ actions: ['obs:object:GetObject', 'smn:topic:publish'] }],
        }),
    ).toThrow("stack/Fn.permissions[0].actions: mixes OBS actions with other services' actions");
  });

  test('trigger rights go on the configuration agency, runtime rights on the execution agency (app_agency)', () => {
    const stack = huaweiStack();
    const fn = new BundledFunction(stack, 'Fn', {
      handler,
      region: 'cn-north-4',
      permissions: [
        { actions: ['smn:topic:publish'] },
        { actions: ['cts:notification:create', 'cts:notification:delete'], trigger: true },
      ],
    });
    const json = synthJson(stack);
    const agencies = resourcesOf(json, 'huaweicloud_identity_agency');
    const roles = resourcesOf(json, 'huaweicloud_identity_role');
    const actionsOf = (agency: Record<string, unknown>) =>
      (agency.project_role as { roles: string[] }[])[0].roles.flatMap((ref) => {
        const role = Object.entries(roles).find(([id]) => ref === `\${huaweicloud_identity_role.${id}.name}`)?.[1];
        return (JSON.parse(String(role?.policy)) as { Statement: { Action: string[] }[] }).Statement.flatMap(
          (st) => st.Action,
        );
      });
    const [configId, config] = Object.entries(agencies).find(([id]) => !id.includes('AppAgency')) ?? [];
    const [appId, app] = Object.entries(agencies).find(([id]) => id.includes('AppAgency')) ?? [];
    expect(actionsOf(config as Record<string, unknown>)).toEqual([
      'cts:notification:create',
      'cts:notification:delete',
    ]);
    expect(actionsOf(app as Record<string, unknown>)).toEqual(['smn:topic:publish']);
    expect(onlyResource(json, 'huaweicloud_fgs_function')).toMatchObject({
      agency: `\${huaweicloud_identity_agency.${configId}.name}`,
      app_agency: `\${huaweicloud_identity_agency.${appId}.name}`,
    });
    expect(String(app?.name)).toMatch(/-app$/);
    expect(fn.appAgency).toBeDefined();
  });

  test('without trigger rights the function keeps one agency and no app_agency', () => {
    const stack = huaweiStack();
    new BundledFunction(stack, 'Fn', {
      handler,
      region: 'cn-north-4',
      permissions: [{ actions: ['smn:topic:publish'] }],
    });
    const json = synthJson(stack);
    expect(Object.keys(resourcesOf(json, 'huaweicloud_identity_agency'))).toHaveLength(1);
    expect(onlyResource(json, 'huaweicloud_fgs_function').app_agency).toBeUndefined();
  });
});
