import {
  ParsedRecord,
  ResourceRef,
  TagLookup,
  TagResult,
  TagStatus,
  failedLookup,
  isRecord,
  mapWithConcurrency,
  tagResult,
  tagsFromList,
  text,
} from '../core/enrichment/lookup-adapter';
import { HTTP_TIMEOUT_MS, HttpError, isRetryableHttpError, withRetry } from '../core/retry';
import { log } from '../core/log';
import { cleanText } from '../core/message';
import { FAILURE_TTL_MS, Remembered, remember } from '../core/remembered';
import {
  EndpointPolicy,
  HUAWEI_CLOUD,
  assertTrustedUrl,
  checkedRegion,
  endpointOrOverride,
  globalEndpoint,
  regionalEndpoint,
} from './regions';

/** A per-service, project-scoped tag API answering `{"tags":[{"key","value"}]}` to an `X-Auth-Token`. */
export interface HuaweiTagApi {
  /** Service part of the regional host: `https://<host>.<region>.myhuaweicloud.com`. */
  readonly host: string;
  readonly path: (projectId: string, resourceId: string) => string;
  /** The TMS `resource_type` of the same resources. */
  readonly tmsType?: string;
}

const enc = encodeURIComponent;

/** The tag APIs TrailWatch calls (documented in the README's resource-identity table). */
export const HUAWEI_TAG_APIS: Record<string, HuaweiTagApi> = {
  ecs: { host: 'ecs', path: (p, id) => `/v1/${enc(p)}/cloudservers/${enc(id)}/tags`, tmsType: 'ecs' },
  evs: { host: 'evs', path: (p, id) => `/v2/${enc(p)}/cloudvolumes/${enc(id)}/tags`, tmsType: 'disk' },
  vpc: { host: 'vpc', path: (p, id) => `/v2.0/${enc(p)}/vpcs/${enc(id)}/tags`, tmsType: 'vpcs' },
  subnet: { host: 'vpc', path: (p, id) => `/v2.0/${enc(p)}/subnets/${enc(id)}/tags` },
  securityGroup: {
    host: 'vpc',
    path: (p, id) => `/v2.0/${enc(p)}/security-groups/${enc(id)}/tags`,
    tmsType: 'security-groups',
  },
  eip: { host: 'vpc', path: (p, id) => `/v2.0/${enc(p)}/publicips/${enc(id)}/tags`, tmsType: 'eip' },
  elb: { host: 'elb', path: (p, id) => `/v2.0/${enc(p)}/loadbalancers/${enc(id)}/tags` },
  rds: { host: 'rds', path: (p, id) => `/v3/${enc(p)}/instances/${enc(id)}/tags` },
};

/** CTS `resource_type` spellings per tag API, compared lower-case without `_`, `-` or spaces. */
const RESOURCE_TYPES: Record<string, readonly string[]> = {
  ecs: ['ecs', 'server', 'servers', 'cloudserver', 'cloudservers', 'instance'],
  evs: ['evs', 'volume', 'volumes', 'disk', 'cloudvolume', 'cloudvolumes'],
  vpc: ['vpc', 'vpcs'],
  subnet: ['subnet', 'subnets'],
  securityGroup: ['securitygroup', 'securitygroups', 'sg'],
  eip: ['eip', 'eips', 'publicip', 'publicips'],
  elb: ['elb', 'loadbalancer', 'loadbalancers'],
  rds: ['rds', 'instance', 'instances', 'dbinstance'],
};

/** Which tag APIs can answer for a CTS service type. */
export const SERVICE_APIS: Readonly<Record<string, readonly string[]>> = {
  ECS: ['ecs'],
  EVS: ['evs'],
  VPC: ['vpc', 'subnet', 'securityGroup', 'eip'],
  EIP: ['eip'],
  ELB: ['elb'],
  RDS: ['rds'],
};

