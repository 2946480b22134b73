// https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface LtsStreamIndexConfigurationConfig extends cdktf.TerraformMetaArguments {
  /**
  * Specifies the region in which to manage the index configuration. If omitted, the provider-level region is used. Changing this creates a new resource.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#region LtsStreamIndexConfiguration#region}
  */
  readonly region?: string;
  /**
  * Specifies the ID of the log group to which the index configuration belongs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#group_id LtsStreamIndexConfiguration#group_id}
  */
  readonly groupId: string;
  /**
  * Specifies the ID of the log stream to which the index configuration belongs.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#stream_id LtsStreamIndexConfiguration#stream_id}
  */
  readonly streamId: string;
  /**
  * The resource ID.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#id LtsStreamIndexConfiguration#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * full_text_index block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#full_text_index LtsStreamIndexConfiguration#full_text_index}
  */
  readonly fullTextIndex?: LtsStreamIndexConfigurationFullTextIndex;
  /**
  * fields block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#fields LtsStreamIndexConfiguration#fields}
  */
  readonly fields?: LtsStreamIndexConfigurationFields[] | cdktf.IResolvable;
}
export interface LtsStreamIndexConfigurationFullTextIndex {
  /**
  * Specifies the custom delimiter.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#tokenizer LtsStreamIndexConfiguration#tokenizer}
  */
  readonly tokenizer?: string;
  /**
  * Specifies whether to enable the full-text index. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#enable LtsStreamIndexConfiguration#enable}
  */
  readonly enable?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether letters are case sensitive. Defaults to false.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#case_sensitive LtsStreamIndexConfiguration#case_sensitive}
  */
  readonly caseSensitive?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether to include Chinese. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#include_chinese LtsStreamIndexConfiguration#include_chinese}
  */
  readonly includeChinese?: boolean | cdktf.IResolvable;
  /**
  * Specifies the list of the ASCII delimiters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#ascii LtsStreamIndexConfiguration#ascii}
  */
  readonly ascii?: string[];
}

export function ltsStreamIndexConfigurationFullTextIndexToTerraform(struct?: LtsStreamIndexConfigurationFullTextIndexOutputReference | LtsStreamIndexConfigurationFullTextIndex): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    tokenizer: cdktf.stringToTerraform(struct!.tokenizer),
    enable: cdktf.booleanToTerraform(struct!.enable),
    case_sensitive: cdktf.booleanToTerraform(struct!.caseSensitive),
    include_chinese: cdktf.booleanToTerraform(struct!.includeChinese),
    ascii: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.ascii),
  }
}


