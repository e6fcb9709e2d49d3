import {
  START_BACK_BOTHERSOME,
  START_BACK_COPYRIGHT,
  type StartBackBothersome,
  type StartBackForm,
  type StartBackRecord,
  startBackFromForm,
} from '@veerkracht/core';
import { useState } from 'preact/hooks';
import { PageHeading } from '../ui/PageHeading';
import { useOpenQuestions } from '../ui/useOpenQuestions';
import { useSaveForm } from '../ui/useSaveForm';
import '../ui/kit.css';
import './measures.css';
import { useApp } from '../data/app';
import { useToday } from '../data/useCheckIns';
import { Choices } from '../ui/Choices';
import { FormFooter } from '../ui/FormFooter';
import { YesNo } from '../ui/YesNo';
import { saveStartBack } from './actions';
import { fill, type MeasureTexts, useMeasureTexts } from './texts';

const AGREE_ITEMS = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'] as const;
type Item = (typeof AGREE_ITEMS)[number] | 'q9';

/** `/measures/start-back`: the Keele STarT Back tool, unmodified, with its copyright notice. */
export function StartBackPage() {
  const texts = useMeasureTexts();
  const app = useApp();
  const today = useToday();
  const { startBack, measures, common } = texts;
  const [form, setForm] = useState<StartBackForm>({});
  const { missing, firstMissing, complete, answered: clear } = useOpenQuestions<Item>();
  const { phase, save, statusRef: result } = useSaveForm<HTMLDivElement>();
  const [saved, setSaved] = useState<StartBackRecord | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (phase === 'saving') return;
    const answers = startBackFromForm(form);
    if (!answers.ok) {
      complete(answers.issues.map((issue) => issue.field as Item));
      return;
    }
    complete([]);
    await save(async () => setSaved(await saveStartBack(app, answers.value, today)));
  }

  const copyright = <p class="copyright">{fill(startBack.copyright, { notice: START_BACK_COPYRIGHT })}</p>;

  if (phase === 'saved' && saved) {
    return (
      <div class="page page--start-back">
        <PageHeading title={startBack.title} />
        <StartBackResult texts={texts} record={saved} resultRef={result} />
        {copyright}
      </div>
    );
  }

  return (
    <div class="page page--start-back">
      <PageHeading title={startBack.title} />
      <p class="lead">{startBack.explain}</p>
      {startBack.intro.map((paragraph) => (
        <p key={paragraph} class="lead">
          {paragraph}
        </p>
      ))}
      <form noValidate onSubmit={submit}>
        <ol class="questionnaire">
          {AGREE_ITEMS.map((item) => (
            <li key={item}>
              <YesNo
                name={item}
                question={startBack.items[item]}
                value={form[item] === undefined ? undefined : form[item] === 'agree'}
                yes={startBack.agree}
                no={startBack.disagree}
                error={missing.includes(item) ? measures.required : undefined}
                focusRef={missing[0] === item ? firstMissing : undefined}
                onChange={(agreed) => {
                  setForm((current) => ({ ...current, [item]: agreed ? 'agree' : 'disagree' }));
                  clear(item);
                }}
              />
            </li>
          ))}
          <li>
            <Choices<StartBackBothersome>
              name="q9"
              layout="stacked"
              legend={startBack.items.q9}
              options={START_BACK_BOTHERSOME.map((value) => ({ value, label: startBack.bothersome[value] }))}
              value={form.q9}
              error={missing.includes('q9') ? measures.required : undefined}
              focusRef={missing[0] === 'q9' ? firstMissing : undefined}
              onChange={(value) => {
                setForm((current) => ({ ...current, q9: value }));
                clear('q9');
              }}
            />
          </li>
        </ol>
        {copyright}
        <FormFooter
          phase={phase}
          submit={startBack.submit}
          saving={common.saving}
          saveFailed={common.saveFailed}
          invalid={missing.length > 0 ? measures.invalid : undefined}
        />
      </form>
    </div>
  );
}

function StartBackResult(props: {
  texts: MeasureTexts;
  record: StartBackRecord;
  resultRef: { current: HTMLDivElement | null };
}) {
  const { startBack, measures, common } = props.texts;
  const { score } = props.record;
  return (
    <div ref={props.resultRef} tabIndex={-1} role="status" class="confirmation" data-risk={score.risk}>
      <p class="confirmation-text">{measures.saved}</p>
      <h2>{startBack.resultTitle}</h2>
      <p>{fill(startBack.score, { total: score.total, psychosocial: score.psychosocial })}</p>
      <h3>{startBack.risk[score.risk].title}</h3>
      <p>{startBack.risk[score.risk].text}</p>
      <p class="muted">{startBack.notVerdict}</p>
      <p class="actions">
        <a class="button" href="/measures">
          {measures.backToMeasures}
        </a>
        <a class="button button--secondary" href="/">
          {common.toToday}
        </a>
      </p>
    </div>
  );
}
