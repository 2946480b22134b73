/**
 * Open Telekom Cloud trigger payloads. The CTS trace follows the OTC CTS-trigger event of the OTC FunctionGraph
 * Node.js runtime samples (opentelekomcloud-community/otc-functiongraph-nodejs-runtime,
 * `fg-events/fg-cts-event/resources/cts_fg_create.json`): `{"cts": trace}` with `code` a number, times in ms,
 * `user` `{name, id, domain{name, id}}` and the newer `domain_id`, `project_id`, `operation_id`, `read_only`,
 * `resource_account_id` and `trace_status` fields; the IAM values are those of OTC's IAM table ("IAM operations
 * that can be recorded by CTS": service IAM, resource type user, `login`/`logout`/`loginfailed`).
 */
export const OTC_PROJECT_ID = '0c0ffee0c0ffee0c0ffee0c0ffee0c0f';
export const OTC_DOMAIN_ID = 'd0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0';
export const OTC_TOPIC_URN = `urn:smn:eu-de:${OTC_PROJECT_ID}:trailwatch-alerts`;

export function otcIamTrace(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    time: 1732700000000,
    record_time: 1732700000456,
    user: {
      name: 'alice',
      id: '8a8a8a8a8a8a8a8a8a8a8a8a8a8a8a8a',
      domain: { name: 'OTC-EU-DE-00000000001000000001', id: OTC_DOMAIN_ID },
    },
    request: '',
    response: '',
    code: 0,
    service_type: 'IAM',
    resource_type: 'user',
    resource_name: 'alice',
    resource_id: '8a8a8a8a8a8a8a8a8a8a8a8a8a8a8a8a',
    source_ip: '203.0.113.10',
    trace_name: 'login',
    trace_rating: 'normal',
    trace_status: 'normal',
    trace_type: 'ConsoleAction',
    trace_id: 'b7e3c1a0-ac52-11ef-9c1d-0255ac100045',
    domain_id: OTC_DOMAIN_ID,
    project_id: OTC_PROJECT_ID,
    operation_id: 'login',
    read_only: false,
    resource_account_id: OTC_DOMAIN_ID,
    ...overrides,
  };
}

/** An ECS write trace as the CTS → LTS transfer writes it (one JSON trace per LTS line). */
export function otcEcsTrace(traceName: string, serverId: string): Record<string, unknown> {
  return otcIamTrace({
    service_type: 'ECS',
    resource_type: 'ecs',
    resource_name: 'web-1',
    resource_id: serverId,
    trace_name: traceName,
    trace_type: 'ApiCall',
    trace_id: `t-${traceName}-${serverId}`,
    operation_id: traceName,
  });
}

/**
 * The LTS trigger payload (OTC FunctionGraph runtime docs, "LTS event"): `{"lts":{"data":"<base64>"}}` whose JSON
 * is `{logs, owner, log_group_id, log_topic_id}`. `logs` is JSON text in the runtime sample and a list in the OTC
 * best practice's Python code; `asList` builds the latter.
 */
export function otcLtsEvent(
  messages: readonly string[],
  options: { asList?: boolean; group?: string; stream?: string } = {},
): { lts: { data: string } } {
  const logs = messages.map((message, i) => ({
    message,
    time: 1732700001000 + i,
    host_name: 'ecs-app-1',
    ip: '192.168.0.11',
    path: '/var/log/app.log',
    log_uid: `uid-${i}`,
    line_no: i + 1,
  }));
  const payload = {
    logs: options.asList ? logs : JSON.stringify(logs),
    owner: OTC_PROJECT_ID,
    log_group_id: options.group ?? '7f7f7f7f-aaaa-4bbb-8ccc-0d0d0d0d0d0d',
    log_topic_id: options.stream ?? '3e3e3e3e-1111-4222-8333-444444444444',
  };
  return { lts: { data: Buffer.from(JSON.stringify(payload)).toString('base64') } };
}

/** The LTS trigger example of Huawei's documentation, whose line is `[WRN]`: OTC's guide alarms on it too. */
export const HUAWEI_DOC_WRN_LINE = '2018-08-08/08:08:08 [WRN] [test.go:08]This is a test message.';