/** The tag API for a CTS service and resource type, or undefined when TrailWatch knows none. */
export function tagApiFor(serviceType: string, resourceType: string | undefined): string | undefined {
  const candidates = SERVICE_APIS[serviceType.toUpperCase()] ?? [];
  const type = (resourceType ?? '').toLowerCase().replace(/[\s_-]/g, '');
  if (type === '') return candidates.length === 1 ? candidates[0] : undefined;
  return candidates.find((api) => RESOURCE_TYPES[api].includes(type));
}

/** Response fields that carry resource ids, with the tag API that owns them. */
const RESPONSE_IDS: readonly [container: string, field: string, api: string][] = [
  ['entities', 'server_id', 'ecs'],
  ['entities', 'volume_id', 'evs'],
  ['server', 'id', 'ecs'],
  ['volume', 'id', 'evs'],
  ['vpc', 'id', 'vpc'],
  ['subnet', 'id', 'subnet'],
  ['security_group', 'id', 'securityGroup'],
  ['publicip', 'id', 'eip'],
  ['loadbalancer', 'id', 'elb'],
];

/**
 * The resources a CTS trace names: `resource_id` (comma-separated lists are split) typed by
 * `service_type`/`resource_type`, plus ids found in the response (`entities.server_id`, `server.id`,
 * `volume.id`, `vpc.id`, `subnet.id`, `security_group.id`, `publicip.id`, `loadbalancer.id`) and in batch ECS
 * actions (`os-start`/`os-stop`/`reboot` `.servers[].id`). `request`/`response` may be objects or JSON text.
 */
export function ctsResources(
  record: ParsedRecord,
  defaultProjectId: string,
  region: string | undefined,
): ResourceRef[] {
  const raw = record.raw;
  const service = record.event.service;
  const project = text(raw.project_id) ?? defaultProjectId;
  const account = text(raw.resource_account_id) ?? text(raw.domain_id) ?? record.event.actor.accountId;
  const resourceRegion = record.event.region ?? region;
  const typeApi = tagApiFor(service, record.event.resource.type);
  const found: { id: string; api?: string; name?: string; type?: string }[] = [];
  const resourceId = record.event.resource.id;
  if (resourceId) {
    for (const id of resourceId
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '')) {
      found.push({ id, api: typeApi, name: record.event.resource.name, type: record.event.resource.type });
    }
  }
  const response = jsonObject(raw.response);
  for (const [container, field, api] of RESPONSE_IDS) {
    const holder = response[container];
    const id = isRecord(holder) ? text(holder[field]) : undefined;
    if (id) found.push({ id, api });
  }
  const request = jsonObject(raw.request);
  for (const action of ['os-start', 'os-stop', 'reboot']) {
    const body = request[action];
    if (isRecord(body) && Array.isArray(body.servers)) {
      for (const server of body.servers)
        if (isRecord(server) && text(server.id)) found.push({ id: text(server.id) as string, api: 'ecs' });
    }
  }
  const refs = new Map<string, ResourceRef>();
  for (const item of found) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(item.id)) continue; // an URN or display text is not an id
    const key = `${project}/${item.api ?? `${service}/${item.type ?? ''}`}/${item.id}`;
    if (refs.has(key)) continue;
    refs.set(key, {
      key,
      id: item.id,
      type: item.type ?? item.api,
      name: item.name,
      account,
      region: resourceRegion,
      project,
      api: item.api ?? `tms:${(item.type ?? '').toLowerCase()}`,
    });
  }
  return [...refs.values()];
}

function jsonObject(value: unknown): Record<string, unknown> {
  if (isRecord(value)) return value;
  if (typeof value === 'string' && value.trim().startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(value);
      return isRecord(parsed) ? parsed : {};
    } catch {
      return {};
    }
  }
  return {};
}

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{
  status: number;
  ok: boolean;
  text(): Promise<string>;
  headers: { get(name: string): string | null };
}>;

