import { FieldErrorCode, MODERATION_LIMITS, type FieldError } from '@ratusz/shared';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../../forms/components/TextField';
import { wholeNumber } from './ModerationForms';

/** The bounds the server enforces on the numeric moderation settings (municipality and category alike). */
const SETTING_BOUNDS = {
  flagThreshold: [1, MODERATION_LIMITS.maxFlagThreshold],
  premoderationAccountDays: [0, MODERATION_LIMITS.maxPremoderationAccountDays],
  premoderationApprovedPosts: [0, MODERATION_LIMITS.maxPremoderationApprovedPosts],
} as const;
export type NumericSetting = keyof typeof SETTING_BOUNDS;

const HINTS = {
  flagThreshold: 'thresholdHint',
  premoderationAccountDays: 'accountDaysHint',
  premoderationApprovedPosts: 'approvedPostsHint',
} as const satisfies Record<NumericSetting, string>;

/** The check for a numeric setting typed as text. */
export function settingInRange(field: NumericSetting): (value: string) => FieldError | null {
  return (value) => wholeNumber(field, value, SETTING_BOUNDS[field][0], SETTING_BOUNDS[field][1]);
}

/** The sentence for a numeric setting out of its bounds, per field, for useAppForm's `messages`. */
export function useOutOfRangeMessages<F extends NumericSetting>(
  fields: readonly F[],
): Record<F, Partial<Record<FieldErrorCode, string>>> {
  const { t } = useTranslation();
  return Object.fromEntries(
    fields.map((field) => [
      field,
      {
        [FieldErrorCode.INVALID]: t('moderation.settings.outOfRange', {
          min: SETTING_BOUNDS[field][0],
          max: SETTING_BOUNDS[field][1],
        }),
      },
    ]),
  ) as Record<F, Partial<Record<FieldErrorCode, string>>>;
}

/** A numeric moderation setting with its label, hint and bounds; `input` is what `form.field(name)` returns. */
export function SettingNumberField({
  field,
  input,
}: {
  field: NumericSetting;
  input: Omit<TextFieldProps, 'label' | 'hint'>;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      {...input}
      label={t(`moderation.fields.${field}`)}
      hint={t(`moderation.settings.${HINTS[field]}`)}
      type="number"
      inputMode="numeric"
      min={SETTING_BOUNDS[field][0]}
      max={SETTING_BOUNDS[field][1]}
    />
  );
}
