import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';

let navigated = false;

/** Called by the layout when the address changes inside the app (not on the first load). */
export function markNavigated() {
  navigated = true;
}

/**
 * The page's one h1. It names the browser tab and, after an in-app navigation, takes the focus so a
 * screen reader announces the new page and keyboard users start from its top. `lang` marks a title in
 * another language than the page's (a record's Finnish name on a Swedish page); with `fallback`, a title a
 * town wrote (an event's, a strategy's) says so to the eye too: "(in Finnish)".
 */
export function PageTitle({
  children,
  sub,
  lang,
  fallback,
}: {
  children: string;
  sub?: string;
  lang?: string;
  fallback?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = sub ? `${children} – ${sub} – Solmu` : `${children} – Solmu`;
  }, [children, sub]);
  useEffect(() => {
    if (navigated) ref.current?.focus({ preventScroll: false });
  }, []);
  return (
    <Heading variant="h1" tabIndex={-1} ref={ref} className="page-title" mb="m">
      <span lang={lang}>{children}</span>
      {fallback && lang && <span className="muted fallback-language"> {t('common.inFinnish')}</span>}
    </Heading>
  );
}
