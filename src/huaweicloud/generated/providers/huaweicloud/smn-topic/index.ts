// https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface SmnTopicConfig extends cdktf.TerraformMetaArguments {
  /**
  * Specifies the region in which to manage the SMN topic. If omitted, the provider-level region is used. Changing this creates a new resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#region SmnTopic#region}
  */
  readonly region?: string;
  /**
  * Specifies the name of the topic (1-255 chars). Changing this creates a new resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#name SmnTopic#name}
  */
  readonly name: string;
  /**
  * Specifies the topic display name (email sender name).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#display_name SmnTopic#display_name}
  */
  readonly displayName?: string;
  /**
  * Users who can publish: * or comma-separated account URNs urn:csp:iam::domainId:root.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#users_publish_allowed SmnTopic#users_publish_allowed}
  */
  readonly usersPublishAllowed?: string;
  /**
  * Comma-separated services that can publish messages to this topic.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#services_publish_allowed SmnTopic#services_publish_allowed}
  */
  readonly servicesPublishAllowed?: string;
  /**
  * Specifies the introduction of the topic (in the subscription invitation).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#introduction SmnTopic#introduction}
  */
  readonly introduction?: string;
  /**
  * Specifies the enterprise project ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#enterprise_project_id SmnTopic#enterprise_project_id}
  */
  readonly enterpriseProjectId?: string;
  /**
  * Specifies the tags of the SMN topic.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#tags SmnTopic#tags}
  */
  readonly tags?: { [key: string]: string };
  /**
  * The resource ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#id SmnTopic#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic huaweicloud_smn_topic}
*/
export class SmnTopic extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "huaweicloud_smn_topic";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a SmnTopic resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the SmnTopic to import
  * @param importFromId The id of the existing SmnTopic that should be imported. Refer to the {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the SmnTopic to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "huaweicloud_smn_topic", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/smn_topic huaweicloud_smn_topic} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options SmnTopicConfig
  */
  public constructor(scope: Construct, id: string, config: SmnTopicConfig) {
    super(scope, id, {
      terraformResourceType: 'huaweicloud_smn_topic',
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
    this._displayName = config.displayName;
    this._usersPublishAllowed = config.usersPublishAllowed;
    this._servicesPublishAllowed = config.servicesPublishAllowed;
    this._introduction = config.introduction;
    this._enterpriseProjectId = config.enterpriseProjectId;
    this._tags = config.tags;
    this._id = config.id;
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

  // display_name - computed: false, optional: true, required: false
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public resetDisplayName() {
    this._displayName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
  }

  // users_publish_allowed - computed: false, optional: true, required: false
  private _usersPublishAllowed?: string; 
  public get usersPublishAllowed() {
    return this.getStringAttribute('users_publish_allowed');
  }
  public set usersPublishAllowed(value: string) {
    this._usersPublishAllowed = value;
  }
  public resetUsersPublishAllowed() {
    this._usersPublishAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get usersPublishAllowedInput() {
    return this._usersPublishAllowed;
  }

  // services_publish_allowed - computed: false, optional: true, required: false
  private _servicesPublishAllowed?: string; 
  public get servicesPublishAllowed() {
    return this.getStringAttribute('services_publish_allowed');
  }
  public set servicesPublishAllowed(value: string) {
    this._servicesPublishAllowed = value;
  }
  public resetServicesPublishAllowed() {
    this._servicesPublishAllowed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get servicesPublishAllowedInput() {
    return this._servicesPublishAllowed;
  }

  // introduction - computed: false, optional: true, required: false
  private _introduction?: string; 
  public get introduction() {
    return this.getStringAttribute('introduction');
  }
  public set introduction(value: string) {
    this._introduction = value;
  }
  public resetIntroduction() {
    this._introduction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get introductionInput() {
    return this._introduction;
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

  // topic_urn - computed: true, optional: false, required: false
  public get topicUrn() {
    return this.getStringAttribute('topic_urn');
  }

  // push_policy - computed: true, optional: false, required: false
  public get pushPolicy() {
    return this.getNumberAttribute('push_policy');
  }

  // create_time - computed: true, optional: false, required: false
  public get createTime() {
    return this.getStringAttribute('create_time');
  }

  // update_time - computed: true, optional: false, required: false
  public get updateTime() {
    return this.getStringAttribute('update_time');
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

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      region: cdktf.stringToTerraform(this._region),
      name: cdktf.stringToTerraform(this._name),
      display_name: cdktf.stringToTerraform(this._displayName),
      users_publish_allowed: cdktf.stringToTerraform(this._usersPublishAllowed),
      services_publish_allowed: cdktf.stringToTerraform(this._servicesPublishAllowed),
      introduction: cdktf.stringToTerraform(this._introduction),
      enterprise_project_id: cdktf.stringToTerraform(this._enterpriseProjectId),
      tags: cdktf.hashMapper(cdktf.stringToTerraform)(this._tags),
      id: cdktf.stringToTerraform(this._id),
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
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      users_publish_allowed: {
        value: cdktf.stringToHclTerraform(this._usersPublishAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      services_publish_allowed: {
        value: cdktf.stringToHclTerraform(this._servicesPublishAllowed),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      introduction: {
        value: cdktf.stringToHclTerraform(this._introduction),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enterprise_project_id: {
        value: cdktf.stringToHclTerraform(this._enterpriseProjectId),
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
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
