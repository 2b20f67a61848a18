import type pl from './pl';

/** Plural forms Polish needs and English does not. */
type PolishOnlyPlural = `${string}_few` | `${string}_many`;

type Shape<T> = {
  [K in keyof T as K extends PolishOnlyPlural ? never : K]: T[K] extends string ? string : Shape<T[K]>;
} & {
  [K in keyof T as K extends PolishOnlyPlural ? K : never]?: string;
};

/** The shape every locale must have: Polish's keys, minus plural forms a language does not use. */
export type LocaleResources = Shape<typeof pl>;
