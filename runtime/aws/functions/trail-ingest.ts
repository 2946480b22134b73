/**
 * Lambda entry: SQS (fed by the EventBridge rule on the trail bucket's "Object Created" events) → stream-gunzip
 * each CloudTrail log file → normalize → BatchWriteItem into the trail table. Reports failed messages one by one
 * (ReportBatchItemFailures): SQS retries only those and moves them to the dead-letter queue after maxReceiveCount.
 * Handler setting: `index.handler`.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { TrailQuerySettings } from '../../core/setting-names';
import { SettingLookup, envLookup } from '../../core/settings';
import { LogLevel, logJson, openS3Object, s3ClientFromSettings, storeFromSettings } from '../trail-query/aws-clients';
import { IngestOptions, IngestStats, addIngestStats, emptyIngestStats, ingestLogFile, ingestOptionsFrom, runPool } from '../trail-query/ingest';
import { isTrailLogKey } from '../trail-query/log-file';
import { ObjectRef, SqsBatchResponse, SqsEvent, objectsOfMessage } from '../trail-query/notification';
import { TrailStore } from '../trail-query/trail-store';

/** Messages of one batch processed at the same time. */
const MESSAGE_CONCURRENCY = 3;

export interface TrailIngestDependencies {
  readonly settings?: SettingLookup;
  readonly store?: TrailStore;
  readonly s3?: S3Client;
}

interface IngestContext {
  readonly store: TrailStore;
  readonly s3: S3Client;
  readonly options: IngestOptions;
  readonly keyPrefix: string;
}

export function createTrailIngestHandler(dependencies: TrailIngestDependencies = {}): (event: SqsEvent) => Promise<SqsBatchResponse> {
  let context: IngestContext | undefined;
  // Built on first use: a missing setting then fails the invocation with a clear message instead of the import.
  const contextOf = (): IngestContext => {
    if (!context) {
      const settings = dependencies.settings ?? envLookup();
      context = {
        store: dependencies.store ?? storeFromSettings(settings),
        s3: dependencies.s3 ?? s3ClientFromSettings(settings),
        options: ingestOptionsFrom(settings),
        keyPrefix: settings(TrailQuerySettings.KEY_PREFIX) ?? '',
      };
    }
    return context;
  };

  return async (event: SqsEvent): Promise<SqsBatchResponse> => {
    const { store, s3, options, keyPrefix } = contextOf();
    const failures: { itemIdentifier: string }[] = [];
    const totals = emptyIngestStats();
    let files = 0;
    let ignored = 0;
    const ingestFile = async (ref: ObjectRef): Promise<IngestStats> => {
      // Streamed: gunzip and the Records array are parsed as the object arrives, one batch in memory at a time.
      const stats = await ingestLogFile(store, await openS3Object(s3, ref.bucket, ref.key), options);
      if (!stats.ok) throw new Error(`s3://${ref.bucket}/${ref.key}: ${stats.error}`);
      return stats.value;
    };
    const tasks = (event.Records ?? []).map((message) => async () => {
      try {
        const refs = objectsOfMessage(message.body);
        if (!refs.ok) throw new Error(refs.error);
        for (const ref of refs.value) {
          if (!isTrailLogKey(ref.key, keyPrefix)) {
            // The rule already filters; a digest file or a foreign key reaching here is noise, not a failure.
            ignored++;
            logJson(LogLevel.INFO, 'object is not a CloudTrail log file: ignored', { bucket: ref.bucket, key: ref.key });
            continue;
          }
          const stats = await ingestFile(ref);
          files++;
          addIngestStats(totals, stats);
          if (stats.malformed > 0) {
            logJson(LogLevel.WARN, 'malformed records skipped', { key: ref.key, malformed: stats.malformed, examples: stats.malformedExamples });
          }
        }
      } catch (error) {
        failures.push({ itemIdentifier: message.messageId });
        logJson(LogLevel.ERROR, 'trail file not ingested; SQS retries it, then moves it to the dead-letter queue', {
          messageId: message.messageId,
          error: (error as Error).message,
          name: (error as Error).name,
        });
      }
    });
    await runPool(tasks, MESSAGE_CONCURRENCY);
    logJson(LogLevel.INFO, 'trail files ingested', {
      messages: event.Records?.length ?? 0,
      files,
      ignored,
      failed: failures.length,
      records: totals.records,
      stored: totals.stored,
      skipped: totals.skipped,
      expired: totals.expired,
      malformed: totals.malformed,
      duplicates: totals.duplicates,
      batchCalls: totals.batchCalls,
      unprocessedRetries: totals.unprocessedRetries,
    });
    return { batchItemFailures: failures };
  };
}

export const handler = createTrailIngestHandler();
