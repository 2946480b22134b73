import { validateEmail, validatePhoneNumber, validateUrl } from './validation';

/** Delivery protocols supported by both SMN (Huawei Cloud) and SNS (AWS), with the same names on both. */
export enum NotificationProtocol {
  EMAIL = 'email',
  SMS = 'sms',
  HTTP = 'http',
  HTTPS = 'https',
}

export interface HttpEndpointOptions {
  /**
   * Accept a plain http:// endpoint. Alerts then travel unencrypted.
   * @default false
   */
  readonly allowInsecureHttp?: boolean;
}

/** Only webhooks have an opt-in for plain http: the fix says so (and nowhere else suggests it). */
const HTTP_WEBHOOK_FIX =
  'Use an https:// endpoint, or NotificationEndpoint.http(url, { allowInsecureHttp: true }) if you accept alerts in clear';

/**
 * One subscriber of an alert topic. Made only by the factory methods, which validate the address at synth time
 * and fail with a message naming the argument and the fix.
 */
export class NotificationEndpoint {
  /** An e-mail address; the owner must confirm the subscription from the message the cloud sends. */
  public static email(address: string): NotificationEndpoint {
    validateEmail('NotificationEndpoint.email(address)', address);
    return new NotificationEndpoint(NotificationProtocol.EMAIL, address);
  }

  /** A mobile number in E.164 form, e.g. +8613800000000. */
  public static sms(phoneNumber: string): NotificationEndpoint {
    validatePhoneNumber('NotificationEndpoint.sms(phoneNumber)', phoneNumber);
    return new NotificationEndpoint(NotificationProtocol.SMS, phoneNumber);
  }

  /** An HTTPS webhook; it must confirm the subscription as the cloud documents. */
  public static https(url: string): NotificationEndpoint {
    validateUrl('NotificationEndpoint.https(url)', url, false, HTTP_WEBHOOK_FIX);
    return new NotificationEndpoint(NotificationProtocol.HTTPS, url);
  }

  /** A plain HTTP webhook: refused unless `allowInsecureHttp` is set, since alerts would travel unencrypted. */
  public static http(url: string, options: HttpEndpointOptions = {}): NotificationEndpoint {
    validateUrl('NotificationEndpoint.http(url)', url, options.allowInsecureHttp === true, HTTP_WEBHOOK_FIX);
    return new NotificationEndpoint(
      url.startsWith('https://') ? NotificationProtocol.HTTPS : NotificationProtocol.HTTP,
      url,
    );
  }

  private constructor(
    public readonly protocol: NotificationProtocol,
    public readonly endpoint: string,
  ) {}
}
