import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from '../config/app-config.js';
import { buildSchemaSdl } from './print-schema.js';

const target = path.join(REPO_ROOT, 'shared', 'schema.graphql');
await writeFile(target, await buildSchemaSdl());
console.log(`Wrote ${target}`);
