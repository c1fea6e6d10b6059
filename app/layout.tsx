import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from './_components/language-switcher';
import { QuizNavLink } from './_components/quiz/quiz-links';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('app');
  return { title: t('title'), description: t('tagline') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('app');
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main">
            {t('skipToContent')}
          </a>
          <header className="topbar">
            <Link href="/" className="brand" aria-label={t('home')}>
              <span className="brand-mark" aria-hidden="true">⟳</span> Unrolled
            </Link>
            <nav aria-label={t('navigation')} className="topnav">
              <QuizNavLink />
              <Link href="/host">{t('forInstructors')}</Link>
              <LanguageSwitcher />
            </nav>
          </header>
          <main id="main">{children}</main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
