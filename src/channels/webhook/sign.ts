// Standard Webhooks signing (https://www.standardwebhooks.com, symmetric scheme): webhook-signature is
// "v1," + base64(HMAC-SHA256(key, "{webhook-id}.{webhook-timestamp}.{body}")). A `whsec_` secret is the base64 of the
// key (as Standard Webhooks libraries generate and read it); any other secret is used as its UTF-8 bytes.
import { createHmac } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What is wrong with a secret, in words that never repeat it; undefined when it can sign. */
export function secretProblem(secret: string): string | undefined {
  if (secret === '') return 'the secret is empty';
  if (!secret.startsWith(SECRET_PREFIX)) return undefined;
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (encoded === '' || !BASE64.test(encoded)) {
    return `the secret starts with ${SECRET_PREFIX} but what follows is not base64 (a Standard Webhooks secret is ${SECRET_PREFIX} followed by the base64 of 24 to 64 random bytes)`;
  }
  return undefined;
}

/** The HMAC key of a secret; throws (without the secret) when secretProblem names a problem. */
export function signingKey(secret: string): Buffer {
  const problem = secretProblem(secret);
  if (problem) throw new Error(problem);
  return secret.startsWith(SECRET_PREFIX)
    ? Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64')
    : Buffer.from(secret, 'utf8');
}

export interface Signed {
  id: string;
  /** Seconds since the epoch. */
  timestamp: number;
  body: string;
}

/** The webhook-signature header's value for one attempt. */
export function signature(key: Buffer, { id, timestamp, body }: Signed): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')}`;
}
