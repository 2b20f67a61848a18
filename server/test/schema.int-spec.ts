import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Type } from '@nestjs/common';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_METADATA, AccessRule } from '../src/common/auth/access.decorators.js';
import { REPO_ROOT } from '../src/config/app-config.js';
import { printSdl } from '../src/schema/print-schema.js';
import { errorCode } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('GraphQL schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('matches the committed shared/schema.graphql (run `npm run schema -w server` after changing the API)', async () => {
    const committed = await readFile(path.join(REPO_ROOT, 'shared', 'schema.graphql'), 'utf8');
    const live = printSdl(t.app.get(GraphQLSchemaHost).schema);
    expect(live).toBe(committed);
  });

  /** Root fields of the live schema mapped to the access rule declared on their resolver method or class. */
  function declaredRules(): Map<string, AccessRule | undefined> {
    const scanner = new MetadataScanner();
    const reflector = new Reflector();
    const rules = new Map<string, AccessRule | undefined>();
    const providers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()]);
    for (const wrapper of providers) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as (...args: unknown[]) => unknown;
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        rules.set(
          `${type}.${name}`,
          reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
            handler,
            wrapper.metatype as Type<unknown>,
          ]),
        );
      }
    }
    return rules;
  }

  it('declares an access rule for every query and mutation', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const rules = declaredRules();
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((f) => `Subscription.${f}`),
    ];
    expect(rootFields.length).toBeGreaterThan(10);
    const missing = rootFields.filter((field) => !Object.values(AccessRule).includes(rules.get(field) as AccessRule));
    expect(missing).toEqual([]);
  });

  it('keeps admin operations admin-only', () => {
    const rules = declaredRules();
    for (const field of ['Query.users', 'Query.roleGrants', 'Mutation.grantRole', 'Mutation.revokeRole']) {
      expect([field, rules.get(field)]).toEqual([field, AccessRule.ADMIN]);
    }
  });

  it('hides internal errors behind a generic message with INTERNAL_SERVER_ERROR', async () => {
    // Breaking the table underneath a resolver produces a genuine driver error.
    await t.db.query('ALTER TABLE service_areas RENAME TO service_areas_gone');
    try {
      const result = await t.client().request(`{ serviceAreas { code } }`);
      expect(errorCode(result)).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result.errors)).not.toMatch(/service_areas|relation|stack/i);
    } finally {
      await t.db.query('ALTER TABLE service_areas_gone RENAME TO service_areas');
    }
  });
});
