import { Foundation1763900000000 } from './1763900000000-Foundation.js';
import { Forum1763900100000 } from './1763900100000-Forum.js';
import { UserHandles1763900200000 } from './1763900200000-UserHandles.js';

/** Every migration, oldest first. Listed, not globbed, so tests and the built server load the same set. */
export const migrations = [Foundation1763900000000, Forum1763900100000, UserHandles1763900200000];
