import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';

/** A page of the exercise feature with nothing to show yet: its title, why, and the way back to the programme. */
export function NothingHere(props: { title: string; text: string; pageClass?: string }) {
  const { t } = useI18n();
  return (
    <div class={`page ${props.pageClass ?? 'page--exercise'}`}>
      <PageHeading title={props.title} />
      <p>{props.text}</p>
      <p>
        <a class="text-link" href="/exercise">
          {t('exercise.back')}
        </a>
      </p>
    </div>
  );
}
