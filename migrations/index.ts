import { Foundation1763900000000 } from './1763900000000-Foundation.js';

/** Every migration, oldest first. Listed, not globbed, so tests and the built server load the same set. */
export const migrations = [Foundation1763900000000];
