import type { Lesson } from '../lessons';

export const lesson: Lesson = {
  id: 'sleep-and-pain',
  order: 7,
  minutes: 4,
  sections: [
    {
      paragraphs: [
        'Slaap en pijn werken op elkaar in, in twee richtingen. Na een korte of onrustige nacht voelt pijn vaak erger. En pijn kan je uit je slaap houden.',
        'Goed slapen is daarom een deel van je herstel. Tijdens je slaap komt je lichaam tot rust. Je hoeft het niet perfect te doen: kleine stappen helpen al.',
      ],
    },
    {
      heading: 'Hoeveel slaap heb je nodig?',
      paragraphs: [
        'Voor volwassenen van 18 tot 64 jaar is het advies 7 tot 9 uur slaap per nacht. Vanaf 65 jaar is dat 7 tot 8 uur. Dat advies is voor iedereen hetzelfde.',
        'Ieder mens is wel een beetje anders. In de app kun je ook je eigen slaapdoel kiezen, tussen 6 en 10 uur.',
      ],
    },
    {
      heading: 'Gewoontes die helpen',
      paragraphs: ['Deze gewoontes helpen veel mensen om beter te slapen:'],
      bullets: [
        'Ga op vaste tijden naar bed en sta op vaste tijden op, ook in het weekend.',
        'Neem een half uur om tot rust te komen, bijvoorbeeld met lezen, rustige muziek of een ademhalingsoefening.',
        'Zorg voor een donkere, stille en koele slaapkamer.',
        'Leg je telefoon en andere schermen het laatste uur voor het slapen weg.',
        'Drink na de middag geen koffie, cola of energiedrank meer.',
      ],
    },
    {
      heading: 'Als pijn je wakker maakt',
      paragraphs: ['Word je wakker van pijn? Blijf rustig. Dit kan helpen:'],
      bullets: [
        'Ga rustig anders liggen. Een kussen tussen of onder je knieën kan prettig zijn.',
        'Doe een ademhalingsoefening: adem rustig in en langzaam uit.',
        'Lukt slapen niet? Sta dan rustig op en doe iets kalms bij zacht licht.',
        'Ga terug naar bed als je weer slaperig wordt.',
        'Kijk niet steeds op de klok. Dat maakt je alleen maar onrustiger.',
      ],
    },
    {
      heading: 'Je eigen patroon zien',
      paragraphs: [
        'In het slaapdagboek van de app vul je in hoe lang en hoe goed je sliep. Heb je een paar weken ingevuld? Dan zie je je slaap naast je pijn.',
        'Dat is een patroon in je eigen gegevens, geen bewijs. Het kan je wel helpen om te zien wat voor jou werkt.',
      ],
    },
    {
      heading: 'Wees mild voor jezelf',
      paragraphs: [
        'Iedereen slaapt weleens slecht. Eén slechte nacht is niet erg. Probeer slapen niet te forceren: dat werkt meestal averechts.',
        'Houd je gewoontes vol, ook na een slechte nacht. Zo helpt je lichaam je vanzelf weer op weg.',
      ],
    },
  ],
  sources: [
    'KNGF-richtlijn Lage rugpijn en lumbosacraal radiculair syndroom (2021)',
    'National Sleep Foundation: aanbevolen slaapduur (Hirshkowitz en anderen, 2015)',
    'NHG-Standaard Slaapproblemen en slaapmiddelen',
  ],
};
