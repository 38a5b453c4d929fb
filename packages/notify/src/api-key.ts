/**
 * A GOV.UK Notify API key is `{key_name}-{service_id}-{secret_key}`: a name the service chose (which may
 * itself contain hyphens) followed by two UUIDs. The service id is the JWT issuer; the secret key signs.
 */
export interface NotifyCredentials {
  keyName: string;
  serviceId: string;
  secretKey: string;
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** The two UUIDs at the end of a key: 36 + 1 + 36 = 73 characters including the hyphen between them. */
const TAIL = new RegExp(`^(${UUID})-(${UUID})$`, "i");
const TAIL_LENGTH = 73;

export class NotifyApiKeyError extends Error {
  override name = "NotifyApiKeyError";
}

/** True when the text has the shape of a Notify API key (used by configuration checks). */
export function isNotifyApiKey(text: string): boolean {
  try {
    parseNotifyApiKey(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Splits a Notify API key into its parts, reading the service id and secret from the end, so a key name
 * with hyphens in it is fine. The error never repeats the key.
 */
export function parseNotifyApiKey(apiKey: string): NotifyCredentials {
  const key = apiKey.trim();
  const tail = key.slice(-TAIL_LENGTH);
  const match = TAIL.exec(tail);
  const separator = key.length > TAIL_LENGTH ? key[key.length - TAIL_LENGTH - 1] : "-";
  if (!match || separator !== "-" || key.length === TAIL_LENGTH + 1) {
    throw new NotifyApiKeyError(
      "A GOV.UK Notify API key is the key name, the service id and the secret key joined by hyphens",
    );
  }
  return {
    keyName: key.length > TAIL_LENGTH ? key.slice(0, -TAIL_LENGTH - 1) : "",
    serviceId: match[1] ?? "",
    secretKey: match[2] ?? "",
  };
}
