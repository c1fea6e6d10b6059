import { getRequestConfig } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, NAMESPACES, type Locale } from './config';

async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(NAMESPACES.map((ns) => import(`../messages/${locale}/${ns}.json`).then((m) => m.default)));
  return Object.assign({}, ...parts);
}

export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage((await headers()).get('accept-language'));
  return { locale, messages: await loadMessages(locale) };
});
