import type { ProblemTree } from './models/problem-tree.model.js';
import type { TreeScope } from './problem-trees.policy.js';

/** A tree as read from the database: the GraphQL model plus what the policies need. */
export type ProblemTreeRow = ProblemTree & TreeScope;