export function ltsStreamIndexConfigurationFullTextIndexToHclTerraform(struct?: LtsStreamIndexConfigurationFullTextIndexOutputReference | LtsStreamIndexConfigurationFullTextIndex): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    tokenizer: {
      value: cdktf.stringToHclTerraform(struct!.tokenizer),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    enable: {
      value: cdktf.booleanToHclTerraform(struct!.enable),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    case_sensitive: {
      value: cdktf.booleanToHclTerraform(struct!.caseSensitive),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    include_chinese: {
      value: cdktf.booleanToHclTerraform(struct!.includeChinese),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ascii: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.ascii),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LtsStreamIndexConfigurationFullTextIndexOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): LtsStreamIndexConfigurationFullTextIndex | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._tokenizer !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenizer = this._tokenizer;
    }
    if (this._enable !== undefined) {
      hasAnyValues = true;
      internalValueResult.enable = this._enable;
    }
    if (this._caseSensitive !== undefined) {
      hasAnyValues = true;
      internalValueResult.caseSensitive = this._caseSensitive;
    }
    if (this._includeChinese !== undefined) {
      hasAnyValues = true;
      internalValueResult.includeChinese = this._includeChinese;
    }
    if (this._ascii !== undefined) {
      hasAnyValues = true;
      internalValueResult.ascii = this._ascii;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LtsStreamIndexConfigurationFullTextIndex | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._tokenizer = undefined;
      this._enable = undefined;
      this._caseSensitive = undefined;
      this._includeChinese = undefined;
      this._ascii = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._tokenizer = value.tokenizer;
      this._enable = value.enable;
      this._caseSensitive = value.caseSensitive;
      this._includeChinese = value.includeChinese;
      this._ascii = value.ascii;
    }
  }

  // tokenizer - computed: false, optional: true, required: false
  private _tokenizer?: string; 
  public get tokenizer() {
    return this.getStringAttribute('tokenizer');
  }
  public set tokenizer(value: string) {
    this._tokenizer = value;
  }
  public resetTokenizer() {
    this._tokenizer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenizerInput() {
    return this._tokenizer;
  }

  // enable - computed: false, optional: true, required: false
  private _enable?: boolean | cdktf.IResolvable; 
  public get enable() {
    return this.getBooleanAttribute('enable');
  }
  public set enable(value: boolean | cdktf.IResolvable) {
    this._enable = value;
  }
  public resetEnable() {
    this._enable = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableInput() {
    return this._enable;
  }

  // case_sensitive - computed: false, optional: true, required: false
  private _caseSensitive?: boolean | cdktf.IResolvable; 
  public get caseSensitive() {
    return this.getBooleanAttribute('case_sensitive');
  }
  public set caseSensitive(value: boolean | cdktf.IResolvable) {
    this._caseSensitive = value;
  }
  public resetCaseSensitive() {
    this._caseSensitive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caseSensitiveInput() {
    return this._caseSensitive;
  }

  // include_chinese - computed: false, optional: true, required: false
  private _includeChinese?: boolean | cdktf.IResolvable; 
  public get includeChinese() {
    return this.getBooleanAttribute('include_chinese');
  }
  public set includeChinese(value: boolean | cdktf.IResolvable) {
    this._includeChinese = value;
  }
  public resetIncludeChinese() {
    this._includeChinese = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeChineseInput() {
    return this._includeChinese;
  }

  // ascii - computed: false, optional: true, required: false
  private _ascii?: string[]; 
  public get ascii() {
    return cdktf.Fn.tolist(this.getListAttribute('ascii'));
  }
  public set ascii(value: string[]) {
    this._ascii = value;
  }
  public resetAscii() {
    this._ascii = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asciiInput() {
    return this._ascii;
  }
}
export interface LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStruct {
  /**
  * Specifies the name of the JSON sub-field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#field_name LtsStreamIndexConfiguration#field_name}
  */
  readonly fieldName: string;
  /**
  * Specifies the type of the sub-field: string, long or float.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#field_type LtsStreamIndexConfiguration#field_type}
  */
  readonly fieldType: string;
  /**
  * Specifies whether to enable quick analysis.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#quick_analysis LtsStreamIndexConfiguration#quick_analysis}
  */
  readonly quickAnalysis?: boolean | cdktf.IResolvable;
  /**
  * Specifies the alias name of the sub-field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#field_analysis_alias LtsStreamIndexConfiguration#field_analysis_alias}
  */
  readonly fieldAnalysisAlias?: string;
}

export function ltsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructToTerraform(struct?: LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    field_name: cdktf.stringToTerraform(struct!.fieldName),
    field_type: cdktf.stringToTerraform(struct!.fieldType),
    quick_analysis: cdktf.booleanToTerraform(struct!.quickAnalysis),
    field_analysis_alias: cdktf.stringToTerraform(struct!.fieldAnalysisAlias),
  }
}


export function ltsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructToHclTerraform(struct?: LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStruct | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    field_name: {
      value: cdktf.stringToHclTerraform(struct!.fieldName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    field_type: {
      value: cdktf.stringToHclTerraform(struct!.fieldType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    quick_analysis: {
      value: cdktf.booleanToHclTerraform(struct!.quickAnalysis),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    field_analysis_alias: {
      value: cdktf.stringToHclTerraform(struct!.fieldAnalysisAlias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStruct | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fieldName !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldName = this._fieldName;
    }
    if (this._fieldType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldType = this._fieldType;
    }
    if (this._quickAnalysis !== undefined) {
      hasAnyValues = true;
      internalValueResult.quickAnalysis = this._quickAnalysis;
    }
    if (this._fieldAnalysisAlias !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldAnalysisAlias = this._fieldAnalysisAlias;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStruct | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fieldName = undefined;
      this._fieldType = undefined;
      this._quickAnalysis = undefined;
      this._fieldAnalysisAlias = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fieldName = value.fieldName;
      this._fieldType = value.fieldType;
      this._quickAnalysis = value.quickAnalysis;
      this._fieldAnalysisAlias = value.fieldAnalysisAlias;
    }
  }

  // field_name - computed: false, optional: false, required: true
  private _fieldName?: string; 
  public get fieldName() {
    return this.getStringAttribute('field_name');
  }
  public set fieldName(value: string) {
    this._fieldName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldNameInput() {
    return this._fieldName;
  }

  // field_type - computed: false, optional: false, required: true
  private _fieldType?: string; 
  public get fieldType() {
    return this.getStringAttribute('field_type');
  }
  public set fieldType(value: string) {
    this._fieldType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldTypeInput() {
    return this._fieldType;
  }

  // quick_analysis - computed: false, optional: true, required: false
  private _quickAnalysis?: boolean | cdktf.IResolvable; 
  public get quickAnalysis() {
    return this.getBooleanAttribute('quick_analysis');
  }
  public set quickAnalysis(value: boolean | cdktf.IResolvable) {
    this._quickAnalysis = value;
  }
  public resetQuickAnalysis() {
    this._quickAnalysis = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get quickAnalysisInput() {
    return this._quickAnalysis;
  }

  // field_analysis_alias - computed: false, optional: true, required: false
  private _fieldAnalysisAlias?: string; 
  public get fieldAnalysisAlias() {
    return this.getStringAttribute('field_analysis_alias');
  }
  public set fieldAnalysisAlias(value: string) {
    this._fieldAnalysisAlias = value;
  }
  public resetFieldAnalysisAlias() {
    this._fieldAnalysisAlias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldAnalysisAliasInput() {
    return this._fieldAnalysisAlias;
  }
}

export class LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructList extends cdktf.ComplexList {
  public internalValue? : LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStruct[] | cdktf.IResolvable

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
  public get(index: number): LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructOutputReference {
    return new LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface LtsStreamIndexConfigurationFields {
  /**
  * Specifies the name of the field (letters, digits, -, _ and .).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#field_name LtsStreamIndexConfiguration#field_name}
  */
  readonly fieldName: string;
  /**
  * Specifies the type of the field: string, json, long or float.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#field_type LtsStreamIndexConfiguration#field_type}
  */
  readonly fieldType: string;
  /**
  * Specifies the custom delimiter (string or json fields).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#tokenizer LtsStreamIndexConfiguration#tokenizer}
  */
  readonly tokenizer?: string;
  /**
  * Specifies whether letters are case sensitive.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#case_sensitive LtsStreamIndexConfiguration#case_sensitive}
  */
  readonly caseSensitive?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether to include Chinese.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#include_chinese LtsStreamIndexConfiguration#include_chinese}
  */
  readonly includeChinese?: boolean | cdktf.IResolvable;
  /**
  * Specifies whether to enable quick analysis.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#quick_analysis LtsStreamIndexConfiguration#quick_analysis}
  */
  readonly quickAnalysis?: boolean | cdktf.IResolvable;
  /**
  * Specifies the list of the ASCII delimiters.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#ascii LtsStreamIndexConfiguration#ascii}
  */
  readonly ascii?: string[];
  /**
  * Specifies the alias name of the field.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#field_analysis_alias LtsStreamIndexConfiguration#field_analysis_alias}
  */
  readonly fieldAnalysisAlias?: string;
  /**
  * lts_sub_fields_info_list block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#lts_sub_fields_info_list LtsStreamIndexConfiguration#lts_sub_fields_info_list}
  */
  readonly ltsSubFieldsInfoList?: LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStruct[] | cdktf.IResolvable;
}

export function ltsStreamIndexConfigurationFieldsToTerraform(struct?: LtsStreamIndexConfigurationFields | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    field_name: cdktf.stringToTerraform(struct!.fieldName),
    field_type: cdktf.stringToTerraform(struct!.fieldType),
    tokenizer: cdktf.stringToTerraform(struct!.tokenizer),
    case_sensitive: cdktf.booleanToTerraform(struct!.caseSensitive),
    include_chinese: cdktf.booleanToTerraform(struct!.includeChinese),
    quick_analysis: cdktf.booleanToTerraform(struct!.quickAnalysis),
    ascii: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.ascii),
    field_analysis_alias: cdktf.stringToTerraform(struct!.fieldAnalysisAlias),
    lts_sub_fields_info_list: cdktf.listMapper(ltsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructToTerraform, true)(struct!.ltsSubFieldsInfoList),
  }
}


export function ltsStreamIndexConfigurationFieldsToHclTerraform(struct?: LtsStreamIndexConfigurationFields | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    field_name: {
      value: cdktf.stringToHclTerraform(struct!.fieldName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    field_type: {
      value: cdktf.stringToHclTerraform(struct!.fieldType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    tokenizer: {
      value: cdktf.stringToHclTerraform(struct!.tokenizer),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    case_sensitive: {
      value: cdktf.booleanToHclTerraform(struct!.caseSensitive),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    include_chinese: {
      value: cdktf.booleanToHclTerraform(struct!.includeChinese),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    quick_analysis: {
      value: cdktf.booleanToHclTerraform(struct!.quickAnalysis),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    ascii: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.ascii),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    field_analysis_alias: {
      value: cdktf.stringToHclTerraform(struct!.fieldAnalysisAlias),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    lts_sub_fields_info_list: {
      value: cdktf.listMapperHcl(ltsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructToHclTerraform, true)(struct!.ltsSubFieldsInfoList),
      isBlock: true,
      type: "list",
      storageClassType: "LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class LtsStreamIndexConfigurationFieldsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): LtsStreamIndexConfigurationFields | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._fieldName !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldName = this._fieldName;
    }
    if (this._fieldType !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldType = this._fieldType;
    }
    if (this._tokenizer !== undefined) {
      hasAnyValues = true;
      internalValueResult.tokenizer = this._tokenizer;
    }
    if (this._caseSensitive !== undefined) {
      hasAnyValues = true;
      internalValueResult.caseSensitive = this._caseSensitive;
    }
    if (this._includeChinese !== undefined) {
      hasAnyValues = true;
      internalValueResult.includeChinese = this._includeChinese;
    }
    if (this._quickAnalysis !== undefined) {
      hasAnyValues = true;
      internalValueResult.quickAnalysis = this._quickAnalysis;
    }
    if (this._ascii !== undefined) {
      hasAnyValues = true;
      internalValueResult.ascii = this._ascii;
    }
    if (this._fieldAnalysisAlias !== undefined) {
      hasAnyValues = true;
      internalValueResult.fieldAnalysisAlias = this._fieldAnalysisAlias;
    }
    if (this._ltsSubFieldsInfoList?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ltsSubFieldsInfoList = this._ltsSubFieldsInfoList?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: LtsStreamIndexConfigurationFields | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._fieldName = undefined;
      this._fieldType = undefined;
      this._tokenizer = undefined;
      this._caseSensitive = undefined;
      this._includeChinese = undefined;
      this._quickAnalysis = undefined;
      this._ascii = undefined;
      this._fieldAnalysisAlias = undefined;
      this._ltsSubFieldsInfoList.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._fieldName = value.fieldName;
      this._fieldType = value.fieldType;
      this._tokenizer = value.tokenizer;
      this._caseSensitive = value.caseSensitive;
      this._includeChinese = value.includeChinese;
      this._quickAnalysis = value.quickAnalysis;
      this._ascii = value.ascii;
      this._fieldAnalysisAlias = value.fieldAnalysisAlias;
      this._ltsSubFieldsInfoList.internalValue = value.ltsSubFieldsInfoList;
    }
  }

  // field_name - computed: false, optional: false, required: true
  private _fieldName?: string; 
  public get fieldName() {
    return this.getStringAttribute('field_name');
  }
  public set fieldName(value: string) {
    this._fieldName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldNameInput() {
    return this._fieldName;
  }

  // field_type - computed: false, optional: false, required: true
  private _fieldType?: string; 
  public get fieldType() {
    return this.getStringAttribute('field_type');
  }
  public set fieldType(value: string) {
    this._fieldType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldTypeInput() {
    return this._fieldType;
  }

  // tokenizer - computed: false, optional: true, required: false
  private _tokenizer?: string; 
  public get tokenizer() {
    return this.getStringAttribute('tokenizer');
  }
  public set tokenizer(value: string) {
    this._tokenizer = value;
  }
  public resetTokenizer() {
    this._tokenizer = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tokenizerInput() {
    return this._tokenizer;
  }

  // case_sensitive - computed: false, optional: true, required: false
  private _caseSensitive?: boolean | cdktf.IResolvable; 
  public get caseSensitive() {
    return this.getBooleanAttribute('case_sensitive');
  }
  public set caseSensitive(value: boolean | cdktf.IResolvable) {
    this._caseSensitive = value;
  }
  public resetCaseSensitive() {
    this._caseSensitive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get caseSensitiveInput() {
    return this._caseSensitive;
  }

  // include_chinese - computed: false, optional: true, required: false
  private _includeChinese?: boolean | cdktf.IResolvable; 
  public get includeChinese() {
    return this.getBooleanAttribute('include_chinese');
  }
  public set includeChinese(value: boolean | cdktf.IResolvable) {
    this._includeChinese = value;
  }
  public resetIncludeChinese() {
    this._includeChinese = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get includeChineseInput() {
    return this._includeChinese;
  }

  // quick_analysis - computed: false, optional: true, required: false
  private _quickAnalysis?: boolean | cdktf.IResolvable; 
  public get quickAnalysis() {
    return this.getBooleanAttribute('quick_analysis');
  }
  public set quickAnalysis(value: boolean | cdktf.IResolvable) {
    this._quickAnalysis = value;
  }
  public resetQuickAnalysis() {
    this._quickAnalysis = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get quickAnalysisInput() {
    return this._quickAnalysis;
  }

  // ascii - computed: false, optional: true, required: false
  private _ascii?: string[]; 
  public get ascii() {
    return cdktf.Fn.tolist(this.getListAttribute('ascii'));
  }
  public set ascii(value: string[]) {
    this._ascii = value;
  }
  public resetAscii() {
    this._ascii = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get asciiInput() {
    return this._ascii;
  }

  // field_analysis_alias - computed: false, optional: true, required: false
  private _fieldAnalysisAlias?: string; 
  public get fieldAnalysisAlias() {
    return this.getStringAttribute('field_analysis_alias');
  }
  public set fieldAnalysisAlias(value: string) {
    this._fieldAnalysisAlias = value;
  }
  public resetFieldAnalysisAlias() {
    this._fieldAnalysisAlias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldAnalysisAliasInput() {
    return this._fieldAnalysisAlias;
  }

  // lts_sub_fields_info_list - computed: false, optional: true, required: false
  private _ltsSubFieldsInfoList = new LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStructList(this, "lts_sub_fields_info_list", false);
  public get ltsSubFieldsInfoList() {
    return this._ltsSubFieldsInfoList;
  }
  public putLtsSubFieldsInfoList(value: LtsStreamIndexConfigurationFieldsLtsSubFieldsInfoListStruct[] | cdktf.IResolvable) {
    this._ltsSubFieldsInfoList.internalValue = value;
  }
  public resetLtsSubFieldsInfoList() {
    this._ltsSubFieldsInfoList.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ltsSubFieldsInfoListInput() {
    return this._ltsSubFieldsInfoList.internalValue;
  }
}

export class LtsStreamIndexConfigurationFieldsList extends cdktf.ComplexList {
  public internalValue? : LtsStreamIndexConfigurationFields[] | cdktf.IResolvable

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
  public get(index: number): LtsStreamIndexConfigurationFieldsOutputReference {
    return new LtsStreamIndexConfigurationFieldsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration huaweicloud_lts_stream_index_configuration}
*/
export class LtsStreamIndexConfiguration extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "huaweicloud_lts_stream_index_configuration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a LtsStreamIndexConfiguration resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the LtsStreamIndexConfiguration to import
  * @param importFromId The id of the existing LtsStreamIndexConfiguration that should be imported. Refer to the {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the LtsStreamIndexConfiguration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "huaweicloud_lts_stream_index_configuration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/huaweicloud/huaweicloud/1.97.1/docs/resources/lts_stream_index_configuration huaweicloud_lts_stream_index_configuration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options LtsStreamIndexConfigurationConfig
  */
  public constructor(scope: Construct, id: string, config: LtsStreamIndexConfigurationConfig) {
    super(scope, id, {
      terraformResourceType: 'huaweicloud_lts_stream_index_configuration',
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
    this._groupId = config.groupId;
    this._streamId = config.streamId;
    this._id = config.id;
    this._fullTextIndex.internalValue = config.fullTextIndex;
    this._fields.internalValue = config.fields;
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

  // group_id - computed: false, optional: false, required: true
  private _groupId?: string; 
  public get groupId() {
    return this.getStringAttribute('group_id');
  }
  public set groupId(value: string) {
    this._groupId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get groupIdInput() {
    return this._groupId;
  }

  // stream_id - computed: false, optional: false, required: true
  private _streamId?: string; 
  public get streamId() {
    return this.getStringAttribute('stream_id');
  }
  public set streamId(value: string) {
    this._streamId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get streamIdInput() {
    return this._streamId;
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

  // full_text_index - computed: false, optional: true, required: false
  private _fullTextIndex = new LtsStreamIndexConfigurationFullTextIndexOutputReference(this, "full_text_index");
  public get fullTextIndex() {
    return this._fullTextIndex;
  }
  public putFullTextIndex(value: LtsStreamIndexConfigurationFullTextIndex) {
    this._fullTextIndex.internalValue = value;
  }
  public resetFullTextIndex() {
    this._fullTextIndex.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fullTextIndexInput() {
    return this._fullTextIndex.internalValue;
  }

  // fields - computed: false, optional: true, required: false
  private _fields = new LtsStreamIndexConfigurationFieldsList(this, "fields", false);
  public get fields() {
    return this._fields;
  }
  public putFields(value: LtsStreamIndexConfigurationFields[] | cdktf.IResolvable) {
    this._fields.internalValue = value;
  }
  public resetFields() {
    this._fields.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get fieldsInput() {
    return this._fields.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      region: cdktf.stringToTerraform(this._region),
      group_id: cdktf.stringToTerraform(this._groupId),
      stream_id: cdktf.stringToTerraform(this._streamId),
      id: cdktf.stringToTerraform(this._id),
      full_text_index: ltsStreamIndexConfigurationFullTextIndexToTerraform(this._fullTextIndex.internalValue),
      fields: cdktf.listMapper(ltsStreamIndexConfigurationFieldsToTerraform, true)(this._fields.internalValue),
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
      group_id: {
        value: cdktf.stringToHclTerraform(this._groupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      stream_id: {
        value: cdktf.stringToHclTerraform(this._streamId),
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
      full_text_index: {
        value: ltsStreamIndexConfigurationFullTextIndexToHclTerraform(this._fullTextIndex.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LtsStreamIndexConfigurationFullTextIndexList",
      },
      fields: {
        value: cdktf.listMapperHcl(ltsStreamIndexConfigurationFieldsToHclTerraform, true)(this._fields.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "LtsStreamIndexConfigurationFieldsList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
