import type { SafetyTexts } from '../texts';

/** English, level B1. To be reviewed by a registered physiotherapist. */
export const en: SafetyTexts = {
  common: {
    yes: 'Yes',
    no: 'No',
    next: 'Next',
    back: 'Back',
    saving: 'Saving…',
    saveFailed: 'Saving did not work on this phone. Please try again.',
    notDiagnosis: 'This is information, not a diagnosis. Only a doctor or physiotherapist can examine you.',
    stepOf: 'Step {step} of {total}',
    toToday: 'Go to Today',
    day: 'Day',
  },
  about: {
    title: 'About you',
    intro: 'Your age and when your back pain started matter. Some signs count more when you are older.',
    ageLabel: 'How old are you?',
    ageHint: 'In years, for example 52.',
    ageUnit: 'years',
    onsetLabel: 'When did this period of back pain start?',
    onsetHint: 'Not sure of the exact day? Then choose about when. That is good enough.',
    approximateLabel: 'This is about when, not the exact day',
    approximateChoices: 'Or choose about when:',
    approximate: {
      weeks_2: '2 weeks ago',
      month_1: '1 month ago',
      months_3: '3 months ago',
      months_6: 'half a year ago',
      year_1: '1 year ago',
      years_2: '2 years or more',
    },
    approximateChosen: 'Filled in: {day}, about.',
    errors: {
      ageRequired: 'Enter your age.',
      ageNumber: 'Enter your age in numbers, for example 52.',
      ageWhole: 'Enter your age in whole years, for example 52.',
      ageRange: 'Veerkracht is for adults. Enter an age from 18 to 120.',
      onsetRequired: 'Enter when your back pain started. About when is good enough.',
      onsetInvalid: 'This date does not exist. Choose a day in the calendar.',
      onsetFuture: 'This day is in the future. Choose today or an earlier day.',
    },
  },
  check: {
    title: {
      first_run: 'Safety check',
      periodic: 'This month’s safety check',
      flare_up: 'Safety check for more pain',
      manual: 'Safety check',
    },
    intro: {
      first_run: 'A few questions about signs for which it is better to call a doctor. The most important ones first.',
      periodic: 'Every 4 weeks we ask the most important questions again. It takes about 1 minute.',
      flare_up: 'You have more pain than usual. To be safe, please answer these questions first.',
      manual: 'Something does not feel right. These questions help you choose whom to call. Not sure? Call your GP.',
    },
    sections: {
      emergency: {
        title: 'The most important questions',
        intro: 'These are about problems that are new, or getting worse. Choose yes or no for each question.',
      },
      gp_soon: {
        title: 'Questions about your health',
        intro: 'Choose yes or no for each question.',
      },
      inflammatory: {
        title: 'Questions about inflammation',
        intro:
          'Sometimes back pain comes from inflammation, as in ankylosing spondylitis (Bechterew’s disease). Choose yes or no for each question.',
      },
    },
    doubt: 'Not sure? Then choose yes.',
    unanswered: 'Choose yes or no.',
    unansweredSummary: 'Not finished yet. Please answer all questions first. The open questions have a message.',
    skipRest: 'The other questions later',
    skipRestHint: 'You can stop here. You can answer the other questions later in More, Safety check.',
    finish: 'Done, show the result',
  },
  items: {
    saddle_numbness: {
      question:
        'Does the area between your legs feel different from normal? For example numb or tingling around your genitals, your anus or your buttocks. Or do you feel less when you wipe after using the toilet?',
      short: 'A numb or tingling feeling between your legs',
    },
    bladder_change: {
      question:
        'Have you recently had trouble passing urine? For example trouble starting or stopping, not feeling that your bladder is full, or losing urine without wanting to?',
      short: 'New problems passing urine',
    },
    bowel_change: {
      question:
        'Have you recently been unable to hold in your stools? Or do you no longer feel when stools are coming?',
      short: 'New problems passing stools',
    },
    sexual_function_change: {
      question:
        'Have you recently had less feeling in your genitals? Or have you recently had problems with sex, for example less feeling or not getting an erection?',
      short: 'Less feeling in your genitals, or new problems with sex',
    },
    progressive_leg_weakness: {
      question:
        'Is one leg, or are both legs, quickly getting weaker or more numb, within hours or days? Or have you recently had trouble walking, for example because your foot drops or because you stumble?',
      short: 'A leg quickly getting weaker or more numb, or new trouble walking',
    },
    sudden_severe_pain: {
      question:
        'Did very bad pain start suddenly, in the last hours or days, pain that is different from your usual back pain and does not change when you move, sit or lie in another way?',
      hint: 'Are you also pale, sweaty or dizzy, or do you feel faint or very ill? Then call 112 now.',
      short:
        'Very bad pain that started suddenly and recently, not like your usual pain, and does not change when you move',
    },
    major_trauma: {
      question: 'Did the pain start after a serious accident or a bad fall?',
      short: 'The pain started after a serious accident or a bad fall',
    },
    minor_trauma_fragility: {
      question:
        'Did the pain start after a small fall, a bump or after lifting something? And do you also have weak bones (osteoporosis), or have you taken steroid tablets such as prednisolone for a long time?',
      short: 'Pain after a small fall or lifting, with weak bones or long use of steroid tablets',
    },
    cancer_history: {
      question: 'Have you ever had cancer?',
      short: 'Ever had cancer',
    },
    unexplained_weight_loss: {
      question: 'Have you lost weight without trying to?',
      short: 'Lost weight without trying to',
    },
    fever_or_unwell: {
      question: 'Do you have a fever or chills, or do you feel very ill? And is that together with the back pain?',
      short: 'Fever, chills or feeling very ill, together with the back pain',
    },
    infection_risk: {
      question:
        'Is your immune system weaker, because of an illness or medicines? Or do you inject drugs? Or did you recently have an infection or an operation on your back?',
      short: 'A weaker immune system, injecting drugs, or a recent infection or operation on your back',
    },
    constant_night_pain: {
      question: 'Do you have pain all night long? Pain that does not ease when you lie in another way?',
      short: 'Pain all night that does not ease when you change position',
    },
    leg_numbness_or_weakness: {
      question:
        'Does a leg feel numb or tingling, or does a leg have less strength? Also choose yes if it is slowly getting worse, or if it has been like this for a long time.',
      short: 'A leg that feels numb or tingling, or has less strength',
    },
    not_improving: {
      question: 'Over the past 4 weeks, has your pain not got better at all? Or has it got worse?',
      questionPersistent:
        'Over the past 4 weeks, has your pain clearly changed? So, much worse, or different from what you are used to?',
      short: 'The pain has not got better, or has clearly changed',
    },
    onset_before_45: {
      question: 'Were you younger than 45 when you first had back pain?',
      short: 'Back pain for the first time before 45',
    },
    axspa_onset_under_35: {
      question: 'Did your back pain start when you were younger than 35?',
      short: 'Back pain started before 35',
    },
    axspa_night_waking: {
      question: 'Do you wake up in the second half of the night because of back pain?',
      short: 'Waking in the second half of the night because of back pain',
    },
    axspa_buttock_pain: {
      question: 'Do you have pain in your buttocks?',
      short: 'Pain in your buttocks',
    },
    axspa_better_with_movement: {
      question: 'Does your back pain get better when you move, and not when you rest?',
      short: 'Back pain that gets better with movement and not with rest',
    },
    axspa_nsaid_response: {
      question:
        'Does your back pain clearly get better within 48 hours of taking anti-inflammatory painkillers, such as ibuprofen or naproxen?',
      short: 'Back pain that clearly gets better with anti-inflammatory painkillers',
    },
    axspa_family_history: {
      question:
        'Does your father, mother, child, brother or sister have ankylosing spondylitis (Bechterew’s disease), or another form of spondyloarthritis?',
      short: 'Ankylosing spondylitis or spondyloarthritis in your family',
    },
    axspa_arthritis: {
      question:
        'Do you have, or have you had, an inflamed joint (arthritis)? For example a knee or ankle that was swollen, warm and painful.',
      short: 'An inflamed joint (arthritis)',
    },
    axspa_enthesitis: {
      question:
        'Do you have pain and swelling where a tendon is attached to a bone? For example at the back of your heel or under your foot.',
      short: 'Pain and swelling where a tendon is attached to a bone',
    },
    axspa_psoriasis: {
      question: 'Do you have psoriasis? That is a skin condition with red, flaky patches.',
      short: 'Psoriasis',
    },
  },
  result: {
    title: 'Result of your safety check',
    checkedOn: 'Filled in on {day}.',
    tiers: {
      emergency: {
        title: 'Call your GP now',
        text: ['You said yes to a sign for which you call a doctor today. Do not wait.'],
      },
      gp_soon: {
        title: 'Make an appointment with your GP',
        text: [
          'You said yes to a sign for which you see your GP within a few days. Call your GP for an appointment. Tell them which questions you answered with yes.',
          'You can keep doing what you were already doing.',
        ],
      },
      review: {
        title: 'Something for your next appointment',
        text: [
          'Some answers fit back pain caused by inflammation, as in ankylosing spondylitis (Bechterew’s disease). This is not urgent.',
          'Mention it at your next appointment with your GP or physiotherapist. If you need a rheumatologist, your GP refers you (in the Netherlands, only the GP refers to a specialist). Today shows this note until you have talked about it.',
        ],
      },
      none: {
        title: 'You did not say yes to any of the signs',
        text: [
          'Veerkracht cannot examine you. Are you unsure, or do your symptoms change? Then just call your GP. You can always do that.',
        ],
      },
    },
    emergency: {
      title: 'Call your GP now',
      lead: 'You said yes to a sign for which you call a doctor today. Do not wait.',
      steps: [
        'Call your GP now.',
        'Is the practice closed, in the evening, at night or at the weekend? In the Netherlands, call the huisartsenpost (the out-of-hours GP service).',
      ],
      call112Text: 'Are you very ill, or in danger? Then call 112.',
      call112: 'Call 112',
      abroad: 'Not in the Netherlands? Then use the local numbers for an out-of-hours doctor and for emergencies.',
      confirmLabel: 'I have read this',
      confirmButton: 'Continue',
      confirmError: 'First tick ‘I have read this’.',
    },
    paused: 'Your plan does not go up any further until you have seen a doctor.',
    seenDoctor: 'I have seen a doctor',
    seenDoctorConfirm: {
      question: 'Have you seen a doctor about these symptoms?',
      text: 'Then your plan can go up again. At the next safety check these symptoms are marked ‘known to your doctor’.',
      yes: 'Yes, I have seen a doctor',
      no: 'No, not yet',
    },
    seenDoctorDone: 'Saved. Your plan can go up again.',
    knownToDoctor: 'known to your doctor',
    knownIntro: 'A doctor has looked at these answers, after an earlier check:',
    cleared: {
      title: 'Nothing new since you saw a doctor',
      text: [
        'You said yes to things your doctor already knows about. So your plan simply goes on.',
        'Does something change, or are you worried? Then call your GP. You can always do that.',
      ],
    },
    reviewDiscussed: 'I have talked about it',
    reviewDiscussedDone: 'Saved. The note is no longer on Today.',
    reasonsTitle: 'Why this result?',
    reasonsIntro: 'You said yes to:',
    reasonGroups: {
      emergency: 'For this you call a doctor now:',
      gp_soon: 'For this you make an appointment with your GP:',
      review: 'Talk about this at your next appointment:',
    },
    noReasons: 'You did not say yes to any of the signs.',
    partial: 'You only answered the most important questions. Please answer the other questions later.',
    partialLink: 'Answer the other questions',
    nextTitle: 'What next?',
    nextMeasures: 'Two short questionnaires show how your back is doing now. You can fill them in now, or later.',
    nextMeasuresLink: 'Go to the questionnaires',
    lessonLink: 'Read the lesson: Three kinds of back pain',
  },
  painType: {
    title: 'Which kind of back pain fits your answers?',
    types: {
      specific_suspected: {
        title: 'Back pain to talk about with a doctor',
        text: [
          'Your answers name a sign that sometimes fits back pain with a medical cause. For example a trapped nerve, a broken bone, an inflammation or another illness. That is not common.',
          'What helps: follow the advice above. A doctor can examine you and tell you what is going on.',
          'What to expect: after seeing the doctor you will know more. Often you can then carry on moving, sometimes with help from a physiotherapist.',
        ],
      },
      acute: {
        title: 'Back pain that started recently',
        text: [
          'Your back pain started less than 6 weeks ago. This kind of back pain can hurt a lot. Still, usually nothing is broken in your back.',
          'What to expect: for many people the pain gets less in the first weeks. About half of people have recovered after 3 months. Back pain often comes back. That is annoying, but usually not dangerous.',
          'What helps: keep moving as well as you can and do your normal things. Staying in bed for a long time does not help.',
        ],
      },
      subacute: {
        title: 'Back pain that has lasted a few weeks',
        text: [
          'Your back pain has lasted 6 to 12 weeks. For many people it slowly gets better in this time. About half of people have recovered after 3 months.',
          'What helps: keep moving and build up your activities calmly. Are you afraid to move, or do you worry a lot? Talk about it with your GP or physiotherapist. That helps to keep the pain from staying.',
        ],
      },
      persistent: {
        title: 'Persistent back pain',
        text: [
          'Your back pain has lasted longer than about 3 months. With persistent back pain there is usually no damage in your back.',
          'In many people with persistent back pain, the nervous system has become more sensitive. It then sends a pain signal more quickly, also when nothing is broken. Sleep, stress, worries and how you move play a part too. Here, pain does not mean that your back is getting damaged.',
          'What helps: moving more step by step, getting stronger, sleeping well and dealing with stress. This is what Veerkracht is made for.',
          'What to expect: there are often ups and downs. With small steps you can do more again. It takes time, and every step counts.',
        ],
      },
      unknown: {
        title: 'We do not know yet how long your back pain has lasted',
        text: ['Enter when your back pain started. Then we can explain better what to expect.'],
      },
    },
  },
  concern: {
    title: 'Does something not feel right?',
    intro:
      'Write down what you notice, in your own words. It is kept in your timeline. Are you linked to a physiotherapist? Then they can read it too. In an emergency, always call your GP or 112.',
    label: 'What do you notice?',
    hint: 'For example what is different from usual, and since when. At most {max} characters.',
    save: 'Save',
    saved: 'Saved. You can find it in your timeline.',
    required: 'First write down what you notice.',
    tooLong: 'This text is too long. You can use at most {max} characters.',
  },
  overview: {
    title: 'Safety check',
    intro:
      'A few questions about signs for which it is better to call a doctor. They help you choose whom to call. You do the check every 4 weeks, and when you have more pain.',
    lastTitle: 'Your last check',
    lastText: '{day}: {result}',
    never: 'You have not done the check yet.',
    seeResult: 'See the result',
    nextRecheck: 'The next check is on {day}.',
    recheckDue: 'It is time for the next check.',
    again: 'Do the check now',
    finishFull: 'Answer the other questions too',
    openTitle: 'Open advice',
    timelineLink: 'See your timeline',
  },
  timeline: {
    riskName: { low: 'low', medium: 'medium', high: 'high' },
    title: 'Timeline',
    intro: 'All your safety checks, questionnaires and notes in a row. The newest is at the top.',
    empty: 'Nothing here yet.',
    trigger: {
      first_run: 'at the start',
      periodic: 'after 4 weeks',
      flare_up: 'with more pain',
      manual: 'your own choice',
    },
    check: 'Safety check ({trigger}): {result}',
    checkPartial: 'only the most important questions',
    clearance: 'Saw a doctor',
    clearanceTherapist: 'Your physiotherapist let your plan go on again',
    concern: 'Note: {text}',
    checkIn: 'Note with your check-in: {text}',
    startBack: 'Questionnaire on your back pain and recovery (STarT Back): {total} out of 9, group {risk}',
    psk: 'Your difficult activities: average {score} out of 10',
    open: 'See',
  },
};
