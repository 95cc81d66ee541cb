import { PortError } from '@parley/engine';
import type { SecretsService } from '../secrets/secrets.service';
import type { HttpPortName } from './http-failure';

/** What the resolver needs of the vault. */
export type SecretVault = Pick<SecretsService, 'resolve'>;

/**
 * A decrypted value is kept this long within one turn, so a lookup and an action
 * with the same credential decrypt it once; never longer, so a rotated secret is
 * picked up by the next turn.
 */
const CACHE_MS = 5_000;

/** Characters an HTTP header value may carry (visible ASCII, space, tab). */
const headerSafe = /^[\t\x20-\x7e]+$/;

/**
 * Resolves the credential a node names (`secretName`) for one turn: the name goes
 * through the environment's mapping (a name the mapping lacks stands for itself),
 * then the workspace's vault. A missing or unusable secret is
 * `PortError(not-configured)` naming the secret, never showing its value.
 */
export class SecretResolver {
  private readonly cache = new Map<string, { value: Promise<string>; until: number }>();

  constructor(
    private readonly vault: SecretVault,
    private readonly workspaceId: string,
    private readonly secretNames: Readonly<Record<string, string>>,
  ) {}

  /** The vault name a node's secret name stands for in this environment. */
  vaultName(name: string): string {
    return Object.hasOwn(this.secretNames, name) ? (this.secretNames[name] ?? name) : name;
  }

  /** The plaintext of the secret the node calls `name`. */
  resolve(port: HttpPortName, name: string): Promise<string> {
    const now = Date.now();
    const cached = this.cache.get(name);
    if (cached !== undefined && cached.until > now) return cached.value;
    const value = this.fetch(port, name);
    this.cache.set(name, { value, until: now + CACHE_MS });
    // A failure is not remembered: the next call asks the vault again.
    void value.catch(() => {
      if (this.cache.get(name)?.value === value) this.cache.delete(name);
    });
    return value;
  }

  private async fetch(port: HttpPortName, name: string): Promise<string> {
    const vaultName = this.vaultName(name);
    const shown =
      vaultName === name ? `"${name}"` : `"${name}" (stored as "${vaultName}" in this environment)`;
    const value = await this.vault.resolve(this.workspaceId, vaultName);
    if (value === undefined) {
      throw new PortError(
        port,
        'not-configured',
        `secret_not_configured: the credential ${shown} is not in this workspace's secrets`,
      );
    }
    if (!headerSafe.test(value)) {
      throw new PortError(
        port,
        'not-configured',
        `secret_not_configured: the credential ${shown} holds characters an HTTP header cannot carry (line breaks or non-ASCII)`,
      );
    }
    return value;
  }
}

/**
 * The `Authorization` value for a secret: `Bearer <value>`, unless the stored value
 * already names its scheme (`Basic …`, `Bearer …`), which is then sent as it is.
 */
export function authorizationFor(secret: string): string {
  return /^(Basic|Bearer) \S/i.test(secret) ? secret : `Bearer ${secret}`;
}