/** The function's own account and the ids of its projects (one per region, plus sub-projects). */
interface OwnAccount {
  readonly domainId: string;
  readonly projects: ReadonlySet<string>;
}

/** How long a failed IAM answer (own account, member token) is reused instead of asking again. */
export const NEGATIVE_CACHE_MS = FAILURE_TTL_MS;

export interface HuaweiTagLookupOptions {
  /** The function's own region (configured, checked against the cloud's region table). */
  readonly region: string;
  /**
   * Regions whose resources may be looked up, each checked against the region table. A trace naming any other
   * region is counted (`foreignRegionRefs`) and logged, never fetched. In a region other than `region` only
   * member-account resources are read (each region has its own project id, and the agency token is scoped to the
   * function's). @default [region]
   */
  readonly regions?: readonly string[];
  /** The cloud (region table, domains) and whether loopback test endpoints are accepted. @default Huawei Cloud */
  readonly policy?: EndpointPolicy;
  /**
   * Project of the function. A trace of another project is a resource of another region of the function's own
   * account (refused: the token is scoped to this project) or of a member account, told apart by the domain.
   */
  readonly projectId: string;
  /** The agency token of the current invocation. */
  readonly token: () => string;
  /** One host for all per-service tag APIs (tests, proxies). @default the regional host of each service */
  readonly endpoint?: string;
  /** Ask TMS for resource types without a per-service API. @default false */
  readonly tmsFallback?: boolean;
  /** @default the cloud's TMS host (https://tms.myhuaweicloud.com) */
  readonly tmsEndpoint?: string;
  /** Agency in member accounts that the function's agency may assume. @default off */
  readonly memberAgencyName?: string;
  /** @default https://iam.<region>.<cloud domain> */
  readonly iamEndpoint?: string;
  /** @default 8 */
  readonly concurrency?: number;
  readonly attempts?: number;
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly fetch?: FetchLike;
  readonly now?: () => number;
}

/**
 * Tags through the per-service APIs (one call per resource: Huawei Cloud has no batch tag read for these), at
 * most `concurrency` in flight, 429/5xx retried with backoff, a 404 read as "resource gone". Resources of other
 * projects are read with a token of the member account's agency when `memberAgencyName` is set.
 */
export class HuaweiTagLookup implements TagLookup {
  public calls = 0;
  /** Resources skipped because their trace named a region that is not configured (or not a region at all). */
  public foreignRegionRefs = 0;
  /** Resources of another project of the function's own account (another region): refused, see `otherProject`. */
  public crossRegionRefs = 0;
  private readonly memberTokens = new Map<string, Remembered<string>>();
  private own?: Remembered<OwnAccount>;
  private readonly policy: EndpointPolicy;
  private readonly regions: ReadonlySet<string>;
  private readonly endpoint?: string;
  private readonly tmsEndpoint: string;
  private readonly iamEndpoint: string;

  /** Checks the regions and every endpoint override up front: a bad setting fails the cold start, not a request. */
  public constructor(private readonly options: HuaweiTagLookupOptions) {
    this.policy = options.policy ?? { cloud: HUAWEI_CLOUD };
    const cloud = this.policy.cloud;
    const own = checkedRegion(cloud, options.region, 'tag look-up region');
    this.regions = new Set([own, ...(options.regions ?? []).map((r) => checkedRegion(cloud, r, 'tag look-up region'))]);
    this.endpoint = options.endpoint?.trim()
      ? endpointOrOverride(() => '', options.endpoint, this.policy, 'tag endpoint override')
      : undefined;
    this.tmsEndpoint = endpointOrOverride(
      () => globalEndpoint(cloud, 'tms', own),
      options.tmsEndpoint,
      this.policy,
      'TMS endpoint override',
    );
    this.iamEndpoint = endpointOrOverride(
      () => regionalEndpoint(cloud, 'iam', own),
      options.iamEndpoint,
      this.policy,
      'IAM endpoint override',
    );
  }

