/** The parts of the Lambda context the TrailWatch handlers read (no dependency on @types/aws-lambda). */
export interface LambdaContext {
  readonly awsRequestId?: string;
  /** The function's ARN (account and region of the running function). */
  readonly invokedFunctionArn?: string;
}
