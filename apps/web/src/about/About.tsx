import { useI18n } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';
import { WhenToCallDoctor } from '../ui/safetySigns/WhenToCallDoctor';

export function About() {
  const { t } = useI18n();
  return (
    <div class="page page--about">
      <PageHeading title={t('about.title')} />

      <section class="card" aria-labelledby="about-what">
        <h2 id="about-what">{t('about.what.title')}</h2>
        <p>{t('about.what.text')}</p>
        <ul class="bullets">
          <li>{t('about.what.inform')}</li>
          <li>{t('about.what.record')}</li>
          <li>{t('about.what.today')}</li>
          <li>{t('about.what.show')}</li>
        </ul>
      </section>

      <section class="card" aria-labelledby="about-not">
        <h2 id="about-not">{t('about.not.title')}</h2>
        <p>{t('about.not.text')}</p>
        <p>
          <strong>{t('about.decide.text')}</strong>
        </p>
      </section>

      <section class="card card--urgent" aria-labelledby="about-emergency">
        <h2 id="about-emergency">{t('about.emergency.title')}</h2>
        <p>{t('about.emergency.text')}</p>
      </section>

      <WhenToCallDoctor />

      <section class="card" aria-labelledby="about-privacy">
        <h2 id="about-privacy">{t('about.privacy.title')}</h2>
        <p>{t('about.privacy.text')}</p>
      </section>

      <section class="card" aria-labelledby="about-review">
        <h2 id="about-review">{t('about.review.title')}</h2>
        <p>{t('about.review.text')}</p>
        <p class="muted">{t('about.sources')}</p>
      </section>
    </div>
  );
}
