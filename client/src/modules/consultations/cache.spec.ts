import { gql, InMemoryCache } from '@apollo/client';
import { describe, expect, it } from '@jest/globals';
import type { ConsultationEvent } from '@ratusz/shared';
import { applyConsultationEvent } from './cache';

const COUNTS = gql`
  fragment Counts on Consultation {
    id
    seq
    contentCounts {
      documents
      drafts
      meetings
    }
  }
`;

function cacheWithConsultation(): InMemoryCache {
  const cache = new InMemoryCache();
  cache.writeFragment({
    fragment: COUNTS,
    id: cache.identify({ __typename: 'Consultation', id: 'c1' }),
    data: {
      __typename: 'Consultation',
      id: 'c1',
      seq: 4,
      contentCounts: { __typename: 'ConsultationContentCounts', documents: 0, drafts: 0, meetings: 1 },
    },
  });
  return cache;
}

const read = (cache: InMemoryCache) =>
  cache.readFragment<{ seq: number; contentCounts: { documents: number; drafts: number; meetings: number } }>({
    fragment: COUNTS,
    id: cache.identify({ __typename: 'Consultation', id: 'c1' }),
  });

describe('consultation events in the cache', () => {
  it('counts documents, drafts and meetings as they arrive, so their tabs appear without a reload', () => {
    const cache = cacheWithConsultation();
    const base = { consultationId: 'c1' } as const;
    applyConsultationEvent(cache, { ...base, seq: 5, kind: 'document.added' } as unknown as ConsultationEvent);
    applyConsultationEvent(cache, { ...base, seq: 6, kind: 'draft.published' } as unknown as ConsultationEvent);
    applyConsultationEvent(cache, { ...base, seq: 7, kind: 'meeting.created' } as unknown as ConsultationEvent);
    expect(read(cache)).toMatchObject({ seq: 7, contentCounts: { documents: 1, drafts: 1, meetings: 2 } });

    applyConsultationEvent(cache, { ...base, seq: 8, kind: 'document.removed' } as unknown as ConsultationEvent);
    applyConsultationEvent(cache, { ...base, seq: 9, kind: 'document.removed' } as unknown as ConsultationEvent);
    expect(read(cache)).toMatchObject({ seq: 9, contentCounts: { documents: 0 } });
  });
});
