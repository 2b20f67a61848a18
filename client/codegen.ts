import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const clientDir = path.dirname(fileURLToPath(import.meta.url));
const modulesDir = path.join(clientDir, 'src', 'modules');

/**
 * Documents listed explicitly and sorted, so the generated files do not depend on
 * the order the file system returns them in (src/modules/<feature>/graphql/*.graphql).
 */
function documentFiles(): string[] {
  return readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((feature) => {
      const dir = path.join(modulesDir, feature.name, 'graphql');
      try {
        return readdirSync(dir)
          .filter((file) => file.endsWith('.graphql'))
          .map((file) => `src/modules/${feature.name}/graphql/${file}`);
      } catch {
        return [];
      }
    })
    .sort();
}

const config: CodegenConfig = {
  schema: '../shared/schema.graphql',
  documents: documentFiles(),
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
