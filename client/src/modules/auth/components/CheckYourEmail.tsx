import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routes } from '../../../app/routes';

/**
 * What a sign-up answers, whether or not the address already had an account
 * (the e-mail tells which). Focus moves here so screen readers read it at once.
 */
export function CheckYourEmail({ email }: { email: string }) {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section
      ref={box}
      className="callout"
      role="status"
      tabIndex={-1}
      aria-labelledby="check-email-heading"
      data-testid="check-email"
    >
      <h2 id="check-email-heading">{t('auth.register.checkEmail.heading')}</h2>
      <p>{t('auth.register.checkEmail.sent', { email })}</p>
      <p>{t('auth.register.checkEmail.existing')}</p>
      <p>{t('auth.register.checkEmail.noMail')}</p>
      <p>
        {t('auth.register.haveAccount')} <Link to={routes.login()}>{t('auth.register.loginLink')}</Link>
      </p>
    </section>
  );
}
