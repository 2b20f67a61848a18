import { useState } from 'react';
import { PROPOSAL_SEED_LIMITS } from '@ratusz/shared';

/** Where the visitor's random-order seed is kept, so "random" is the same order on every visit. */
const SEED_STORAGE_KEY = 'ratusz.proposalSeed';

function newSeed(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function storedSeed(): string {
  try {
    const stored = window.localStorage.getItem(SEED_STORAGE_KEY);
    if (stored && stored.length <= PROPOSAL_SEED_LIMITS.max) return stored;
    const seed = newSeed();
    window.localStorage.setItem(SEED_STORAGE_KEY, seed);
    return seed;
  } catch {
    // Storage can be disabled: the order is then stable for this page view only.
    return newSeed();
  }
}

/** This visitor's seed for the random order of proposals, created once and kept in localStorage. */
export function useRandomSeed(): string {
  const [seed] = useState(storedSeed);
  return seed;
}