  public async lookup(refs: readonly ResourceRef[]): Promise<ReadonlyMap<string, TagResult>> {
    const answers = await mapWithConcurrency(refs, this.options.concurrency ?? 8, async (ref) => {
      try {
        return [ref.key, await this.lookupOne(ref)] as const;
      } catch (error) {
        return [ref.key, failedLookup(error)] as const;
      }
    });
    return new Map(answers);
  }

  private async lookupOne(ref: ResourceRef): Promise<TagResult> {
    const project = ref.project ?? this.options.projectId;
    // The trace's region is a claim of whoever wrote the log line: it only selects among configured regions. It is
    // checked, and so is the tag API, before any token is asked for.
    const region = ref.region ?? this.options.region;
    if (!this.regions.has(region)) {
      this.foreignRegionRefs++;
      log('warn', 'resource in a region that is not configured for tag look-up: not fetched', {
        region: cleanText(region.slice(0, 64)),
        configured: [...this.regions],
        resource: cleanText(ref.id.slice(0, 128)),
        foreignRegionRefs: this.foreignRegionRefs,
      });
      return { status: TagStatus.UNSUPPORTED, tags: {}, error: 'region not configured for tag look-up' };
    }
    const api = ref.api ? HUAWEI_TAG_APIS[ref.api] : undefined;
    let url: string;
    if (api) {
      url = `${this.endpoint ?? regionalEndpoint(this.policy.cloud, api.host, region)}${api.path(project, ref.id)}`;
    } else if (this.options.tmsFallback && ref.api?.startsWith('tms:') && ref.api.length > 4) {
      url = `${this.tmsEndpoint}/v2.0/resources/${enc(ref.id)}/tags?project_id=${enc(project)}&resource_type=${enc(ref.api.slice(4))}`;
    } else {
      return { status: TagStatus.UNSUPPORTED, tags: {} };
    }
    let token: string;
    if (project === this.options.projectId) {
      token = this.options.token();
    } else {
      const other = await this.otherProject(ref, project, region);
      if ('refused' in other) return { status: TagStatus.UNSUPPORTED, tags: {}, error: other.refused };
      token = other.token;
    }
    const response = await this.request('GET', url, { 'X-Auth-Token': token });
    if (response.status === 404) return { status: TagStatus.NOT_FOUND, tags: {} };
    const body: unknown = JSON.parse(response.body || '{}');
    return tagResult(tagsFromList(isRecord(body) ? body.tags : undefined));
  }

  /**
   * A resource of another project. Each region has its own project id, so the project does not tell an account
   * apart: the domain does. A project of the function's own account (another region) is refused, logged and
   * counted (`crossRegionRefs`): the agency token is scoped to the function's project. A resource of another
   * account is read with the member agency's token, when one is configured.
   */
  private async otherProject(
    ref: ResourceRef,
    project: string,
    region: string,
  ): Promise<{ token: string } | { refused: string }> {
    if (!this.options.memberAgencyName) {
      if (region !== this.options.region) this.refuseCrossRegion(ref, region);
      return { refused: 'resource of another project: no member-account agency is configured' };
    }
    const own = await this.ownAccount();
    if (ref.account === own.domainId || own.projects.has(project)) {
      this.refuseCrossRegion(ref, region);
      return { refused: "resource in another region of the function's own account: not looked up" };
    }
    return { token: await this.memberToken(ref.account, project) };
  }

  private refuseCrossRegion(ref: ResourceRef, region: string): void {
    this.crossRegionRefs++;
    log(
      'warn',
      "resource in another project of the function's own account: not looked up (the agency token is scoped to the function's project)",
      {
        region,
        resource: cleanText(ref.id.slice(0, 128)),
        crossRegionRefs: this.crossRegionRefs,
      },
    );
  }

