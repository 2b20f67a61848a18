import { useQuery } from '@apollo/client/react';
import { MentionSuggestionsDocument, type ForumAuthorFragment } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { useDebouncedValue } from '../../forms/hooks/useDebouncedValue';
import { matchesMentionPrefix } from '../mention-query';

/** Long enough to skip the keystrokes of a fast typist, short enough to feel immediate. */
const DEBOUNCE_MS = 150;

export interface MentionSuggestions {
  users: readonly ForumAuthorFragment[];
  /** The answer for exactly what is typed now is in (so "no one found" is true, not just not yet known). */
  settled: boolean;
}

const NONE: MentionSuggestions = { users: [], settled: false };

/**
 * People to offer for the `prefix` typed after an `@` (null: no mention is
 * being typed). A bare `@` asks nothing, nor does a logged-out visitor, for
 * whom the server would refuse anyway.
 */
export function useMentionSuggestions(prefix: string | null): MentionSuggestions {
  const { me } = useMe();
  // Lower-cased so @Mar and @mar share one cached answer; the server folds case anyway.
  const wanted = prefix?.toLowerCase() ?? '';
  const debounced = useDebouncedValue(wanted, DEBOUNCE_MS);
  const { data, previousData, loading } = useQuery(MentionSuggestionsDocument, {
    variables: { prefix: debounced },
    skip: !me || debounced === '',
    fetchPolicy: 'cache-first',
  });
  if (!me || wanted === '') return NONE;
  const latest = data ?? previousData;
  if (!latest) return NONE;
  if (debounced === wanted && data && !loading) return { users: data.mentionSuggestions, settled: true };
  // An older answer, kept on screen while typing goes on, but only with people who still match.
  return { users: latest.mentionSuggestions.filter((user) => matchesMentionPrefix(user, wanted)), settled: false };
}
