import {
  BREAK,
  Kind,
  TypeInfo,
  parse,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { QUERY_LIMITS } from '../graphql/query-limits.js';
import { CACHEABLE_FIELDS, CACHEABLE_ROOTS } from './read-cache.rules.js';

type Variables = Record<string, unknown> | null | undefined;

/** A document the cache may serve: how to find, from a request's variables, the threads its answer shows. */
export interface ReadCachePlan {
  threadIds(variables: Variables): string[] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function argumentReader(value: ValueNode): (variables: Variables) => string | null {
  if (value.kind === Kind.STRING) return () => value.value;
  if (value.kind === Kind.VARIABLE) {
    const name = value.name.value;
    return (variables) => {
      const found = variables?.[name];
      return typeof found === 'string' ? found : null;
    };
  }
  return () => null;
}

function pickOperation(document: DocumentNode, operationName: unknown): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (typeof operationName === 'string') return operations.find((o) => o.name?.value === operationName) ?? null;
  return operations.length === 1 ? (operations[0] ?? null) : null;
}

/**
 * Null unless the whole document is a query of listed fields only (fragments included, no directives, a single
 * operation). The document is not validated here: an invalid one gets errors from Apollo, and answers with errors
 * are never stored.
 */
export function planReadCache(schema: GraphQLSchema, query: string, operationName: unknown): ReadCachePlan | null {
  let document: DocumentNode;
  try {
    // Apollo's own bound: a document it would refuse to parse is not worth planning either.
    document = parse(query, { maxTokens: QUERY_LIMITS.tokens });
  } catch {
    return null;
  }
  const operation = pickOperation(document, operationName);
  if (!operation || operation.operation !== 'query') return null;

  // One root field: what the client sends. Many aliases of it (a cost attack) go straight to Apollo's limits.
  const roots = operation.selectionSet.selections.filter((s) => s.kind !== Kind.FIELD || s.name.value !== '__typename');
  const [selection] = roots;
  if (roots.length !== 1 || selection?.kind !== Kind.FIELD) return null;
  const root = CACHEABLE_ROOTS[selection.name.value];
  const argument = selection.arguments?.find((a) => a.name.value === root?.threadArgument);
  if (!root || !argument) return null;
  const readThreadId = argumentReader(argument.value);

  let cacheable = true;
  const typeInfo = new TypeInfo(schema);
  // Only this operation and fragments: another operation in the document is never executed by this request.
  const others = new Set(document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d !== operation));
  visit(
    { ...document, definitions: document.definitions.filter((d) => !others.has(d)) },
    visitWithTypeInfo(typeInfo, {
      Directive() {
        cacheable = false;
        return BREAK;
      },
      Field(node) {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (name === '__typename') return undefined;
        const listed = parent
          ? parent === schema.getQueryType()
            ? name in CACHEABLE_ROOTS
            : CACHEABLE_FIELDS.has(`${parent.name}.${name}`)
          : false;
        if (!listed) {
          cacheable = false;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  if (!cacheable) return null;

  return {
    threadIds(variables) {
      const id = readThreadId(variables);
      return id !== null && UUID.test(id) ? [id] : null;
    },
  };
}
