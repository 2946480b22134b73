// https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FgsFunctionConfig extends cdktf.TerraformMetaArguments {
  /**
  * Specifies the region in which to manage the function. If omitted, the provider-level region is used. Changing this creates a new resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#region FgsFunction#region}
  */
  readonly region?: string;
  /**
  * Specifies the name of the function. Changing this creates a new resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#name FgsFunction#name}
  */
  readonly name: string;
  /**
  * Specifies the memory size allocated to the function, in MB.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#memory_size FgsFunction#memory_size}
  */
  readonly memorySize: number;
  /**
  * Specifies the runtime, e.g. Node.js18.15, Python3.9, Java11, http, Custom Image.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#runtime FgsFunction#runtime}
  */
  readonly runtime: string;
  /**
  * Specifies the timeout of the function, in seconds (3-259200).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#timeout FgsFunction#timeout}
  */
  readonly timeout: number;
  /**
  * Specifies the group (app) to which the function belongs, e.g. default.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#app FgsFunction#app}
  */
  readonly app: string;
  /**
  * Specifies the code type: inline, zip, jar, obs or Custom-Image-Swr.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#code_type FgsFunction#code_type}
  */
  readonly codeType: string;
  /**
  * Specifies the entry point of the function, e.g. index.handler.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#handler FgsFunction#handler}
  */
  readonly handler: string;
  /**
  * Specifies the description of the function.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#description FgsFunction#description}
  */
  readonly description?: string;
  /**
  * Specifies the function framework version: v1 or v2.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#functiongraph_version FgsFunction#functiongraph_version}
  */
  readonly functiongraphVersion?: string;
  /**
  * Specifies the function code (Base64 or text). Required for code_type inline, zip or jar.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#func_code FgsFunction#func_code}
  */
  readonly funcCode?: string;
  /**
  * Specifies the OBS URL of the function code. Required for code_type obs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#code_url FgsFunction#code_url}
  */
  readonly codeUrl?: string;
  /**
  * Specifies the name of the function file. Required for code_type jar or zip.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#code_filename FgsFunction#code_filename}
  */
  readonly codeFilename?: string;
  /**
  * Specifies the list of the dependency version IDs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#depend_list FgsFunction#depend_list}
  */
  readonly dependList?: string[];
  /**
  * Specifies the key/value (environment) information of the function, as JSON.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#user_data FgsFunction#user_data}
  */
  readonly userData?: string;
  /**
  * Specifies the key/value information to be encrypted, as JSON.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#encrypted_user_data FgsFunction#encrypted_user_data}
  */
  readonly encryptedUserData?: string;
  /**
  * Specifies the agency of the function (needed to access other cloud services).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#agency FgsFunction#agency}
  */
  readonly agency?: string;
  /**
  * Specifies the execution agency used to obtain a token or AK/SK.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#app_agency FgsFunction#app_agency}
  */
  readonly appAgency?: string;
  /**
  * Specifies the initializer of the function.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#initializer_handler FgsFunction#initializer_handler}
  */
  readonly initializerHandler?: string;
  /**
  * Specifies the maximum initialization duration, in seconds (1-300).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#initializer_timeout FgsFunction#initializer_timeout}
  */
  readonly initializerTimeout?: number;
  /**
  * Specifies the enterprise project ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#enterprise_project_id FgsFunction#enterprise_project_id}
  */
  readonly enterpriseProjectId?: string;
  /**
  * Specifies the ID of the VPC to which the function belongs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#vpc_id FgsFunction#vpc_id}
  */
  readonly vpcId?: string;
  /**
  * Specifies the network ID of subnet.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#network_id FgsFunction#network_id}
  */
  readonly networkId?: string;
  /**
  * Specifies the private DNS configuration of the function network, as JSON.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#dns_list FgsFunction#dns_list}
  */
  readonly dnsList?: string;
  /**
  * Specifies the mount user ID (-1 to 65534, not 0). Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#mount_user_id FgsFunction#mount_user_id}
  */
  readonly mountUserId?: number;
  /**
  * Specifies the mount user group ID (-1 to 65534, not 0). Defaults to -1.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#mount_user_group_id FgsFunction#mount_user_group_id}
  */
  readonly mountUserGroupId?: number;
  /**
  * Specifies the maximum number of instances (-1 to 1000). Default 400.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#max_instance_num FgsFunction#max_instance_num}
  */
  readonly maxInstanceNum?: string;
  /**
  * Specifies the key/value pairs to associate with the function.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#tags FgsFunction#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * Specifies whether to enable the LTS log. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#enable_lts_log FgsFunction#enable_lts_log}
  */
  readonly enableLtsLog?: boolean | cdktf.IResolvable;
  /**
  * Specifies the LTS group ID for collecting logs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#log_group_id FgsFunction#log_group_id}
  */
  readonly logGroupId?: string;
  /**
  * Specifies the LTS group name for collecting logs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#log_group_name FgsFunction#log_group_name}
  */
  readonly logGroupName?: string;
  /**
  * Specifies the LTS stream ID for collecting logs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#log_stream_id FgsFunction#log_stream_id}
  */
  readonly logStreamId?: string;
  /**
  * Specifies the LTS stream name for collecting logs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#log_stream_name FgsFunction#log_stream_name}
  */
  readonly logStreamName?: string;
  /**
  * Specifies the number of concurrent requests per instance (1-1000).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#concurrency_num FgsFunction#concurrency_num}
  */
  readonly concurrencyNum?: number;
  /**
  * Specifies the GPU type of the function, e.g. nvidia-t4.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#gpu_type FgsFunction#gpu_type}
  */
  readonly gpuType?: string;
  /**
  * Specifies the GPU memory allocated to the function, in MB.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#gpu_memory FgsFunction#gpu_memory}
  */
  readonly gpuMemory?: number;
  /**
  * Specifies whether the dynamic memory configuration is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#enable_dynamic_memory FgsFunction#enable_dynamic_memory}
  */
  readonly enableDynamicMemory?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether the function is a stateful function.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#is_stateful_function FgsFunction#is_stateful_function}
  */
  readonly isStatefulFunction?: boolean | cdktf.IResolvable;
  /**
  * Specifies the VPC CIDR blocks used in the function code (semicolon separated, max 5).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#peering_cidr FgsFunction#peering_cidr}
  */
  readonly peeringCidr?: string;
  /**
  * Specifies whether the authentication in the request header is enabled.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#enable_auth_in_header FgsFunction#enable_auth_in_header}
  */
  readonly enableAuthInHeader?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether class isolation is enabled for Java runtime functions.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#enable_class_isolation FgsFunction#enable_class_isolation}
  */
  readonly enableClassIsolation?: boolean | cdktf.IResolvable;
  /**
  * Specifies the size of the function ephemeral storage: 512 (default) or 10240.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#ephemeral_storage FgsFunction#ephemeral_storage}
  */
  readonly ephemeralStorage?: number;
  /**
  * Specifies the heartbeat handler of the function (Java).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#heartbeat_handler FgsFunction#heartbeat_handler}
  */
  readonly heartbeatHandler?: string;
  /**
  * Specifies the restore hook handler of the function (Java).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#restore_hook_handler FgsFunction#restore_hook_handler}
  */
  readonly restoreHookHandler?: string;
  /**
  * Specifies the timeout of the restore hook, in seconds (1-300).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#restore_hook_timeout FgsFunction#restore_hook_timeout}
  */
  readonly restoreHookTimeout?: number;
  /**
  * Specifies the custom tags used to filter the LTS logs (v2 functions).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#lts_custom_tag FgsFunction#lts_custom_tag}
  */
  readonly ltsCustomTag?: { [key: string]: string };
  /**
  * Specifies the KMS key ID for encrypting the user data.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#user_data_encrypt_kms_key_id FgsFunction#user_data_encrypt_kms_key_id}
  */
  readonly userDataEncryptKmsKeyId?: string;
  /**
  * Specifies the KMS key ID for encrypting the function code.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#code_encrypt_kms_key_id FgsFunction#code_encrypt_kms_key_id}
  */
  readonly codeEncryptKmsKeyId?: string;
  /**
  * The resource ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#id FgsFunction#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * func_mounts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#func_mounts FgsFunction#func_mounts}
  */
  readonly funcMounts?: FgsFunctionFuncMounts[] | cdktf.IResolvable;
  /**
  * custom_image block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#custom_image FgsFunction#custom_image}
  */
  readonly customImage?: FgsFunctionCustomImage;
  /**
  * versions block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#versions FgsFunction#versions}
  */
  readonly versions?: FgsFunctionVersions[] | cdktf.IResolvable;
  /**
  * reserved_instances block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#reserved_instances FgsFunction#reserved_instances}
  */
  readonly reservedInstances?: FgsFunctionReservedInstances[] | cdktf.IResolvable;
  /**
  * network_controller block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#network_controller FgsFunction#network_controller}
  */
  readonly networkController?: FgsFunctionNetworkController;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#timeouts FgsFunction#timeouts}
  */
  readonly timeouts?: FgsFunctionTimeouts;
}
export interface FgsFunctionFuncMounts {
  /**
  * Specifies the mount type: sfs, sfsTurbo or ecs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#mount_type FgsFunction#mount_type}
  */
  readonly mountType: string;
  /**
  * Specifies the ID of the mounted resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#mount_resource FgsFunction#mount_resource}
  */
  readonly mountResource: string;
  /**
  * Specifies the remote mount path, e.g. 192.168.0.12:/data.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#mount_share_path FgsFunction#mount_share_path}
  */
  readonly mountSharePath: string;
  /**
  * Specifies the function access path.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#local_mount_path FgsFunction#local_mount_path}
  */
  readonly localMountPath: string;
}

