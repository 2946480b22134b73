/**
 * Lambda entry: SQS (fed by the EventBridge rule on the trail bucket's "Object Created" events) → stream-gunzip
 * each CloudTrail log file → normalize → BatchWriteItem into the trail table. Reports failed messages one by one
 * (ReportBatchItemFailures): SQS retries only those and moves them to the dead-letter queue after maxReceiveCount.
 * Handler setting: `index.handler`.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { TrailQuerySettings } from '../../core/setting-names';
import { SettingLookup, boolSetting, envLookup } from '../../core/settings';
import { awsEndpointOverride } from '../endpoints';
import { DigestVerificationIo, digestKeyRegion, verifyDigestFile } from '../trail-query/digest';
import { awsDigestVerificationIo } from '../trail-query/digest-io';
import { LogLevel, logJson, openS3Object, s3ClientFromSettings, storeFromSettings } from '../trail-query/aws-clients';
import {
  IngestOptions,
  IngestStats,
  addIngestStats,
  emptyIngestStats,
  ingestLogFile,
  ingestOptionsFrom,
  runPool,
} from '../trail-query/ingest';
import { isTrailLogKey } from '../trail-query/log-file';
import { ObjectRef, SqsBatchResponse, SqsEvent, objectsOfMessage } from '../trail-query/notification';
import { TrailStore } from '../trail-query/trail-store';

/** Messages of one batch processed at the same time. */
const MESSAGE_CONCURRENCY = 3;

export interface TrailIngestDependencies {
  readonly settings?: SettingLookup;
  readonly store?: TrailStore;
  readonly s3?: S3Client;
  /** Digest verification I/O (tests). @default S3 and CloudTrail through the function's role */
  readonly digests?: DigestVerificationIo;
}

interface IngestContext {
  readonly store: TrailStore;
  readonly s3: S3Client;
  readonly options: IngestOptions;
  readonly keyPrefix: string;
  /** Set when TRAILWATCH_VERIFY_DIGESTS is on. */
  readonly digests?: DigestVerificationIo;
}

export function createTrailIngestHandler(
  dependencies: TrailIngestDependencies = {},
): (event: SqsEvent) => Promise<SqsBatchResponse> {
  let context: IngestContext | undefined;
  // Built on first use: a missing setting then fails the invocation with a clear message instead of the import.
  const contextOf = (): IngestContext => {
    if (!context) {
      const settings = dependencies.settings ?? envLookup();
      const s3 = dependencies.s3 ?? s3ClientFromSettings(settings);
      context = {
        store: dependencies.store ?? storeFromSettings(settings),
        s3,
        options: ingestOptionsFrom(settings),
        keyPrefix: settings(TrailQuerySettings.KEY_PREFIX) ?? '',
        digests: boolSetting(settings, TrailQuerySettings.VERIFY_DIGESTS, false)
          ? (dependencies.digests ?? awsDigestVerificationIo(s3, { endpoint: awsEndpointOverride(settings) }))
          : undefined,
      };
    }
    return context;
  };

  return async (event: SqsEvent): Promise<SqsBatchResponse> => {
    const { store, s3, options, keyPrefix, digests } = contextOf();
    let digestsVerified = 0;
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
          if (digests && digestKeyRegion(ref.key, keyPrefix)) {
            // A digest that fails verification fails its message: retried, then the dead-letter queue and its alarm.
            const verdict = await verifyDigestFile(ref.bucket, ref.key, keyPrefix, digests);
            if (!verdict.valid) throw new Error(`integrity check failed: ${verdict.problems.join('; ')}`);
            digestsVerified++;
            logJson(LogLevel.INFO, 'digest verified', { key: ref.key, logFiles: verdict.logFilesChecked });
            continue;
          }
          if (!isTrailLogKey(ref.key, keyPrefix)) {
            // The rule already filters; a digest file or a foreign key reaching here is noise, not a failure.
            ignored++;
            logJson(LogLevel.INFO, 'object is not a CloudTrail log file: ignored', {
              bucket: ref.bucket,
              key: ref.key,
            });
            continue;
          }
          const stats = await ingestFile(ref);
          files++;
          addIngestStats(totals, stats);
          if (stats.malformed > 0) {
            logJson(LogLevel.WARN, 'malformed records skipped', {
              key: ref.key,
              malformed: stats.malformed,
              examples: stats.malformedExamples,
            });
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
      digestsVerified,
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
