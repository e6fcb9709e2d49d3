import type { FirstRunTexts } from '../firstRunTexts';

/** English, level B1: the first screens of a new device. To be reviewed by a registered physiotherapist. */
export const en: FirstRunTexts = {
  languageTitle: 'Choose your language',
  languageIntro: 'You can always switch the language later, with the button at the top.',
  welcomeTitle: 'Welcome to Veerkracht',
  welcomeIntro: [
    'Veerkracht helps you manage low back pain yourself. The app is for adults with back pain that has lasted a while.',
    'You use the app on your own, or together with your physiotherapist.',
  ],
  doesTitle: 'What the app does',
  does: [
    'The app explains what happens with back pain.',
    'The app keeps track of what you fill in, such as pain, sleep and stress.',
    'The app shows every day what you can do.',
    'The app shows how things are going.',
  ],
  notTitle: 'What the app does not do',
  not: [
    'Veerkracht does not diagnose. The app does not replace your GP or physiotherapist.',
    'The app makes suggestions. You decide, or you decide together with your physiotherapist.',
  ],
  emergencyTitle: 'In an emergency',
  emergency:
    'Do you feel very ill, or are things getting worse quickly? Call your GP straight away. In the evening, at night and at the weekend, call the huisartsenpost (the Dutch out-of-hours GP service). Are you in danger? Call 112. Outside the Netherlands, use the local numbers.',
  nextText:
    'First we ask you a few questions about yourself and your back. The questions are about signs for which it is better to call a doctor. That way you know whom to call, and when. You decide. It takes about 5 minutes. Your answers stay on this phone.',
  restore: 'Have you used Veerkracht before, on another phone?',
  restoreLink: 'Restore your backup',
  alreadyDone: 'You have already done the start. You can always do the safety check again.',
  next: 'Next',
  toToday: 'Go to Today',
  again: 'Do the check now',
};
