import type { PatientListBody, StaffSessionBody } from '@veerkracht/contract';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n';
import { PageHeading } from '../../ui/PageHeading';
import { therapistApi } from '../api';
import { Enrolment, RecoveryCodes } from '../components/Enrolment';
import { InviteForm } from '../components/InviteForm';
import { AddPasskey } from '../components/Passkeys';
import { PatientList } from '../components/PatientList';
import { SecondFactorForm, SignInForm } from '../components/SignIn';
import { StaffAdmin } from '../components/StaffAdmin';
import { problemOf } from '../problems';
import '../therapist.css';

type Step =
  | { step: 'loading' }
  | { step: 'signIn' }
  | { step: 'secondFactor'; passkeys: number }
  | { step: 'enrol'; secret: string; qrSvg: string }
  | { step: 'recoveryCodes'; codes: string[] }
  | { step: 'workspace'; session: StaffSessionBody };

/** The workspace's front door: sign-in in two steps, then the patient list (or, for an administrator, the staff). */
export function TherapistHome() {
  const { t } = useI18n();
  const [step, setStep] = useState<Step>({ step: 'loading' });
  const [list, setList] = useState<PatientListBody | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  const load = useCallback(async () => {
    const session = await therapistApi.session();
    if (!session.ok) {
      setStep({ step: 'signIn' });
      return;
    }
    if (session.value.stage === 'password') {
      setStep({ step: 'secondFactor', passkeys: session.value.passkeys });
      return;
    }
    setStep({ step: 'workspace', session: session.value });
    if (session.value.staff.role === 'therapist') {
      const patients = await therapistApi.patients();
      if (patients.ok) setList(patients.value);
      else setProblem(t(problemOf(patients)));
    }
  }, [t]);
  useEffect(() => {
    void load();
  }, [load]);

  async function signOut() {
    await therapistApi.signOut();
    setList(undefined);
    setStep({ step: 'signIn' });
  }

  return (
    <div class="staff-area">
      <PageHeading title={t('therapist.title')} />
      {step.step === 'loading' && <p>{t('therapist.loading')}</p>}
      {step.step === 'signIn' && (
        <SignInForm
          onSignedIn={(answer) =>
            setStep(
              answer.enrolment
                ? { step: 'enrol', secret: answer.enrolment.secret, qrSvg: answer.enrolment.qrSvg }
                : { step: 'secondFactor', passkeys: answer.passkeys },
            )
          }
        />
      )}
      {step.step === 'secondFactor' && <SecondFactorForm passkeys={step.passkeys} onDone={() => void load()} />}
      {step.step === 'enrol' && (
        <Enrolment
          secret={step.secret}
          qrSvg={step.qrSvg}
          onConfirmed={(codes) => setStep({ step: 'recoveryCodes', codes })}
        />
      )}
      {step.step === 'recoveryCodes' && <RecoveryCodes codes={step.codes} onContinue={() => void load()} />}
      {step.step === 'workspace' && (
        <>
          <p class="staff-who">
            {t('therapist.signedInAs', { name: step.session.staff.name, practice: step.session.staff.practice.name })}{' '}
            <button type="button" class="button button--secondary" onClick={signOut}>
              {t('therapist.signOut')}
            </button>
          </p>
          <p class="hint">{t('therapist.disclaimer')}</p>
          {problem && <p role="alert">{problem}</p>}
          {step.session.staff.role === 'therapist' ? (
            <>
              <InviteForm />
              <AddPasskey />
              {list ? <PatientList list={list} /> : <p>{t('therapist.loading')}</p>}
            </>
          ) : (
            <>
              <p>{t('therapist.adminOnly')}</p>
              <StaffAdmin selfId={step.session.staff.id} />
            </>
          )}
        </>
      )}
    </div>
  );
}