export function fgsFunctionFuncMountsToTerraform(struct?: FgsFunctionFuncMounts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    mount_type: cdktf.stringToTerraform(struct!.mountType),
    mount_resource: cdktf.stringToTerraform(struct!.mountResource),
    mount_share_path: cdktf.stringToTerraform(struct!.mountSharePath),
    local_mount_path: cdktf.stringToTerraform(struct!.localMountPath),
  }
}


export function fgsFunctionFuncMountsToHclTerraform(struct?: FgsFunctionFuncMounts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    mount_type: {
      value: cdktf.stringToHclTerraform(struct!.mountType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mount_resource: {
      value: cdktf.stringToHclTerraform(struct!.mountResource),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mount_share_path: {
      value: cdktf.stringToHclTerraform(struct!.mountSharePath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    local_mount_path: {
      value: cdktf.stringToHclTerraform(struct!.localMountPath),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionFuncMountsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FgsFunctionFuncMounts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._mountType !== undefined) {
      hasAnyValues = true;
      internalValueResult.mountType = this._mountType;
    }
    if (this._mountResource !== undefined) {
      hasAnyValues = true;
      internalValueResult.mountResource = this._mountResource;
    }
    if (this._mountSharePath !== undefined) {
      hasAnyValues = true;
      internalValueResult.mountSharePath = this._mountSharePath;
    }
    if (this._localMountPath !== undefined) {
      hasAnyValues = true;
      internalValueResult.localMountPath = this._localMountPath;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionFuncMounts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._mountType = undefined;
      this._mountResource = undefined;
      this._mountSharePath = undefined;
      this._localMountPath = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._mountType = value.mountType;
      this._mountResource = value.mountResource;
      this._mountSharePath = value.mountSharePath;
      this._localMountPath = value.localMountPath;
    }
  }

  // mount_type - computed: false, optional: false, required: true
  private _mountType?: string; 
  public get mountType() {
    return this.getStringAttribute('mount_type');
  }
  public set mountType(value: string) {
    this._mountType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mountTypeInput() {
    return this._mountType;
  }

  // mount_resource - computed: false, optional: false, required: true
  private _mountResource?: string; 
  public get mountResource() {
    return this.getStringAttribute('mount_resource');
  }
  public set mountResource(value: string) {
    this._mountResource = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mountResourceInput() {
    return this._mountResource;
  }

  // mount_share_path - computed: false, optional: false, required: true
  private _mountSharePath?: string; 
  public get mountSharePath() {
    return this.getStringAttribute('mount_share_path');
  }
  public set mountSharePath(value: string) {
    this._mountSharePath = value;
  }
  // Temporarily expose input value. Use with caution.
  public get mountSharePathInput() {
    return this._mountSharePath;
  }

  // local_mount_path - computed: false, optional: false, required: true
  private _localMountPath?: string; 
  public get localMountPath() {
    return this.getStringAttribute('local_mount_path');
  }
  public set localMountPath(value: string) {
    this._localMountPath = value;
  }
  // Temporarily expose input value. Use with caution.
  public get localMountPathInput() {
    return this._localMountPath;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }
}

export class FgsFunctionFuncMountsList extends cdktf.ComplexList {
  public internalValue? : FgsFunctionFuncMounts[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FgsFunctionFuncMountsOutputReference {
    return new FgsFunctionFuncMountsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FgsFunctionCustomImage {
  /**
  * Specifies the URL of SWR image (starts with swr.).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#url FgsFunction#url}
  */
  readonly url: string;
  /**
  * Specifies the startup commands of the image, comma separated.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#command FgsFunction#command}
  */
  readonly command?: string;
  /**
  * Specifies the command line arguments of the image, comma separated.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#args FgsFunction#args}
  */
  readonly args?: string;
  /**
  * Specifies the working directory of the image (only /).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#working_dir FgsFunction#working_dir}
  */
  readonly workingDir?: string;
}

export function fgsFunctionCustomImageToTerraform(struct?: FgsFunctionCustomImageOutputReference | FgsFunctionCustomImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    url: cdktf.stringToTerraform(struct!.url),
    command: cdktf.stringToTerraform(struct!.command),
    args: cdktf.stringToTerraform(struct!.args),
    working_dir: cdktf.stringToTerraform(struct!.workingDir),
  }
}


export function fgsFunctionCustomImageToHclTerraform(struct?: FgsFunctionCustomImageOutputReference | FgsFunctionCustomImage): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    url: {
      value: cdktf.stringToHclTerraform(struct!.url),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    command: {
      value: cdktf.stringToHclTerraform(struct!.command),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    args: {
      value: cdktf.stringToHclTerraform(struct!.args),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    working_dir: {
      value: cdktf.stringToHclTerraform(struct!.workingDir),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionCustomImageOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FgsFunctionCustomImage | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._url !== undefined) {
      hasAnyValues = true;
      internalValueResult.url = this._url;
    }
    if (this._command !== undefined) {
      hasAnyValues = true;
      internalValueResult.command = this._command;
    }
    if (this._args !== undefined) {
      hasAnyValues = true;
      internalValueResult.args = this._args;
    }
    if (this._workingDir !== undefined) {
      hasAnyValues = true;
      internalValueResult.workingDir = this._workingDir;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionCustomImage | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._url = undefined;
      this._command = undefined;
      this._args = undefined;
      this._workingDir = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._url = value.url;
      this._command = value.command;
      this._args = value.args;
      this._workingDir = value.workingDir;
    }
  }

  // url - computed: false, optional: false, required: true
  private _url?: string; 
  public get url() {
    return this.getStringAttribute('url');
  }
  public set url(value: string) {
    this._url = value;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // command - computed: false, optional: true, required: false
  private _command?: string; 
  public get command() {
    return this.getStringAttribute('command');
  }
  public set command(value: string) {
    this._command = value;
  }
  public resetCommand() {
    this._command = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commandInput() {
    return this._command;
  }

  // args - computed: false, optional: true, required: false
  private _args?: string; 
  public get args() {
    return this.getStringAttribute('args');
  }
  public set args(value: string) {
    this._args = value;
  }
  public resetArgs() {
    this._args = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get argsInput() {
    return this._args;
  }

  // working_dir - computed: true, optional: true, required: false
  private _workingDir?: string; 
  public get workingDir() {
    return this.getStringAttribute('working_dir');
  }
  public set workingDir(value: string) {
    this._workingDir = value;
  }
  public resetWorkingDir() {
    this._workingDir = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get workingDirInput() {
    return this._workingDir;
  }
}
export interface FgsFunctionVersionsAliases {
  /**
  * Specifies the name of the version alias.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#name FgsFunction#name}
  */
  readonly name: string;
  /**
  * Specifies the description of the version alias.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#description FgsFunction#description}
  */
  readonly description?: string;
  /**
  * Percentage grayscale configuration of the alias, JSON.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#additional_version_weights FgsFunction#additional_version_weights}
  */
  readonly additionalVersionWeights?: string;
  /**
  * Rule grayscale configuration of the alias, JSON.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#additional_version_strategy FgsFunction#additional_version_strategy}
  */
  readonly additionalVersionStrategy?: string;
}

export function fgsFunctionVersionsAliasesToTerraform(struct?: FgsFunctionVersionsAliasesOutputReference | FgsFunctionVersionsAliases): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    description: cdktf.stringToTerraform(struct!.description),
    additional_version_weights: cdktf.stringToTerraform(struct!.additionalVersionWeights),
    additional_version_strategy: cdktf.stringToTerraform(struct!.additionalVersionStrategy),
  }
}


export function fgsFunctionVersionsAliasesToHclTerraform(struct?: FgsFunctionVersionsAliasesOutputReference | FgsFunctionVersionsAliases): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    description: {
      value: cdktf.stringToHclTerraform(struct!.description),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    additional_version_weights: {
      value: cdktf.stringToHclTerraform(struct!.additionalVersionWeights),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    additional_version_strategy: {
      value: cdktf.stringToHclTerraform(struct!.additionalVersionStrategy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionVersionsAliasesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FgsFunctionVersionsAliases | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._description !== undefined) {
      hasAnyValues = true;
      internalValueResult.description = this._description;
    }
    if (this._additionalVersionWeights !== undefined) {
      hasAnyValues = true;
      internalValueResult.additionalVersionWeights = this._additionalVersionWeights;
    }
    if (this._additionalVersionStrategy !== undefined) {
      hasAnyValues = true;
      internalValueResult.additionalVersionStrategy = this._additionalVersionStrategy;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionVersionsAliases | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._name = undefined;
      this._description = undefined;
      this._additionalVersionWeights = undefined;
      this._additionalVersionStrategy = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._name = value.name;
      this._description = value.description;
      this._additionalVersionWeights = value.additionalVersionWeights;
      this._additionalVersionStrategy = value.additionalVersionStrategy;
    }
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // additional_version_weights - computed: false, optional: true, required: false
  private _additionalVersionWeights?: string; 
  public get additionalVersionWeights() {
    return this.getStringAttribute('additional_version_weights');
  }
  public set additionalVersionWeights(value: string) {
    this._additionalVersionWeights = value;
  }
  public resetAdditionalVersionWeights() {
    this._additionalVersionWeights = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get additionalVersionWeightsInput() {
    return this._additionalVersionWeights;
  }

  // additional_version_strategy - computed: false, optional: true, required: false
  private _additionalVersionStrategy?: string; 
  public get additionalVersionStrategy() {
    return this.getStringAttribute('additional_version_strategy');
  }
  public set additionalVersionStrategy(value: string) {
    this._additionalVersionStrategy = value;
  }
  public resetAdditionalVersionStrategy() {
    this._additionalVersionStrategy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get additionalVersionStrategyInput() {
    return this._additionalVersionStrategy;
  }
}
export interface FgsFunctionVersions {
  /**
  * Specifies the version name, e.g. latest.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#name FgsFunction#name}
  */
  readonly name: string;
  /**
  * Specifies the description of the version.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#description FgsFunction#description}
  */
  readonly description?: string;
  /**
  * aliases block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#aliases FgsFunction#aliases}
  */
  readonly aliases?: FgsFunctionVersionsAliases;
}

export function fgsFunctionVersionsToTerraform(struct?: FgsFunctionVersions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    description: cdktf.stringToTerraform(struct!.description),
    aliases: fgsFunctionVersionsAliasesToTerraform(struct!.aliases),
  }
}


export function fgsFunctionVersionsToHclTerraform(struct?: FgsFunctionVersions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    description: {
      value: cdktf.stringToHclTerraform(struct!.description),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    aliases: {
      value: fgsFunctionVersionsAliasesToHclTerraform(struct!.aliases),
      isBlock: true,
      type: "list",
      storageClassType: "FgsFunctionVersionsAliasesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionVersionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FgsFunctionVersions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._description !== undefined) {
      hasAnyValues = true;
      internalValueResult.description = this._description;
    }
    if (this._aliases?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.aliases = this._aliases?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionVersions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._description = undefined;
      this._aliases.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._description = value.description;
      this._aliases.internalValue = value.aliases;
    }
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // aliases - computed: false, optional: true, required: false
  private _aliases = new FgsFunctionVersionsAliasesOutputReference(this, "aliases");
  public get aliases() {
    return this._aliases;
  }
  public putAliases(value: FgsFunctionVersionsAliases) {
    this._aliases.internalValue = value;
  }
  public resetAliases() {
    this._aliases.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasesInput() {
    return this._aliases.internalValue;
  }
}

export class FgsFunctionVersionsList extends cdktf.ComplexList {
  public internalValue? : FgsFunctionVersions[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FgsFunctionVersionsOutputReference {
    return new FgsFunctionVersionsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FgsFunctionReservedInstancesTacticsConfigCronConfigs {
  /**
  * Specifies the name of the scheduled policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#name FgsFunction#name}
  */
  readonly name: string;
  /**
  * Specifies the cron expression.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#cron FgsFunction#cron}
  */
  readonly cron: string;
  /**
  * Specifies the number of reserved instances of the policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#count FgsFunction#count}
  */
  readonly count: number;
  /**
  * Specifies the effective timestamp of the policy, in seconds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#start_time FgsFunction#start_time}
  */
  readonly startTime: number;
  /**
  * Specifies the expiration timestamp of the policy, in seconds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#expired_time FgsFunction#expired_time}
  */
  readonly expiredTime: number;
}

export function fgsFunctionReservedInstancesTacticsConfigCronConfigsToTerraform(struct?: FgsFunctionReservedInstancesTacticsConfigCronConfigs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    cron: cdktf.stringToTerraform(struct!.cron),
    count: cdktf.numberToTerraform(struct!.count),
    start_time: cdktf.numberToTerraform(struct!.startTime),
    expired_time: cdktf.numberToTerraform(struct!.expiredTime),
  }
}


export function fgsFunctionReservedInstancesTacticsConfigCronConfigsToHclTerraform(struct?: FgsFunctionReservedInstancesTacticsConfigCronConfigs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    cron: {
      value: cdktf.stringToHclTerraform(struct!.cron),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    count: {
      value: cdktf.numberToHclTerraform(struct!.count),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    start_time: {
      value: cdktf.numberToHclTerraform(struct!.startTime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    expired_time: {
      value: cdktf.numberToHclTerraform(struct!.expiredTime),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionReservedInstancesTacticsConfigCronConfigsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FgsFunctionReservedInstancesTacticsConfigCronConfigs | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._cron !== undefined) {
      hasAnyValues = true;
      internalValueResult.cron = this._cron;
    }
    if (this._count !== undefined) {
      hasAnyValues = true;
      internalValueResult.count = this._count;
    }
    if (this._startTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.startTime = this._startTime;
    }
    if (this._expiredTime !== undefined) {
      hasAnyValues = true;
      internalValueResult.expiredTime = this._expiredTime;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionReservedInstancesTacticsConfigCronConfigs | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._cron = undefined;
      this._count = undefined;
      this._startTime = undefined;
      this._expiredTime = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._cron = value.cron;
      this._count = value.count;
      this._startTime = value.startTime;
      this._expiredTime = value.expiredTime;
    }
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // cron - computed: false, optional: false, required: true
  private _cron?: string; 
  public get cron() {
    return this.getStringAttribute('cron');
  }
  public set cron(value: string) {
    this._cron = value;
  }
  // Temporarily expose input value. Use with caution.
  public get cronInput() {
    return this._cron;
  }

  // count - computed: false, optional: false, required: true
  private _count?: number; 
  public get count() {
    return this.getNumberAttribute('count');
  }
  public set count(value: number) {
    this._count = value;
  }
  // Temporarily expose input value. Use with caution.
  public get countInput() {
    return this._count;
  }

  // start_time - computed: false, optional: false, required: true
  private _startTime?: number; 
  public get startTime() {
    return this.getNumberAttribute('start_time');
  }
  public set startTime(value: number) {
    this._startTime = value;
  }
  // Temporarily expose input value. Use with caution.
  public get startTimeInput() {
    return this._startTime;
  }

  // expired_time - computed: false, optional: false, required: true
  private _expiredTime?: number; 
  public get expiredTime() {
    return this.getNumberAttribute('expired_time');
  }
  public set expiredTime(value: number) {
    this._expiredTime = value;
  }
  // Temporarily expose input value. Use with caution.
  public get expiredTimeInput() {
    return this._expiredTime;
  }
}

export class FgsFunctionReservedInstancesTacticsConfigCronConfigsList extends cdktf.ComplexList {
  public internalValue? : FgsFunctionReservedInstancesTacticsConfigCronConfigs[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FgsFunctionReservedInstancesTacticsConfigCronConfigsOutputReference {
    return new FgsFunctionReservedInstancesTacticsConfigCronConfigsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FgsFunctionReservedInstancesTacticsConfigMetricConfigs {
  /**
  * Specifies the name of the metric policy.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#name FgsFunction#name}
  */
  readonly name: string;
  /**
  * Specifies the type of metric policy: Concurrency.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#type FgsFunction#type}
  */
  readonly type: string;
  /**
  * Specifies the metric policy threshold (1-99).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#threshold FgsFunction#threshold}
  */
  readonly threshold: number;
  /**
  * Specifies the minimum of traffic (0-1000).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#min FgsFunction#min}
  */
  readonly min: number;
}

export function fgsFunctionReservedInstancesTacticsConfigMetricConfigsToTerraform(struct?: FgsFunctionReservedInstancesTacticsConfigMetricConfigs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    name: cdktf.stringToTerraform(struct!.name),
    type: cdktf.stringToTerraform(struct!.type),
    threshold: cdktf.numberToTerraform(struct!.threshold),
    min: cdktf.numberToTerraform(struct!.min),
  }
}


export function fgsFunctionReservedInstancesTacticsConfigMetricConfigsToHclTerraform(struct?: FgsFunctionReservedInstancesTacticsConfigMetricConfigs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    threshold: {
      value: cdktf.numberToHclTerraform(struct!.threshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    min: {
      value: cdktf.numberToHclTerraform(struct!.min),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionReservedInstancesTacticsConfigMetricConfigsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FgsFunctionReservedInstancesTacticsConfigMetricConfigs | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    if (this._threshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.threshold = this._threshold;
    }
    if (this._min !== undefined) {
      hasAnyValues = true;
      internalValueResult.min = this._min;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionReservedInstancesTacticsConfigMetricConfigs | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._name = undefined;
      this._type = undefined;
      this._threshold = undefined;
      this._min = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._name = value.name;
      this._type = value.type;
      this._threshold = value.threshold;
      this._min = value.min;
    }
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // type - computed: false, optional: false, required: true
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // threshold - computed: false, optional: false, required: true
  private _threshold?: number; 
  public get threshold() {
    return this.getNumberAttribute('threshold');
  }
  public set threshold(value: number) {
    this._threshold = value;
  }
  // Temporarily expose input value. Use with caution.
  public get thresholdInput() {
    return this._threshold;
  }

  // min - computed: false, optional: false, required: true
  private _min?: number; 
  public get min() {
    return this.getNumberAttribute('min');
  }
  public set min(value: number) {
    this._min = value;
  }
  // Temporarily expose input value. Use with caution.
  public get minInput() {
    return this._min;
  }
}

export class FgsFunctionReservedInstancesTacticsConfigMetricConfigsList extends cdktf.ComplexList {
  public internalValue? : FgsFunctionReservedInstancesTacticsConfigMetricConfigs[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FgsFunctionReservedInstancesTacticsConfigMetricConfigsOutputReference {
    return new FgsFunctionReservedInstancesTacticsConfigMetricConfigsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FgsFunctionReservedInstancesTacticsConfig {
  /**
  * cron_configs block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#cron_configs FgsFunction#cron_configs}
  */
  readonly cronConfigs?: FgsFunctionReservedInstancesTacticsConfigCronConfigs[] | cdktf.IResolvable;
  /**
  * metric_configs block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#metric_configs FgsFunction#metric_configs}
  */
  readonly metricConfigs?: FgsFunctionReservedInstancesTacticsConfigMetricConfigs[] | cdktf.IResolvable;
}

export function fgsFunctionReservedInstancesTacticsConfigToTerraform(struct?: FgsFunctionReservedInstancesTacticsConfigOutputReference | FgsFunctionReservedInstancesTacticsConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    cron_configs: cdktf.listMapper(fgsFunctionReservedInstancesTacticsConfigCronConfigsToTerraform, true)(struct!.cronConfigs),
    metric_configs: cdktf.listMapper(fgsFunctionReservedInstancesTacticsConfigMetricConfigsToTerraform, true)(struct!.metricConfigs),
  }
}


export function fgsFunctionReservedInstancesTacticsConfigToHclTerraform(struct?: FgsFunctionReservedInstancesTacticsConfigOutputReference | FgsFunctionReservedInstancesTacticsConfig): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    cron_configs: {
      value: cdktf.listMapperHcl(fgsFunctionReservedInstancesTacticsConfigCronConfigsToHclTerraform, true)(struct!.cronConfigs),
      isBlock: true,
      type: "list",
      storageClassType: "FgsFunctionReservedInstancesTacticsConfigCronConfigsList",
    },
    metric_configs: {
      value: cdktf.listMapperHcl(fgsFunctionReservedInstancesTacticsConfigMetricConfigsToHclTerraform, true)(struct!.metricConfigs),
      isBlock: true,
      type: "list",
      storageClassType: "FgsFunctionReservedInstancesTacticsConfigMetricConfigsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionReservedInstancesTacticsConfigOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FgsFunctionReservedInstancesTacticsConfig | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cronConfigs?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.cronConfigs = this._cronConfigs?.internalValue;
    }
    if (this._metricConfigs?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.metricConfigs = this._metricConfigs?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionReservedInstancesTacticsConfig | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._cronConfigs.internalValue = undefined;
      this._metricConfigs.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._cronConfigs.internalValue = value.cronConfigs;
      this._metricConfigs.internalValue = value.metricConfigs;
    }
  }

  // cron_configs - computed: false, optional: true, required: false
  private _cronConfigs = new FgsFunctionReservedInstancesTacticsConfigCronConfigsList(this, "cron_configs", false);
  public get cronConfigs() {
    return this._cronConfigs;
  }
  public putCronConfigs(value: FgsFunctionReservedInstancesTacticsConfigCronConfigs[] | cdktf.IResolvable) {
    this._cronConfigs.internalValue = value;
  }
  public resetCronConfigs() {
    this._cronConfigs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cronConfigsInput() {
    return this._cronConfigs.internalValue;
  }

  // metric_configs - computed: false, optional: true, required: false
  private _metricConfigs = new FgsFunctionReservedInstancesTacticsConfigMetricConfigsList(this, "metric_configs", false);
  public get metricConfigs() {
    return this._metricConfigs;
  }
  public putMetricConfigs(value: FgsFunctionReservedInstancesTacticsConfigMetricConfigs[] | cdktf.IResolvable) {
    this._metricConfigs.internalValue = value;
  }
  public resetMetricConfigs() {
    this._metricConfigs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricConfigsInput() {
    return this._metricConfigs.internalValue;
  }
}
export interface FgsFunctionReservedInstances {
  /**
  * Specifies the qualifier type: version or alias.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#qualifier_type FgsFunction#qualifier_type}
  */
  readonly qualifierType: string;
  /**
  * Specifies the version name or alias name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#qualifier_name FgsFunction#qualifier_name}
  */
  readonly qualifierName: string;
  /**
  * Specifies the number of reserved instances (0-1000).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#count FgsFunction#count}
  */
  readonly count: number;
  /**
  * Specifies whether to enable the idle mode.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#idle_mode FgsFunction#idle_mode}
  */
  readonly idleMode?: boolean | cdktf.IResolvable;
  /**
  * tactics_config block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#tactics_config FgsFunction#tactics_config}
  */
  readonly tacticsConfig?: FgsFunctionReservedInstancesTacticsConfig;
}

export function fgsFunctionReservedInstancesToTerraform(struct?: FgsFunctionReservedInstances | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    qualifier_type: cdktf.stringToTerraform(struct!.qualifierType),
    qualifier_name: cdktf.stringToTerraform(struct!.qualifierName),
    count: cdktf.numberToTerraform(struct!.count),
    idle_mode: cdktf.booleanToTerraform(struct!.idleMode),
    tactics_config: fgsFunctionReservedInstancesTacticsConfigToTerraform(struct!.tacticsConfig),
  }
}


export function fgsFunctionReservedInstancesToHclTerraform(struct?: FgsFunctionReservedInstances | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    qualifier_type: {
      value: cdktf.stringToHclTerraform(struct!.qualifierType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    qualifier_name: {
      value: cdktf.stringToHclTerraform(struct!.qualifierName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    count: {
      value: cdktf.numberToHclTerraform(struct!.count),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    idle_mode: {
      value: cdktf.booleanToHclTerraform(struct!.idleMode),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    tactics_config: {
      value: fgsFunctionReservedInstancesTacticsConfigToHclTerraform(struct!.tacticsConfig),
      isBlock: true,
      type: "list",
      storageClassType: "FgsFunctionReservedInstancesTacticsConfigList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionReservedInstancesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FgsFunctionReservedInstances | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._qualifierType !== undefined) {
      hasAnyValues = true;
      internalValueResult.qualifierType = this._qualifierType;
    }
    if (this._qualifierName !== undefined) {
      hasAnyValues = true;
      internalValueResult.qualifierName = this._qualifierName;
    }
    if (this._count !== undefined) {
      hasAnyValues = true;
      internalValueResult.count = this._count;
    }
    if (this._idleMode !== undefined) {
      hasAnyValues = true;
      internalValueResult.idleMode = this._idleMode;
    }
    if (this._tacticsConfig?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.tacticsConfig = this._tacticsConfig?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionReservedInstances | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._qualifierType = undefined;
      this._qualifierName = undefined;
      this._count = undefined;
      this._idleMode = undefined;
      this._tacticsConfig.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._qualifierType = value.qualifierType;
      this._qualifierName = value.qualifierName;
      this._count = value.count;
      this._idleMode = value.idleMode;
      this._tacticsConfig.internalValue = value.tacticsConfig;
    }
  }

  // qualifier_type - computed: false, optional: false, required: true
  private _qualifierType?: string; 
  public get qualifierType() {
    return this.getStringAttribute('qualifier_type');
  }
  public set qualifierType(value: string) {
    this._qualifierType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get qualifierTypeInput() {
    return this._qualifierType;
  }

  // qualifier_name - computed: false, optional: false, required: true
  private _qualifierName?: string; 
  public get qualifierName() {
    return this.getStringAttribute('qualifier_name');
  }
  public set qualifierName(value: string) {
    this._qualifierName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get qualifierNameInput() {
    return this._qualifierName;
  }

  // count - computed: false, optional: false, required: true
  private _count?: number; 
  public get count() {
    return this.getNumberAttribute('count');
  }
  public set count(value: number) {
    this._count = value;
  }
  // Temporarily expose input value. Use with caution.
  public get countInput() {
    return this._count;
  }

  // idle_mode - computed: false, optional: true, required: false
  private _idleMode?: boolean | cdktf.IResolvable; 
  public get idleMode() {
    return this.getBooleanAttribute('idle_mode');
  }
  public set idleMode(value: boolean | cdktf.IResolvable) {
    this._idleMode = value;
  }
  public resetIdleMode() {
    this._idleMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idleModeInput() {
    return this._idleMode;
  }

  // tactics_config - computed: false, optional: true, required: false
  private _tacticsConfig = new FgsFunctionReservedInstancesTacticsConfigOutputReference(this, "tactics_config");
  public get tacticsConfig() {
    return this._tacticsConfig;
  }
  public putTacticsConfig(value: FgsFunctionReservedInstancesTacticsConfig) {
    this._tacticsConfig.internalValue = value;
  }
  public resetTacticsConfig() {
    this._tacticsConfig.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tacticsConfigInput() {
    return this._tacticsConfig.internalValue;
  }
}

export class FgsFunctionReservedInstancesList extends cdktf.ComplexList {
  public internalValue? : FgsFunctionReservedInstances[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FgsFunctionReservedInstancesOutputReference {
    return new FgsFunctionReservedInstancesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FgsFunctionNetworkControllerTriggerAccessVpcs {
  /**
  * Specifies the ID of the VPC that can trigger the function.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#vpc_id FgsFunction#vpc_id}
  */
  readonly vpcId?: string;
  /**
  * Specifies the name of the VPC that can trigger the function.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#vpc_name FgsFunction#vpc_name}
  */
  readonly vpcName?: string;
}

export function fgsFunctionNetworkControllerTriggerAccessVpcsToTerraform(struct?: FgsFunctionNetworkControllerTriggerAccessVpcs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    vpc_id: cdktf.stringToTerraform(struct!.vpcId),
    vpc_name: cdktf.stringToTerraform(struct!.vpcName),
  }
}


export function fgsFunctionNetworkControllerTriggerAccessVpcsToHclTerraform(struct?: FgsFunctionNetworkControllerTriggerAccessVpcs | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    vpc_id: {
      value: cdktf.stringToHclTerraform(struct!.vpcId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vpc_name: {
      value: cdktf.stringToHclTerraform(struct!.vpcName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionNetworkControllerTriggerAccessVpcsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FgsFunctionNetworkControllerTriggerAccessVpcs | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._vpcId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vpcId = this._vpcId;
    }
    if (this._vpcName !== undefined) {
      hasAnyValues = true;
      internalValueResult.vpcName = this._vpcName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionNetworkControllerTriggerAccessVpcs | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._vpcId = undefined;
      this._vpcName = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._vpcId = value.vpcId;
      this._vpcName = value.vpcName;
    }
  }

  // vpc_id - computed: true, optional: true, required: false
  private _vpcId?: string; 
  public get vpcId() {
    return this.getStringAttribute('vpc_id');
  }
  public set vpcId(value: string) {
    this._vpcId = value;
  }
  public resetVpcId() {
    this._vpcId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcIdInput() {
    return this._vpcId;
  }

  // vpc_name - computed: true, optional: true, required: false
  private _vpcName?: string; 
  public get vpcName() {
    return this.getStringAttribute('vpc_name');
  }
  public set vpcName(value: string) {
    this._vpcName = value;
  }
  public resetVpcName() {
    this._vpcName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcNameInput() {
    return this._vpcName;
  }
}

export class FgsFunctionNetworkControllerTriggerAccessVpcsList extends cdktf.ComplexList {
  public internalValue? : FgsFunctionNetworkControllerTriggerAccessVpcs[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FgsFunctionNetworkControllerTriggerAccessVpcsOutputReference {
    return new FgsFunctionNetworkControllerTriggerAccessVpcsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FgsFunctionNetworkController {
  /**
  * Specifies whether to disable the public network access.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#disable_public_network FgsFunction#disable_public_network}
  */
  readonly disablePublicNetwork?: boolean | cdktf.IResolvable;
  /**
  * trigger_access_vpcs block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#trigger_access_vpcs FgsFunction#trigger_access_vpcs}
  */
  readonly triggerAccessVpcs?: FgsFunctionNetworkControllerTriggerAccessVpcs[] | cdktf.IResolvable;
}

export function fgsFunctionNetworkControllerToTerraform(struct?: FgsFunctionNetworkControllerOutputReference | FgsFunctionNetworkController): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disable_public_network: cdktf.booleanToTerraform(struct!.disablePublicNetwork),
    trigger_access_vpcs: cdktf.listMapper(fgsFunctionNetworkControllerTriggerAccessVpcsToTerraform, true)(struct!.triggerAccessVpcs),
  }
}


export function fgsFunctionNetworkControllerToHclTerraform(struct?: FgsFunctionNetworkControllerOutputReference | FgsFunctionNetworkController): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disable_public_network: {
      value: cdktf.booleanToHclTerraform(struct!.disablePublicNetwork),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    trigger_access_vpcs: {
      value: cdktf.listMapperHcl(fgsFunctionNetworkControllerTriggerAccessVpcsToHclTerraform, true)(struct!.triggerAccessVpcs),
      isBlock: true,
      type: "set",
      storageClassType: "FgsFunctionNetworkControllerTriggerAccessVpcsList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionNetworkControllerOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FgsFunctionNetworkController | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._disablePublicNetwork !== undefined) {
      hasAnyValues = true;
      internalValueResult.disablePublicNetwork = this._disablePublicNetwork;
    }
    if (this._triggerAccessVpcs?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.triggerAccessVpcs = this._triggerAccessVpcs?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionNetworkController | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._disablePublicNetwork = undefined;
      this._triggerAccessVpcs.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._disablePublicNetwork = value.disablePublicNetwork;
      this._triggerAccessVpcs.internalValue = value.triggerAccessVpcs;
    }
  }

  // disable_public_network - computed: false, optional: true, required: false
  private _disablePublicNetwork?: boolean | cdktf.IResolvable; 
  public get disablePublicNetwork() {
    return this.getBooleanAttribute('disable_public_network');
  }
  public set disablePublicNetwork(value: boolean | cdktf.IResolvable) {
    this._disablePublicNetwork = value;
  }
  public resetDisablePublicNetwork() {
    this._disablePublicNetwork = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get disablePublicNetworkInput() {
    return this._disablePublicNetwork;
  }

  // trigger_access_vpcs - computed: false, optional: true, required: false
  private _triggerAccessVpcs = new FgsFunctionNetworkControllerTriggerAccessVpcsList(this, "trigger_access_vpcs", true);
  public get triggerAccessVpcs() {
    return this._triggerAccessVpcs;
  }
  public putTriggerAccessVpcs(value: FgsFunctionNetworkControllerTriggerAccessVpcs[] | cdktf.IResolvable) {
    this._triggerAccessVpcs.internalValue = value;
  }
  public resetTriggerAccessVpcs() {
    this._triggerAccessVpcs.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get triggerAccessVpcsInput() {
    return this._triggerAccessVpcs.internalValue;
  }
}
export interface FgsFunctionTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#create FgsFunction#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#delete FgsFunction#delete}
  */
  readonly delete?: string;
}

export function fgsFunctionTimeoutsToTerraform(struct?: FgsFunctionTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
  }
}


export function fgsFunctionTimeoutsToHclTerraform(struct?: FgsFunctionTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FgsFunctionTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FgsFunctionTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FgsFunctionTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function huaweicloud_fgs_function}
*/
export class FgsFunction extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "huaweicloud_fgs_function";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FgsFunction resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FgsFunction to import
  * @param importFromId The id of the existing FgsFunction that should be imported. Refer to the {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FgsFunction to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "huaweicloud_fgs_function", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/fgs_function huaweicloud_fgs_function} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FgsFunctionConfig
  */
  public constructor(scope: Construct, id: string, config: FgsFunctionConfig) {
    super(scope, id, {
      terraformResourceType: 'huaweicloud_fgs_function',
      terraformGeneratorMetadata: {
        providerName: 'huaweicloud',
        providerVersion: '1.97.1',
        providerVersionConstraint: '= 1.97.1'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._region = config.region;
    this._name = config.name;
    this._memorySize = config.memorySize;
    this._runtime = config.runtime;
    this._timeout = config.timeout;
    this._app = config.app;
    this._codeType = config.codeType;
    this._handler = config.handler;
    this._description = config.description;
    this._functiongraphVersion = config.functiongraphVersion;
    this._funcCode = config.funcCode;
    this._codeUrl = config.codeUrl;
    this._codeFilename = config.codeFilename;
    this._dependList = config.dependList;
    this._userData = config.userData;
    this._encryptedUserData = config.encryptedUserData;
    this._agency = config.agency;
    this._appAgency = config.appAgency;
    this._initializerHandler = config.initializerHandler;
    this._initializerTimeout = config.initializerTimeout;
    this._enterpriseProjectId = config.enterpriseProjectId;
    this._vpcId = config.vpcId;
    this._networkId = config.networkId;
    this._dnsList = config.dnsList;
    this._mountUserId = config.mountUserId;
    this._mountUserGroupId = config.mountUserGroupId;
    this._maxInstanceNum = config.maxInstanceNum;
    this._tags = config.tags;
    this._enableLtsLog = config.enableLtsLog;
    this._logGroupId = config.logGroupId;
    this._logGroupName = config.logGroupName;
    this._logStreamId = config.logStreamId;
    this._logStreamName = config.logStreamName;
    this._concurrencyNum = config.concurrencyNum;
    this._gpuType = config.gpuType;
    this._gpuMemory = config.gpuMemory;
    this._enableDynamicMemory = config.enableDynamicMemory;
    this._isStatefulFunction = config.isStatefulFunction;
    this._peeringCidr = config.peeringCidr;
    this._enableAuthInHeader = config.enableAuthInHeader;
    this._enableClassIsolation = config.enableClassIsolation;
    this._ephemeralStorage = config.ephemeralStorage;
    this._heartbeatHandler = config.heartbeatHandler;
    this._restoreHookHandler = config.restoreHookHandler;
    this._restoreHookTimeout = config.restoreHookTimeout;
    this._ltsCustomTag = config.ltsCustomTag;
    this._userDataEncryptKmsKeyId = config.userDataEncryptKmsKeyId;
    this._codeEncryptKmsKeyId = config.codeEncryptKmsKeyId;
    this._id = config.id;
    this._funcMounts.internalValue = config.funcMounts;
    this._customImage.internalValue = config.customImage;
    this._versions.internalValue = config.versions;
    this._reservedInstances.internalValue = config.reservedInstances;
    this._networkController.internalValue = config.networkController;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // region - computed: true, optional: true, required: false
  private _region?: string; 
  public get region() {
    return this.getStringAttribute('region');
  }
  public set region(value: string) {
    this._region = value;
  }
  public resetRegion() {
    this._region = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionInput() {
    return this._region;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // memory_size - computed: false, optional: false, required: true
  private _memorySize?: number; 
  public get memorySize() {
    return this.getNumberAttribute('memory_size');
  }
  public set memorySize(value: number) {
    this._memorySize = value;
  }
  // Temporarily expose input value. Use with caution.
  public get memorySizeInput() {
    return this._memorySize;
  }

  // runtime - computed: false, optional: false, required: true
  private _runtime?: string; 
  public get runtime() {
    return this.getStringAttribute('runtime');
  }
  public set runtime(value: string) {
    this._runtime = value;
  }
  // Temporarily expose input value. Use with caution.
  public get runtimeInput() {
    return this._runtime;
  }

  // timeout - computed: false, optional: false, required: true
  private _timeout?: number; 
  public get timeout() {
    return this.getNumberAttribute('timeout');
  }
  public set timeout(value: number) {
    this._timeout = value;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }

  // app - computed: false, optional: false, required: true
  private _app?: string; 
  public get app() {
    return this.getStringAttribute('app');
  }
  public set app(value: string) {
    this._app = value;
  }
  // Temporarily expose input value. Use with caution.
  public get appInput() {
    return this._app;
  }

  // code_type - computed: false, optional: false, required: true
  private _codeType?: string; 
  public get codeType() {
    return this.getStringAttribute('code_type');
  }
  public set codeType(value: string) {
    this._codeType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get codeTypeInput() {
    return this._codeType;
  }

  // handler - computed: false, optional: false, required: true
  private _handler?: string; 
  public get handler() {
    return this.getStringAttribute('handler');
  }
  public set handler(value: string) {
    this._handler = value;
  }
  // Temporarily expose input value. Use with caution.
  public get handlerInput() {
    return this._handler;
  }

  // description - computed: false, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // functiongraph_version - computed: true, optional: true, required: false
  private _functiongraphVersion?: string; 
  public get functiongraphVersion() {
    return this.getStringAttribute('functiongraph_version');
  }
  public set functiongraphVersion(value: string) {
    this._functiongraphVersion = value;
  }
  public resetFunctiongraphVersion() {
    this._functiongraphVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get functiongraphVersionInput() {
    return this._functiongraphVersion;
  }

  // func_code - computed: false, optional: true, required: false
  private _funcCode?: string; 
  public get funcCode() {
    return this.getStringAttribute('func_code');
  }
  public set funcCode(value: string) {
    this._funcCode = value;
  }
  public resetFuncCode() {
    this._funcCode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get funcCodeInput() {
    return this._funcCode;
  }

  // code_url - computed: false, optional: true, required: false
  private _codeUrl?: string; 
  public get codeUrl() {
    return this.getStringAttribute('code_url');
  }
  public set codeUrl(value: string) {
    this._codeUrl = value;
  }
  public resetCodeUrl() {
    this._codeUrl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get codeUrlInput() {
    return this._codeUrl;
  }

  // code_filename - computed: true, optional: true, required: false
  private _codeFilename?: string; 
  public get codeFilename() {
    return this.getStringAttribute('code_filename');
  }
  public set codeFilename(value: string) {
    this._codeFilename = value;
  }
  public resetCodeFilename() {
    this._codeFilename = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get codeFilenameInput() {
    return this._codeFilename;
  }

  // depend_list - computed: true, optional: true, required: false
  private _dependList?: string[]; 
  public get dependList() {
    return cdktf.Fn.tolist(this.getListAttribute('depend_list'));
  }
  public set dependList(value: string[]) {
    this._dependList = value;
  }
  public resetDependList() {
    this._dependList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dependListInput() {
    return this._dependList;
  }

  // user_data - computed: false, optional: true, required: false
  private _userData?: string; 
  public get userData() {
    return this.getStringAttribute('user_data');
  }
  public set userData(value: string) {
    this._userData = value;
  }
  public resetUserData() {
    this._userData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDataInput() {
    return this._userData;
  }

  // encrypted_user_data - computed: false, optional: true, required: false
  private _encryptedUserData?: string; 
  public get encryptedUserData() {
    return this.getStringAttribute('encrypted_user_data');
  }
  public set encryptedUserData(value: string) {
    this._encryptedUserData = value;
  }
  public resetEncryptedUserData() {
    this._encryptedUserData = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get encryptedUserDataInput() {
    return this._encryptedUserData;
  }

  // agency - computed: false, optional: true, required: false
  private _agency?: string; 
  public get agency() {
    return this.getStringAttribute('agency');
  }
  public set agency(value: string) {
    this._agency = value;
  }
  public resetAgency() {
    this._agency = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get agencyInput() {
    return this._agency;
  }

  // app_agency - computed: true, optional: true, required: false
  private _appAgency?: string; 
  public get appAgency() {
    return this.getStringAttribute('app_agency');
  }
  public set appAgency(value: string) {
    this._appAgency = value;
  }
  public resetAppAgency() {
    this._appAgency = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get appAgencyInput() {
    return this._appAgency;
  }

  // initializer_handler - computed: true, optional: true, required: false
  private _initializerHandler?: string; 
  public get initializerHandler() {
    return this.getStringAttribute('initializer_handler');
  }
  public set initializerHandler(value: string) {
    this._initializerHandler = value;
  }
  public resetInitializerHandler() {
    this._initializerHandler = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initializerHandlerInput() {
    return this._initializerHandler;
  }

  // initializer_timeout - computed: true, optional: true, required: false
  private _initializerTimeout?: number; 
  public get initializerTimeout() {
    return this.getNumberAttribute('initializer_timeout');
  }
  public set initializerTimeout(value: number) {
    this._initializerTimeout = value;
  }
  public resetInitializerTimeout() {
    this._initializerTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get initializerTimeoutInput() {
    return this._initializerTimeout;
  }

  // enterprise_project_id - computed: true, optional: true, required: false
  private _enterpriseProjectId?: string; 
  public get enterpriseProjectId() {
    return this.getStringAttribute('enterprise_project_id');
  }
  public set enterpriseProjectId(value: string) {
    this._enterpriseProjectId = value;
  }
  public resetEnterpriseProjectId() {
    this._enterpriseProjectId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enterpriseProjectIdInput() {
    return this._enterpriseProjectId;
  }

  // vpc_id - computed: false, optional: true, required: false
  private _vpcId?: string; 
  public get vpcId() {
    return this.getStringAttribute('vpc_id');
  }
  public set vpcId(value: string) {
    this._vpcId = value;
  }
  public resetVpcId() {
    this._vpcId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcIdInput() {
    return this._vpcId;
  }

  // network_id - computed: false, optional: true, required: false
  private _networkId?: string; 
  public get networkId() {
    return this.getStringAttribute('network_id');
  }
  public set networkId(value: string) {
    this._networkId = value;
  }
  public resetNetworkId() {
    this._networkId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkIdInput() {
    return this._networkId;
  }

  // dns_list - computed: true, optional: true, required: false
  private _dnsList?: string; 
  public get dnsList() {
    return this.getStringAttribute('dns_list');
  }
  public set dnsList(value: string) {
    this._dnsList = value;
  }
  public resetDnsList() {
    this._dnsList = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dnsListInput() {
    return this._dnsList;
  }

  // mount_user_id - computed: true, optional: true, required: false
  private _mountUserId?: number; 
  public get mountUserId() {
    return this.getNumberAttribute('mount_user_id');
  }
  public set mountUserId(value: number) {
    this._mountUserId = value;
  }
  public resetMountUserId() {
    this._mountUserId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mountUserIdInput() {
    return this._mountUserId;
  }

  // mount_user_group_id - computed: true, optional: true, required: false
  private _mountUserGroupId?: number; 
  public get mountUserGroupId() {
    return this.getNumberAttribute('mount_user_group_id');
  }
  public set mountUserGroupId(value: number) {
    this._mountUserGroupId = value;
  }
  public resetMountUserGroupId() {
    this._mountUserGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mountUserGroupIdInput() {
    return this._mountUserGroupId;
  }

  // max_instance_num - computed: true, optional: true, required: false
  private _maxInstanceNum?: string; 
  public get maxInstanceNum() {
    return this.getStringAttribute('max_instance_num');
  }
  public set maxInstanceNum(value: string) {
    this._maxInstanceNum = value;
  }
  public resetMaxInstanceNum() {
    this._maxInstanceNum = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get maxInstanceNumInput() {
    return this._maxInstanceNum;
  }

  // tags - computed: true, optional: true, required: false
  private _tags?: { [key: string]: string }; 
  public get tags() {
    return this.getStringMapAttribute('tags');
  }
  public set tags(value: { [key: string]: string }) {
    this._tags = value;
  }
  public resetTags() {
    this._tags = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tagsInput() {
    return this._tags;
  }

  // enable_lts_log - computed: true, optional: true, required: false
  private _enableLtsLog?: boolean | cdktf.IResolvable; 
  public get enableLtsLog() {
    return this.getBooleanAttribute('enable_lts_log');
  }
  public set enableLtsLog(value: boolean | cdktf.IResolvable) {
    this._enableLtsLog = value;
  }
  public resetEnableLtsLog() {
    this._enableLtsLog = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableLtsLogInput() {
    return this._enableLtsLog;
  }

  // log_group_id - computed: true, optional: true, required: false
  private _logGroupId?: string; 
  public get logGroupId() {
    return this.getStringAttribute('log_group_id');
  }
  public set logGroupId(value: string) {
    this._logGroupId = value;
  }
  public resetLogGroupId() {
    this._logGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logGroupIdInput() {
    return this._logGroupId;
  }

  // log_group_name - computed: true, optional: true, required: false
  private _logGroupName?: string; 
  public get logGroupName() {
    return this.getStringAttribute('log_group_name');
  }
  public set logGroupName(value: string) {
    this._logGroupName = value;
  }
  public resetLogGroupName() {
    this._logGroupName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logGroupNameInput() {
    return this._logGroupName;
  }

  // log_stream_id - computed: true, optional: true, required: false
  private _logStreamId?: string; 
  public get logStreamId() {
    return this.getStringAttribute('log_stream_id');
  }
  public set logStreamId(value: string) {
    this._logStreamId = value;
  }
  public resetLogStreamId() {
    this._logStreamId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logStreamIdInput() {
    return this._logStreamId;
  }

  // log_stream_name - computed: true, optional: true, required: false
  private _logStreamName?: string; 
  public get logStreamName() {
    return this.getStringAttribute('log_stream_name');
  }
  public set logStreamName(value: string) {
    this._logStreamName = value;
  }
  public resetLogStreamName() {
    this._logStreamName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get logStreamNameInput() {
    return this._logStreamName;
  }

  // concurrency_num - computed: true, optional: true, required: false
  private _concurrencyNum?: number; 
  public get concurrencyNum() {
    return this.getNumberAttribute('concurrency_num');
  }
  public set concurrencyNum(value: number) {
    this._concurrencyNum = value;
  }
  public resetConcurrencyNum() {
    this._concurrencyNum = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get concurrencyNumInput() {
    return this._concurrencyNum;
  }

  // gpu_type - computed: false, optional: true, required: false
  private _gpuType?: string; 
  public get gpuType() {
    return this.getStringAttribute('gpu_type');
  }
  public set gpuType(value: string) {
    this._gpuType = value;
  }
  public resetGpuType() {
    this._gpuType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gpuTypeInput() {
    return this._gpuType;
  }

  // gpu_memory - computed: false, optional: true, required: false
  private _gpuMemory?: number; 
  public get gpuMemory() {
    return this.getNumberAttribute('gpu_memory');
  }
  public set gpuMemory(value: number) {
    this._gpuMemory = value;
  }
  public resetGpuMemory() {
    this._gpuMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gpuMemoryInput() {
    return this._gpuMemory;
  }

  // enable_dynamic_memory - computed: true, optional: true, required: false
  private _enableDynamicMemory?: boolean | cdktf.IResolvable; 
  public get enableDynamicMemory() {
    return this.getBooleanAttribute('enable_dynamic_memory');
  }
  public set enableDynamicMemory(value: boolean | cdktf.IResolvable) {
    this._enableDynamicMemory = value;
  }
  public resetEnableDynamicMemory() {
    this._enableDynamicMemory = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableDynamicMemoryInput() {
    return this._enableDynamicMemory;
  }

  // is_stateful_function - computed: true, optional: true, required: false
  private _isStatefulFunction?: boolean | cdktf.IResolvable; 
  public get isStatefulFunction() {
    return this.getBooleanAttribute('is_stateful_function');
  }
  public set isStatefulFunction(value: boolean | cdktf.IResolvable) {
    this._isStatefulFunction = value;
  }
  public resetIsStatefulFunction() {
    this._isStatefulFunction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isStatefulFunctionInput() {
    return this._isStatefulFunction;
  }

  // peering_cidr - computed: false, optional: true, required: false
  private _peeringCidr?: string; 
  public get peeringCidr() {
    return this.getStringAttribute('peering_cidr');
  }
  public set peeringCidr(value: string) {
    this._peeringCidr = value;
  }
  public resetPeeringCidr() {
    this._peeringCidr = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get peeringCidrInput() {
    return this._peeringCidr;
  }

  // enable_auth_in_header - computed: true, optional: true, required: false
  private _enableAuthInHeader?: boolean | cdktf.IResolvable; 
  public get enableAuthInHeader() {
    return this.getBooleanAttribute('enable_auth_in_header');
  }
  public set enableAuthInHeader(value: boolean | cdktf.IResolvable) {
    this._enableAuthInHeader = value;
  }
  public resetEnableAuthInHeader() {
    this._enableAuthInHeader = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableAuthInHeaderInput() {
    return this._enableAuthInHeader;
  }

  // enable_class_isolation - computed: true, optional: true, required: false
  private _enableClassIsolation?: boolean | cdktf.IResolvable; 
  public get enableClassIsolation() {
    return this.getBooleanAttribute('enable_class_isolation');
  }
  public set enableClassIsolation(value: boolean | cdktf.IResolvable) {
    this._enableClassIsolation = value;
  }
  public resetEnableClassIsolation() {
    this._enableClassIsolation = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableClassIsolationInput() {
    return this._enableClassIsolation;
  }

  // ephemeral_storage - computed: true, optional: true, required: false
  private _ephemeralStorage?: number; 
  public get ephemeralStorage() {
    return this.getNumberAttribute('ephemeral_storage');
  }
  public set ephemeralStorage(value: number) {
    this._ephemeralStorage = value;
  }
  public resetEphemeralStorage() {
    this._ephemeralStorage = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ephemeralStorageInput() {
    return this._ephemeralStorage;
  }

  // heartbeat_handler - computed: false, optional: true, required: false
  private _heartbeatHandler?: string; 
  public get heartbeatHandler() {
    return this.getStringAttribute('heartbeat_handler');
  }
  public set heartbeatHandler(value: string) {
    this._heartbeatHandler = value;
  }
  public resetHeartbeatHandler() {
    this._heartbeatHandler = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get heartbeatHandlerInput() {
    return this._heartbeatHandler;
  }

  // restore_hook_handler - computed: false, optional: true, required: false
  private _restoreHookHandler?: string; 
  public get restoreHookHandler() {
    return this.getStringAttribute('restore_hook_handler');
  }
  public set restoreHookHandler(value: string) {
    this._restoreHookHandler = value;
  }
  public resetRestoreHookHandler() {
    this._restoreHookHandler = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restoreHookHandlerInput() {
    return this._restoreHookHandler;
  }

  // restore_hook_timeout - computed: false, optional: true, required: false
  private _restoreHookTimeout?: number; 
  public get restoreHookTimeout() {
    return this.getNumberAttribute('restore_hook_timeout');
  }
  public set restoreHookTimeout(value: number) {
    this._restoreHookTimeout = value;
  }
  public resetRestoreHookTimeout() {
    this._restoreHookTimeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restoreHookTimeoutInput() {
    return this._restoreHookTimeout;
  }

  // lts_custom_tag - computed: true, optional: true, required: false
  private _ltsCustomTag?: { [key: string]: string }; 
  public get ltsCustomTag() {
    return this.getStringMapAttribute('lts_custom_tag');
  }
  public set ltsCustomTag(value: { [key: string]: string }) {
    this._ltsCustomTag = value;
  }
  public resetLtsCustomTag() {
    this._ltsCustomTag = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ltsCustomTagInput() {
    return this._ltsCustomTag;
  }

  // user_data_encrypt_kms_key_id - computed: false, optional: true, required: false
  private _userDataEncryptKmsKeyId?: string; 
  public get userDataEncryptKmsKeyId() {
    return this.getStringAttribute('user_data_encrypt_kms_key_id');
  }
  public set userDataEncryptKmsKeyId(value: string) {
    this._userDataEncryptKmsKeyId = value;
  }
  public resetUserDataEncryptKmsKeyId() {
    this._userDataEncryptKmsKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userDataEncryptKmsKeyIdInput() {
    return this._userDataEncryptKmsKeyId;
  }

  // code_encrypt_kms_key_id - computed: false, optional: true, required: false
  private _codeEncryptKmsKeyId?: string; 
  public get codeEncryptKmsKeyId() {
    return this.getStringAttribute('code_encrypt_kms_key_id');
  }
  public set codeEncryptKmsKeyId(value: string) {
    this._codeEncryptKmsKeyId = value;
  }
  public resetCodeEncryptKmsKeyId() {
    this._codeEncryptKmsKeyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get codeEncryptKmsKeyIdInput() {
    return this._codeEncryptKmsKeyId;
  }

  // urn - computed: true, optional: false, required: false
  public get urn() {
    return this.getStringAttribute('urn');
  }

  // version - computed: true, optional: false, required: false
  public get version() {
    return this.getStringAttribute('version');
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // func_mounts - computed: false, optional: true, required: false
  private _funcMounts = new FgsFunctionFuncMountsList(this, "func_mounts", false);
  public get funcMounts() {
    return this._funcMounts;
  }
  public putFuncMounts(value: FgsFunctionFuncMounts[] | cdktf.IResolvable) {
    this._funcMounts.internalValue = value;
  }
  public resetFuncMounts() {
    this._funcMounts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get funcMountsInput() {
    return this._funcMounts.internalValue;
  }

  // custom_image - computed: false, optional: true, required: false
  private _customImage = new FgsFunctionCustomImageOutputReference(this, "custom_image");
  public get customImage() {
    return this._customImage;
  }
  public putCustomImage(value: FgsFunctionCustomImage) {
    this._customImage.internalValue = value;
  }
  public resetCustomImage() {
    this._customImage.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customImageInput() {
    return this._customImage.internalValue;
  }

  // versions - computed: false, optional: true, required: false
  private _versions = new FgsFunctionVersionsList(this, "versions", true);
  public get versions() {
    return this._versions;
  }
  public putVersions(value: FgsFunctionVersions[] | cdktf.IResolvable) {
    this._versions.internalValue = value;
  }
  public resetVersions() {
    this._versions.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get versionsInput() {
    return this._versions.internalValue;
  }

  // reserved_instances - computed: false, optional: true, required: false
  private _reservedInstances = new FgsFunctionReservedInstancesList(this, "reserved_instances", true);
  public get reservedInstances() {
    return this._reservedInstances;
  }
  public putReservedInstances(value: FgsFunctionReservedInstances[] | cdktf.IResolvable) {
    this._reservedInstances.internalValue = value;
  }
  public resetReservedInstances() {
    this._reservedInstances.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get reservedInstancesInput() {
    return this._reservedInstances.internalValue;
  }

  // network_controller - computed: false, optional: true, required: false
  private _networkController = new FgsFunctionNetworkControllerOutputReference(this, "network_controller");
  public get networkController() {
    return this._networkController;
  }
  public putNetworkController(value: FgsFunctionNetworkController) {
    this._networkController.internalValue = value;
  }
  public resetNetworkController() {
    this._networkController.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkControllerInput() {
    return this._networkController.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new FgsFunctionTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: FgsFunctionTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      region: cdktf.stringToTerraform(this._region),
      name: cdktf.stringToTerraform(this._name),
      memory_size: cdktf.numberToTerraform(this._memorySize),
      runtime: cdktf.stringToTerraform(this._runtime),
      timeout: cdktf.numberToTerraform(this._timeout),
      app: cdktf.stringToTerraform(this._app),
      code_type: cdktf.stringToTerraform(this._codeType),
      handler: cdktf.stringToTerraform(this._handler),
      description: cdktf.stringToTerraform(this._description),
      functiongraph_version: cdktf.stringToTerraform(this._functiongraphVersion),
      func_code: cdktf.stringToTerraform(this._funcCode),
      code_url: cdktf.stringToTerraform(this._codeUrl),
      code_filename: cdktf.stringToTerraform(this._codeFilename),
      depend_list: cdktf.listMapper(cdktf.stringToTerraform, false)(this._dependList),
      user_data: cdktf.stringToTerraform(this._userData),
      encrypted_user_data: cdktf.stringToTerraform(this._encryptedUserData),
      agency: cdktf.stringToTerraform(this._agency),
      app_agency: cdktf.stringToTerraform(this._appAgency),
      initializer_handler: cdktf.stringToTerraform(this._initializerHandler),
      initializer_timeout: cdktf.numberToTerraform(this._initializerTimeout),
      enterprise_project_id: cdktf.stringToTerraform(this._enterpriseProjectId),
      vpc_id: cdktf.stringToTerraform(this._vpcId),
      network_id: cdktf.stringToTerraform(this._networkId),
      dns_list: cdktf.stringToTerraform(this._dnsList),
      mount_user_id: cdktf.numberToTerraform(this._mountUserId),
      mount_user_group_id: cdktf.numberToTerraform(this._mountUserGroupId),
      max_instance_num: cdktf.stringToTerraform(this._maxInstanceNum),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      enable_lts_log: cdktf.booleanToTerraform(this._enableLtsLog),
      log_group_id: cdktf.stringToTerraform(this._logGroupId),
      log_group_name: cdktf.stringToTerraform(this._logGroupName),
      log_stream_id: cdktf.stringToTerraform(this._logStreamId),
      log_stream_name: cdktf.stringToTerraform(this._logStreamName),
      concurrency_num: cdktf.numberToTerraform(this._concurrencyNum),
      gpu_type: cdktf.stringToTerraform(this._gpuType),
      gpu_memory: cdktf.numberToTerraform(this._gpuMemory),
      enable_dynamic_memory: cdktf.booleanToTerraform(this._enableDynamicMemory),
      is_stateful_function: cdktf.booleanToTerraform(this._isStatefulFunction),
      peering_cidr: cdktf.stringToTerraform(this._peeringCidr),
      enable_auth_in_header: cdktf.booleanToTerraform(this._enableAuthInHeader),
      enable_class_isolation: cdktf.booleanToTerraform(this._enableClassIsolation),
      ephemeral_storage: cdktf.numberToTerraform(this._ephemeralStorage),
      heartbeat_handler: cdktf.stringToTerraform(this._heartbeatHandler),
      restore_hook_handler: cdktf.stringToTerraform(this._restoreHookHandler),
      restore_hook_timeout: cdktf.numberToTerraform(this._restoreHookTimeout),
      lts_custom_tag: cdktf.hashMapper(cdktf.stringToTerraform)(this._ltsCustomTag),
      user_data_encrypt_kms_key_id: cdktf.stringToTerraform(this._userDataEncryptKmsKeyId),
      code_encrypt_kms_key_id: cdktf.stringToTerraform(this._codeEncryptKmsKeyId),
      id: cdktf.stringToTerraform(this._id),
      func_mounts: cdktf.listMapper(fgsFunctionFuncMountsToTerraform, true)(this._funcMounts.internalValue),
      custom_image: fgsFunctionCustomImageToTerraform(this._customImage.internalValue),
      versions: cdktf.listMapper(fgsFunctionVersionsToTerraform, true)(this._versions.internalValue),
      reserved_instances: cdktf.listMapper(fgsFunctionReservedInstancesToTerraform, true)(this._reservedInstances.internalValue),
      network_controller: fgsFunctionNetworkControllerToTerraform(this._networkController.internalValue),
      timeouts: fgsFunctionTimeoutsToTerraform(this._timeouts.internalValue),
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
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      memory_size: {
        value: cdktf.numberToHclTerraform(this._memorySize),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      runtime: {
        value: cdktf.stringToHclTerraform(this._runtime),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeout: {
        value: cdktf.numberToHclTerraform(this._timeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      app: {
        value: cdktf.stringToHclTerraform(this._app),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      code_type: {
        value: cdktf.stringToHclTerraform(this._codeType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      handler: {
        value: cdktf.stringToHclTerraform(this._handler),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      functiongraph_version: {
        value: cdktf.stringToHclTerraform(this._functiongraphVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      func_code: {
        value: cdktf.stringToHclTerraform(this._funcCode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      code_url: {
        value: cdktf.stringToHclTerraform(this._codeUrl),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      code_filename: {
        value: cdktf.stringToHclTerraform(this._codeFilename),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      depend_list: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._dependList),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      user_data: {
        value: cdktf.stringToHclTerraform(this._userData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      encrypted_user_data: {
        value: cdktf.stringToHclTerraform(this._encryptedUserData),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      agency: {
        value: cdktf.stringToHclTerraform(this._agency),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      app_agency: {
        value: cdktf.stringToHclTerraform(this._appAgency),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      initializer_handler: {
        value: cdktf.stringToHclTerraform(this._initializerHandler),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      initializer_timeout: {
        value: cdktf.numberToHclTerraform(this._initializerTimeout),
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
      vpc_id: {
        value: cdktf.stringToHclTerraform(this._vpcId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      network_id: {
        value: cdktf.stringToHclTerraform(this._networkId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      dns_list: {
        value: cdktf.stringToHclTerraform(this._dnsList),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      mount_user_id: {
        value: cdktf.numberToHclTerraform(this._mountUserId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      mount_user_group_id: {
        value: cdktf.numberToHclTerraform(this._mountUserGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      max_instance_num: {
        value: cdktf.stringToHclTerraform(this._maxInstanceNum),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      tags: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tags),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      enable_lts_log: {
        value: cdktf.booleanToHclTerraform(this._enableLtsLog),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      log_group_id: {
        value: cdktf.stringToHclTerraform(this._logGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      log_group_name: {
        value: cdktf.stringToHclTerraform(this._logGroupName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      log_stream_id: {
        value: cdktf.stringToHclTerraform(this._logStreamId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      log_stream_name: {
        value: cdktf.stringToHclTerraform(this._logStreamName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      concurrency_num: {
        value: cdktf.numberToHclTerraform(this._concurrencyNum),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      gpu_type: {
        value: cdktf.stringToHclTerraform(this._gpuType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      gpu_memory: {
        value: cdktf.numberToHclTerraform(this._gpuMemory),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      enable_dynamic_memory: {
        value: cdktf.booleanToHclTerraform(this._enableDynamicMemory),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      is_stateful_function: {
        value: cdktf.booleanToHclTerraform(this._isStatefulFunction),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      peering_cidr: {
        value: cdktf.stringToHclTerraform(this._peeringCidr),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enable_auth_in_header: {
        value: cdktf.booleanToHclTerraform(this._enableAuthInHeader),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enable_class_isolation: {
        value: cdktf.booleanToHclTerraform(this._enableClassIsolation),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      ephemeral_storage: {
        value: cdktf.numberToHclTerraform(this._ephemeralStorage),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      heartbeat_handler: {
        value: cdktf.stringToHclTerraform(this._heartbeatHandler),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      restore_hook_handler: {
        value: cdktf.stringToHclTerraform(this._restoreHookHandler),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      restore_hook_timeout: {
        value: cdktf.numberToHclTerraform(this._restoreHookTimeout),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      lts_custom_tag: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._ltsCustomTag),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      user_data_encrypt_kms_key_id: {
        value: cdktf.stringToHclTerraform(this._userDataEncryptKmsKeyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      code_encrypt_kms_key_id: {
        value: cdktf.stringToHclTerraform(this._codeEncryptKmsKeyId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      func_mounts: {
        value: cdktf.listMapperHcl(fgsFunctionFuncMountsToHclTerraform, true)(this._funcMounts.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FgsFunctionFuncMountsList",
      },
      custom_image: {
        value: fgsFunctionCustomImageToHclTerraform(this._customImage.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FgsFunctionCustomImageList",
      },
      versions: {
        value: cdktf.listMapperHcl(fgsFunctionVersionsToHclTerraform, true)(this._versions.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "FgsFunctionVersionsList",
      },
      reserved_instances: {
        value: cdktf.listMapperHcl(fgsFunctionReservedInstancesToHclTerraform, true)(this._reservedInstances.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "FgsFunctionReservedInstancesList",
      },
      network_controller: {
        value: fgsFunctionNetworkControllerToHclTerraform(this._networkController.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FgsFunctionNetworkControllerList",
      },
      timeouts: {
        value: fgsFunctionTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FgsFunctionTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
