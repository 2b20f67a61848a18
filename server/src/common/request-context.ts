import type { Request, Response } from 'express';
import DataLoader from 'dataloader';

export interface AuthState {
  userId: string;
  sessionId: string;
  isAdmin: boolean;
}

/**
 * Per-request DataLoaders, created lazily by the feature that needs them, so
 * features stay independent and every loader's cache lives for one request.
 */
export class RequestLoaders {
  private readonly loaders = new Map<symbol, DataLoader<unknown, unknown>>();
  private readonly values = new Map<symbol, Promise<unknown>>();

  get<K, V>(key: symbol, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** A value computed at most once per request (e.g. the viewer's roles). */
  memo<V>(key: symbol, create: () => Promise<V>): Promise<V> {
    let value = this.values.get(key) as Promise<V> | undefined;
    if (!value) {
      value = create();
      this.values.set(key, value);
    }
    return value;
  }
}

export interface RequestContext {
  req: Request;
  res: Response;
  auth: AuthState | null;
  loaders: RequestLoaders;
}
