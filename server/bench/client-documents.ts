import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { REPO_ROOT } from '../src/config/app-config.js';

const MODULES = path.join(REPO_ROOT, 'client', 'src', 'modules');

/**
 * One of the client's operations exactly as its `.graphql` files write it,
 * with the fragments it uses (and only those: GraphQL rejects unused ones),
 * so the benchmark measures what the browser sends and follows its changes.
 * Files are named relative to client/src/modules, e.g. `forum/graphql/threadPosts.graphql`.
 */
export function clientOperation(operationName: string, files: string[]): string {
  const definitions = files.flatMap(
    (file) => parse(readFileSync(path.join(MODULES, file), 'utf8')).definitions as DefinitionNode[],
  );
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === operationName);
  if (!operation) throw new Error(`The client has no operation ${operationName} in ${files.join(', ')}`);

  const used = new Set<string>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (used.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`Fragment ${name} of ${operationName} is not in ${files.join(', ')}`);
        used.add(name);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...[...used].map((name) => fragments.get(name)!)].map((d) => print(d)).join('\n\n');
}
