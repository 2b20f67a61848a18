import { isPublicRoom } from './socket-events.js';

describe('isPublicRoom', () => {
  it.each(['municipality:6f1c2a34-0000-4000-8000-000000000001', 'thread:abc123', 'category:0f'])(
    'accepts %s',
    (room) => {
      expect(isPublicRoom(room)).toBe(true);
    },
  );

  it.each(['user:6f1c2a34', 'session:1', 'thread:', 'thread:../x', 'municipality:ABC', ' thread:1', 'thread:1\n'])(
    'refuses %j',
    (room) => {
      expect(isPublicRoom(room)).toBe(false);
    },
  );
});