  /**
   * The function's own account (domain) and its projects, from IAM (`GET /v3/auth/projects` with the agency token,
   * on the configured IAM host). Asked once; a failure is remembered for `NEGATIVE_CACHE_MS`.
   */
  private ownAccount(): Promise<OwnAccount> {
    const now = (this.options.now ?? Date.now)();
    if (this.own && this.own.until > now) return this.own.answer;
    const answer = (async (): Promise<OwnAccount> => {
      const response = await this.request('GET', `${this.iamEndpoint}/v3/auth/projects`, {
        'X-Auth-Token': this.options.token(),
      });
      const body: unknown = JSON.parse(response.body || '{}');
      const projects = isRecord(body) && Array.isArray(body.projects) ? body.projects.filter(isRecord) : [];
      const domainId = text(projects.find((p) => text(p.id) === this.options.projectId)?.domain_id);
      if (!domainId) throw new Error("IAM did not list the function's own project: its account is unknown");
      return {
        domainId,
        projects: new Set(projects.filter((p) => text(p.domain_id) === domainId).map((p) => text(p.id) as string)),
      };
    })();
    this.own = remember(
      answer,
      () => (this.options.now ?? Date.now)(),
      () => Number.POSITIVE_INFINITY,
    );
    return answer;
  }

  /**
   * A token for the member account's agency, scoped to the resource's project (IAM "assume_role"). Reused for an
   * hour; a refusal is remembered for `NEGATIVE_CACHE_MS` (no IAM call per event for an agency that does not work).
   */
  private memberToken(domainId: string | undefined, projectId: string): Promise<string> {
    if (!domainId)
      return Promise.reject(
        new Error('the trace names no account (domain_id / resource_account_id) for a member-project resource'),
      );
    const now = (this.options.now ?? Date.now)();
    const cacheKey = `${domainId}/${projectId}`;
    const cached = this.memberTokens.get(cacheKey);
    if (cached && cached.until > now) return cached.answer;
    const answer = (async () => {
      const body = JSON.stringify({
        auth: {
          identity: {
            methods: ['assume_role'],
            assume_role: { domain_id: domainId, xrole_name: this.options.memberAgencyName },
          },
          scope: { project: { id: projectId } },
        },
      });
      const response = await this.request(
        'POST',
        `${this.iamEndpoint}/v3/auth/tokens`,
        { 'X-Auth-Token': this.options.token(), 'Content-Type': 'application/json;charset=UTF-8' },
        body,
      );
      const token = response.subjectToken;
      if (!token)
        throw new Error(
          `IAM returned no X-Subject-Token for agency ${this.options.memberAgencyName} of account ${domainId}`,
        );
      return token;
    })();
    // Agency tokens live 24 hours; an hour keeps well inside that and picks up revoked agencies reasonably soon.
    this.memberTokens.set(
      cacheKey,
      remember(
        answer,
        () => (this.options.now ?? Date.now)(),
        (_token, arrivedAt) => arrivedAt + 60 * 60 * 1000,
      ),
    );
    return answer;
  }

  private request(
    method: string,
    url: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<{ status: number; body: string; subjectToken?: string }> {
    const doFetch = this.options.fetch ?? (fetch as unknown as FetchLike);
    // Last line of defence: whatever built the URL, the token only goes to the cloud's own hosts.
    assertTrustedUrl(url, this.policy, 'tag API URL');
    return withRetry(
      async () => {
        this.calls++;
        const response = await doFetch(url, { method, headers, body, signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) });
        const responseBody = await response.text();
        if (!response.ok && response.status !== 404)
          throw new HttpError(response.status, responseBody, `${method} ${new URL(url).pathname}`);
        return {
          status: response.status,
          body: responseBody,
          subjectToken: response.headers.get('x-subject-token') ?? undefined,
        };
      },
      {
        attempts: this.options.attempts ?? 4,
        baseDelayMs: this.options.baseDelayMs ?? 250,
        isRetryable: isRetryableHttpError,
        sleep: this.options.sleep,
      },
    );
  }
}
