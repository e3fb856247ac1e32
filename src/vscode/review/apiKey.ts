import type * as vscode from 'vscode';

const SECRET_KEY = 'interviewDrills.apiKey';

/** The API key and the endpoint (base URL) it was stored for; `baseUrl` is unknown for a key stored by an earlier version. */
export interface StoredKey {
  readonly key: string;
  readonly baseUrl: string | undefined;
}

/** Endpoints compared as URLs: scheme and host case-insensitively, a trailing slash ignored. */
export function sameEndpoint(a: string, b: string): boolean {
  const norm = (u: string): string => {
    try {
      const url = new URL(u.trim());
      return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`;
    } catch {
      return u.trim().replace(/\/+$/, '');
    }
  };
  return norm(a) === norm(b);
}

/** The key in VS Code's secret storage, bound to the endpoint it is for. */
export class ApiKeyStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async get(): Promise<StoredKey | undefined> {
    const raw = await this.secrets.get(SECRET_KEY);
    if (!raw) return undefined;
    try {
      const data = JSON.parse(raw) as { key?: unknown; baseUrl?: unknown };
      if (typeof data.key === 'string' && data.key) return { key: data.key, baseUrl: typeof data.baseUrl === 'string' ? data.baseUrl : undefined };
    } catch {
      // a plain key, stored before keys were bound to an endpoint
    }
    return { key: raw, baseUrl: undefined };
  }

  async store(key: string, baseUrl: string): Promise<void> {
    await this.secrets.store(SECRET_KEY, JSON.stringify({ key, baseUrl }));
  }

  async delete(): Promise<void> {
    await this.secrets.delete(SECRET_KEY);
  }
}
