/** One log line delivered by a log-store trigger (LTS or CloudWatch Logs), cloud-neutral. */
export interface LogRecord {
  readonly message: string;
  /** Epoch milliseconds. */
  readonly timestamp: number;
  /** Store-specific id of the line (CloudWatch event id, LTS line number), when delivered. */
  readonly id?: string;
}

/** The decoded payload of one invocation. */
export interface LogBatch {
  /** Log group name (CloudWatch) or id (LTS). */
  readonly group: string;
  /** Log stream name (CloudWatch) or id (LTS). */
  readonly stream: string;
  /** Account (AWS) or project (Huawei) that owns the logs. */
  readonly owner?: string;
  readonly records: readonly LogRecord[];
  /** Records that could not be read; the rest of the batch is still processed. */
  readonly malformed: readonly { readonly index: number; readonly error: string }[];
  /** True for a CloudWatch Logs CONTROL_MESSAGE (a reachability check with no data). */
  readonly control: boolean;
}
