/** An indicator's name in the interface language (Polish unless English is chosen). */
export function indicatorName(indicator: { namePl: string; nameEn: string }, language: string): string {
  return language.startsWith('en') ? indicator.nameEn : indicator.namePl;
}

/** A stored decimal ("1234.5") as people read it in the language ("1 234,5" / "1,234.5"), never rounded. */
export function formatDecimal(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  const [integer, fraction] = value.split('.');
  const grouped = new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'pl-PL', { useGrouping: true }).format(
    BigInt(integer),
  );
  if (!fraction) return grouped;
  return `${grouped}${language.startsWith('en') ? '.' : ','}${fraction}`;
}
