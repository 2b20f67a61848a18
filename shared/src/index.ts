export * from './domain.js';
export * from './errors.js';
export * from './mentions.js';
export * from './socket-events.js';
export * from './thread-sequencer.js';
export * from './slug.js';
