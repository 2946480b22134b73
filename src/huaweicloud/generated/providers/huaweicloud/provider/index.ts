// https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface HuaweicloudProviderConfig {
  /**
  * The Huawei Cloud region. Can also be sourced from HW_REGION_NAME.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#region HuaweicloudProvider#region}
  */
  readonly region?: string;
  /**
  * The access key of the HuaweiCloud to use. If omitted, HW_ACCESS_KEY is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#access_key HuaweicloudProvider#access_key}
  */
  readonly accessKey?: string;
  /**
  * The secret key of the HuaweiCloud to use. If omitted, HW_SECRET_KEY is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#secret_key HuaweicloudProvider#secret_key}
  */
  readonly secretKey?: string;
  /**
  * The path to the shared config file. If omitted, HW_SHARED_CONFIG_FILE is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#shared_config_file HuaweicloudProvider#shared_config_file}
  */
  readonly sharedConfigFile?: string;
  /**
  * The profile name as set in the shared config file. If omitted, HW_PROFILE is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#profile HuaweicloudProvider#profile}
  */
  readonly profile?: string;
  /**
  * The name of the project to login with. If omitted, HW_PROJECT_NAME or region is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#project_name HuaweicloudProvider#project_name}
  */
  readonly projectName?: string;
  /**
  * The account name of IAM to scope to. If omitted, HW_DOMAIN_NAME is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#domain_name HuaweicloudProvider#domain_name}
  */
  readonly domainName?: string;
  /**
  * The security token of a temporary security credential. If omitted, HW_SECURITY_TOKEN is used.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#security_token HuaweicloudProvider#security_token}
  */
  readonly securityToken?: string;
  /**
  * The endpoint of the cloud provider. Defaults to myhuaweicloud.com (HW_CLOUD).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#cloud HuaweicloudProvider#cloud}
  */
  readonly cloud?: string;
  /**
  * The Identity authentication URL. Defaults to https://iam.{region}.{cloud}/v3 (HW_AUTH_URL).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#auth_url HuaweicloudProvider#auth_url}
  */
  readonly authUrl?: string;
  /**
  * Trust self-signed SSL certificates (HW_INSECURE).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#insecure HuaweicloudProvider#insecure}
  */
  readonly insecure?: boolean | cdktf.IResolvable;
  /**
  * The maximum number of times an API call is retried. Defaults to 5 (HW_MAX_RETRIES).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#max_retries HuaweicloudProvider#max_retries}
  */
  readonly maxRetries?: number;
  /**
  * Default enterprise project ID for supported resources (HW_ENTERPRISE_PROJECT_ID).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#enterprise_project_id HuaweicloudProvider#enterprise_project_id}
  */
  readonly enterpriseProjectId?: string;
  /**
  * The signing algorithm for authentication: HmacSHA256, HmacSM3, EcdsaP256SHA256, SM2SM3 (HW_SIGNING_ALGORITHM).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#signing_algorithm HuaweicloudProvider#signing_algorithm}
  */
  readonly signingAlgorithm?: string;
  /**
  * Whether the service endpoints are regional. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#regional HuaweicloudProvider#regional}
  */
  readonly regional?: boolean | cdktf.IResolvable;
  /**
  * Whether to skip website type check. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#skip_check_website_type HuaweicloudProvider#skip_check_website_type}
  */
  readonly skipCheckWebsiteType?: boolean | cdktf.IResolvable;
  /**
  * Whether to skip upgrade check. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#skip_check_upgrade HuaweicloudProvider#skip_check_upgrade}
  */
  readonly skipCheckUpgrade?: boolean | cdktf.IResolvable;
  /**
  * Key/value pairs customizing service endpoints, e.g. { ecs = "https://..." }.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#endpoints HuaweicloudProvider#endpoints}
  */
  readonly endpoints?: { [key: string]: string };
  /**
  * The default tags of resources managed by this provider (overridden by resource tags).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#default_tags HuaweicloudProvider#default_tags}
  */
  readonly defaultTags?: { [key: string]: string };
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#alias HuaweicloudProvider#alias}
  */
  readonly alias?: string;
  /**
  * assume_role block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#assume_role HuaweicloudProvider#assume_role}
  */
  readonly assumeRole?: HuaweicloudProviderAssumeRole[] | cdktf.IResolvable;
}
export interface HuaweicloudProviderAssumeRole {
  /**
  * The name of the agency for assume role (HW_ASSUME_ROLE_AGENCY_NAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#agency_name HuaweicloudProvider#agency_name}
  */
  readonly agencyName: string;
  /**
  * The name of the agency domain for assume role (HW_ASSUME_ROLE_DOMAIN_NAME).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#domain_name HuaweicloudProvider#domain_name}
  */
  readonly domainName: string;
}

