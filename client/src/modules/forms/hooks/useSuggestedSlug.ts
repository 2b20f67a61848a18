import { useState, type ChangeEvent } from 'react';
import type { FieldPathByValue, FieldPathValue, FieldValues } from 'react-hook-form';
import { slugify } from '@ratusz/shared';
import type { AppForm } from './useAppForm';

/**
 * Wires a title (or name) field and its address (slug) field so that, until
 * an address is typed, it follows the title. Emptying the address hands it
 * back to the suggestion, from the next change of the title. Spread `source`
 * and `slug` on the two TextFields.
 */
export function useSuggestedSlug<Values extends FieldValues, Slug extends FieldPathByValue<Values, string>>(
  form: AppForm<Values>,
  sourceName: FieldPathByValue<Values, string>,
  slugName: Slug,
  /** True when the address exists already (editing): it is then never rewritten. */
  typedAlready: boolean,
) {
  const [slugTyped, setSlugTyped] = useState(typedAlready);
  const source = form.field(sourceName);
  const slug = form.field(slugName);
  return {
    source: {
      ...source,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        if (!slugTyped) form.setValue(slugName, slugify(event.target.value) as FieldPathValue<Values, Slug>);
        void source.onChange(event);
      },
    },
    slug: {
      ...slug,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        setSlugTyped(event.target.value !== '');
        void slug.onChange(event);
      },
    },
    /** After the form is reset to an empty one: the address follows the title again. */
    resetSuggestion: () => setSlugTyped(false),
  };
}
