'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { LOCALE_COOKIE, LOCALES } from '@/i18n/config';

/** Sets the language cookie and re-renders; the choice is remembered for a year. */
export function LanguageSwitcher() {
  const locale = useLocale();
  const t = useTranslations('app');
  const router = useRouter();
  return (
    <label className="lang">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={locale}
        data-testid="language"
        onChange={(e) => {
          document.cookie = `${LOCALE_COOKIE}=${e.target.value}; Path=/; Max-Age=31536000; SameSite=Lax`;
          router.refresh();
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`languageName.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
