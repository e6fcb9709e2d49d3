import type { RelaxTexts } from '../textTypes';

/** De stappen van de ontspanningsoefeningen, in eenvoudig Nederlands (B1). Eén tekst per stap, in volgorde. */
export const RELAX_TEXTS: RelaxTexts = {
  guides: {
    'guided-breathing': [
      'Ga gemakkelijk zitten of liggen. Sluit je ogen als je dat prettig vindt. Je mag ook zacht naar een punt voor je kijken.',
      'Merk op hoe je nu ademt. Je hoeft niets te veranderen. Kijk alleen: waar voel je je adem het meest?',
      'Leg een hand op je buik. Voel hoe je buik een beetje omhoog komt als je inademt. En hoe hij weer zakt als je uitademt.',
      'Adem rustig in door je neus. Laat de uitademing wat langer duren dan de inademing. Tel bijvoorbeeld tot vier in en tot zes uit. Word je duizelig? Adem dan gewoon verder op je eigen manier.',
      'Laat bij elke uitademing je schouders een beetje zakken. Laat ook je kaak en je handen los.',
      'Ga zo door, in je eigen tempo. Ben je even afgeleid? Dat is normaal. Begin gewoon weer bij de volgende ademhaling.',
      'Laat je ademhaling weer vanzelf gaan. Beweeg je vingers en je tenen. Open je ogen als je klaar bent.',
    ],
    'body-scan': [
      'Ga liggen of zitten op een fijne plek. Laat je lichaam zwaar worden. Adem een paar keer rustig uit.',
      'Breng je aandacht naar je voeten. Wat voel je daar? Warmte, kou, tintelen, of niets. Alles is goed.',
      'Ga verder naar je onderbenen en je knieën. Voel ze, zonder iets te willen veranderen.',
      'Nu je bovenbenen en je billen. Merk op waar ze de stoel, het bed of de grond raken.',
      'Breng je aandacht naar je rug. Voel je pijn of spanning? Dat is goed zo. Je rug is sterk. Adem rustig uit en kijk of de spieren daar wat zachter mogen worden.',
      'Ga verder naar je buik en je borst. Voel hoe ze bewegen als je ademt.',
      'Nu je schouders, je armen en je handen. Laat ze los. Laat ze zwaar worden.',
      'Tot slot je nek en je gezicht. Laat je kaak los. Voel je hele lichaam tegelijk. Kom dan rustig terug en open je ogen.',
    ],
    mindfulness: [
      'Ga rustig zitten, met je voeten op de grond. Voel waar je lichaam de stoel raakt.',
      'Luister naar de geluiden om je heen. Dichtbij en ver weg. Je hoeft er niets mee te doen. Je hoort ze alleen.',
      'Merk op wat je voelt in je lichaam. Warmte, druk, misschien pijn. Kijk er vriendelijk naar, zonder oordeel.',
      'Breng je aandacht naar je adem. Voel de lucht in je neus, of je buik die rustig beweegt.',
      'Dwalen je gedachten af? Dat is normaal. Zeg in jezelf ‘denken’. Ga dan rustig terug naar je adem.',
      'Volg een paar ademhalingen, van begin tot eind. Steeds opnieuw beginnen is precies de oefening.',
      'Rek je even uit als je wilt. Neem deze rust mee in de rest van je dag.',
    ],
  },
};
