import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

/**
 * The page's one h1. It can take focus (tabIndex -1) so the app can move focus
 * to it after navigation, and it names the document for tabs and history.
 */
export function PageHeading(props: { title: string; children?: ComponentChildren }) {
  const { t } = useI18n();
  const documentTitle = t('app.pageTitle', { page: props.title });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <h1 tabIndex={-1} class="page-title">
      {props.children ?? props.title}
    </h1>
  );
}