export function huaweicloudProviderAssumeRoleToTerraform(struct?: HuaweicloudProviderAssumeRole | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    agency_name: cdktf.stringToTerraform(struct!.agencyName),
    domain_name: cdktf.stringToTerraform(struct!.domainName),
  }
}


export function huaweicloudProviderAssumeRoleToHclTerraform(struct?: HuaweicloudProviderAssumeRole | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    agency_name: {
      value: cdktf.stringToHclTerraform(struct!.agencyName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    domain_name: {
      value: cdktf.stringToHclTerraform(struct!.domainName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}


/**
* Represents a {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs huaweicloud}
*/
export class HuaweicloudProvider extends cdktf.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "huaweicloud";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a HuaweicloudProvider resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the HuaweicloudProvider to import
  * @param importFromId The id of the existing HuaweicloudProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the HuaweicloudProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "huaweicloud", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs huaweicloud} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options HuaweicloudProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: HuaweicloudProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'huaweicloud',
      terraformGeneratorMetadata: {
        providerName: 'huaweicloud',
        providerVersion: '1.97.1',
        providerVersionConstraint: '= 1.97.1'
      },
      terraformProviderSource: 'huaweicloud/huaweicloud'
    });
    this._region = config.region;
    this._accessKey = config.accessKey;
    this._secretKey = config.secretKey;
    this._sharedConfigFile = config.sharedConfigFile;
    this._profile = config.profile;
    this._projectName = config.projectName;
    this._domainName = config.domainName;
    this._securityToken = config.securityToken;
    this._cloud = config.cloud;
    this._authUrl = config.authUrl;
    this._insecure = config.insecure;
    this._maxRetries = config.maxRetries;
    this._enterpriseProjectId = config.enterpriseProjectId;
    this._signingAlgorithm = config.signingAlgorithm;
    this._regional = config.regional;
    this._skipCheckWebsiteType = config.skipCheckWebsiteType;
    this._skipCheckUpgrade = config.skipCheckUpgrade;
    this._endpoints = config.endpoints;
    this._defaultTags = config.defaultTags;
    this._alias = config.alias;
    this._assumeRole = config.assumeRole;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // region - computed: false, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this._region;
  }
  public set region(value: string | undefined) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // access_key - computed: false, optional: true, required: false
  private _accessKey?: string; 
  public get accessKey() {
    return this._accessKey;
  }
  public set accessKey(value: string | undefined) {
    this._accessKey = value;
  }
  public resetAccessKey() {
    this._accessKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get accessKeyInput() {
    return this._accessKey;
  }

  // secret_key - computed: false, optional: true, required: false
  private _secretKey?: string; 
  public get secretKey() {
    return this._secretKey;
  }
  public set secretKey(value: string | undefined) {
    this._secretKey = value;
  }
  public resetSecretKey() {
    this._secretKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get secretKeyInput() {
    return this._secretKey;
  }

  // shared_config_file - computed: false, optional: true, required: false
  private _sharedConfigFile?: string; 
  public get sharedConfigFile() {
    return this._sharedConfigFile;
  }
  public set sharedConfigFile(value: string | undefined) {
    this._sharedConfigFile = value;
  }
  public resetSharedConfigFile() {
    this._sharedConfigFile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sharedConfigFileInput() {
    return this._sharedConfigFile;
  }

  // profile - computed: false, optional: true, required: false
  private _profile?: string; 
  public get profile() {
    return this._profile;
  }
  public set profile(value: string | undefined) {
    this._profile = value;
  }
  public resetProfile() {
    this._profile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get profileInput() {
    return this._profile;
  }

  // project_name - computed: false, optional: true, required: false
  private _projectName?: string; 
  public get projectName() {
    return this._projectName;
  }
  public set projectName(value: string | undefined) {
    this._projectName = value;
  }
  public resetProjectName() {
    this._projectName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get projectNameInput() {
    return this._projectName;
  }

  // domain_name - computed: false, optional: true, required: false
  private _domainName?: string; 
  public get domainName() {
    return this._domainName;
  }
  public set domainName(value: string | undefined) {
    this._domainName = value;
  }
  public resetDomainName() {
    this._domainName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainNameInput() {
    return this._domainName;
  }

  // security_token - computed: false, optional: true, required: false
  private _securityToken?: string; 
  public get securityToken() {
    return this._securityToken;
  }
  public set securityToken(value: string | undefined) {
    this._securityToken = value;
  }
  public resetSecurityToken() {
    this._securityToken = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get securityTokenInput() {
    return this._securityToken;
  }

  // cloud - computed: false, optional: true, required: false
  private _cloud?: string; 
  public get cloud() {
    return this._cloud;
  }
  public set cloud(value: string | undefined) {
    this._cloud = value;
  }
  public resetCloud() {
    this._cloud = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cloudInput() {
    return this._cloud;
  }

  // auth_url - computed: false, optional: true, required: false
  private _authUrl?: string; 
  public get authUrl() {
    return this._authUrl;
  }
  public set authUrl(value: string | undefined) {
    this._authUrl = value;
  }
  public resetAuthUrl() {
    this._authUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get authUrlInput() {
    return this._authUrl;
  }

  // insecure - computed: false, optional: true, required: false
  private _insecure?: boolean | cdktf.IResolvable; 
  public get insecure() {
    return this._insecure;
  }
  public set insecure(value: boolean | cdktf.IResolvable | undefined) {
    this._insecure = value;
  }
  public resetInsecure() {
    this._insecure = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get insecureInput() {
    return this._insecure;
  }

  // max_retries - computed: false, optional: true, required: false
  private _maxRetries?: number; 
  public get maxRetries() {
    return this._maxRetries;
  }
  public set maxRetries(value: number | undefined) {
    this._maxRetries = value;
  }
  public resetMaxRetries() {
    this._maxRetries = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxRetriesInput() {
    return this._maxRetries;
  }

  // enterprise_project_id - computed: false, optional: true, required: false
  private _enterpriseProjectId?: string; 
  public get enterpriseProjectId() {
    return this._enterpriseProjectId;
  }
  public set enterpriseProjectId(value: string | undefined) {
    this._enterpriseProjectId = value;
  }
  public resetEnterpriseProjectId() {
    this._enterpriseProjectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enterpriseProjectIdInput() {
    return this._enterpriseProjectId;
  }

  // signing_algorithm - computed: false, optional: true, required: false
  private _signingAlgorithm?: string; 
  public get signingAlgorithm() {
    return this._signingAlgorithm;
  }
  public set signingAlgorithm(value: string | undefined) {
    this._signingAlgorithm = value;
  }
  public resetSigningAlgorithm() {
    this._signingAlgorithm = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get signingAlgorithmInput() {
    return this._signingAlgorithm;
  }

  // regional - computed: false, optional: true, required: false
  private _regional?: boolean | cdktf.IResolvable; 
  public get regional() {
    return this._regional;
  }
  public set regional(value: boolean | cdktf.IResolvable | undefined) {
    this._regional = value;
  }
  public resetRegional() {
    this._regional = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionalInput() {
    return this._regional;
  }

  // skip_check_website_type - computed: false, optional: true, required: false
  private _skipCheckWebsiteType?: boolean | cdktf.IResolvable; 
  public get skipCheckWebsiteType() {
    return this._skipCheckWebsiteType;
  }
  public set skipCheckWebsiteType(value: boolean | cdktf.IResolvable | undefined) {
    this._skipCheckWebsiteType = value;
  }
  public resetSkipCheckWebsiteType() {
    this._skipCheckWebsiteType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skipCheckWebsiteTypeInput() {
    return this._skipCheckWebsiteType;
  }

  // skip_check_upgrade - computed: false, optional: true, required: false
  private _skipCheckUpgrade?: boolean | cdktf.IResolvable; 
  public get skipCheckUpgrade() {
    return this._skipCheckUpgrade;
  }
  public set skipCheckUpgrade(value: boolean | cdktf.IResolvable | undefined) {
    this._skipCheckUpgrade = value;
  }
  public resetSkipCheckUpgrade() {
    this._skipCheckUpgrade = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get skipCheckUpgradeInput() {
    return this._skipCheckUpgrade;
  }

  // endpoints - computed: false, optional: true, required: false
  private _endpoints?: { [key: string]: string }; 
  public get endpoints() {
    return this._endpoints;
  }
  public set endpoints(value: { [key: string]: string } | undefined) {
    this._endpoints = value;
  }
  public resetEndpoints() {
    this._endpoints = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointsInput() {
    return this._endpoints;
  }

  // default_tags - computed: false, optional: true, required: false
  private _defaultTags?: { [key: string]: string }; 
  public get defaultTags() {
    return this._defaultTags;
  }
  public set defaultTags(value: { [key: string]: string } | undefined) {
    this._defaultTags = value;
  }
  public resetDefaultTags() {
    this._defaultTags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultTagsInput() {
    return this._defaultTags;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // assume_role - computed: false, optional: true, required: false
  private _assumeRole?: HuaweicloudProviderAssumeRole[] | cdktf.IResolvable; 
  public get assumeRole() {
    return this._assumeRole;
  }
  public set assumeRole(value: HuaweicloudProviderAssumeRole[] | cdktf.IResolvable | undefined) {
    this._assumeRole = value;
  }
  public resetAssumeRole() {
    this._assumeRole = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get assumeRoleInput() {
    return this._assumeRole;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      region: cdktf.stringToTerraform(this._region),
      access_key: cdktf.stringToTerraform(this._accessKey),
      secret_key: cdktf.stringToTerraform(this._secretKey),
      shared_config_file: cdktf.stringToTerraform(this._sharedConfigFile),
      profile: cdktf.stringToTerraform(this._profile),
      project_name: cdktf.stringToTerraform(this._projectName),
      domain_name: cdktf.stringToTerraform(this._domainName),
      security_token: cdktf.stringToTerraform(this._securityToken),
      cloud: cdktf.stringToTerraform(this._cloud),
      auth_url: cdktf.stringToTerraform(this._authUrl),
      insecure: cdktf.booleanToTerraform(this._insecure),
      max_retries: cdktf.numberToTerraform(this._maxRetries),
      enterprise_project_id: cdktf.stringToTerraform(this._enterpriseProjectId),
      signing_algorithm: cdktf.stringToTerraform(this._signingAlgorithm),
      regional: cdktf.booleanToTerraform(this._regional),
      skip_check_website_type: cdktf.booleanToTerraform(this._skipCheckWebsiteType),
      skip_check_upgrade: cdktf.booleanToTerraform(this._skipCheckUpgrade),
      endpoints: cdktf.hashMapper(cdktf.stringToTerraform)(this._endpoints),
      default_tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._defaultTags),
      alias: cdktf.stringToTerraform(this._alias),
      assume_role: cdktf.listMapper(huaweicloudProviderAssumeRoleToTerraform, true)(this._assumeRole),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      region: {
        value: cdktf.stringToHclTerraform(this._region),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      access_key: {
        value: cdktf.stringToHclTerraform(this._accessKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      secret_key: {
        value: cdktf.stringToHclTerraform(this._secretKey),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      shared_config_file: {
        value: cdktf.stringToHclTerraform(this._sharedConfigFile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      profile: {
        value: cdktf.stringToHclTerraform(this._profile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      project_name: {
        value: cdktf.stringToHclTerraform(this._projectName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      domain_name: {
        value: cdktf.stringToHclTerraform(this._domainName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      security_token: {
        value: cdktf.stringToHclTerraform(this._securityToken),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      cloud: {
        value: cdktf.stringToHclTerraform(this._cloud),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      auth_url: {
        value: cdktf.stringToHclTerraform(this._authUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      insecure: {
        value: cdktf.booleanToHclTerraform(this._insecure),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      max_retries: {
        value: cdktf.numberToHclTerraform(this._maxRetries),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enterprise_project_id: {
        value: cdktf.stringToHclTerraform(this._enterpriseProjectId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      signing_algorithm: {
        value: cdktf.stringToHclTerraform(this._signingAlgorithm),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      regional: {
        value: cdktf.booleanToHclTerraform(this._regional),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      skip_check_website_type: {
        value: cdktf.booleanToHclTerraform(this._skipCheckWebsiteType),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      skip_check_upgrade: {
        value: cdktf.booleanToHclTerraform(this._skipCheckUpgrade),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      endpoints: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._endpoints),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      default_tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._defaultTags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      alias: {
        value: cdktf.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      assume_role: {
        value: cdktf.listMapperHcl(huaweicloudProviderAssumeRoleToHclTerraform, true)(this._assumeRole),
        isBlock: true,
        type: "list",
        storageClassType: "HuaweicloudProviderAssumeRoleList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
