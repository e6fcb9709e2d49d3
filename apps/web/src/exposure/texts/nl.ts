import type { MovementId } from '@veerkracht/core';

/** Wat elke beweging is, in gewone woorden (B1). Los geladen, zodat de eerste pagina klein blijft. */
export const MOVEMENT_TEXT: Record<MovementId, string> = {
  bend_pick_up:
    'Je buigt voorover of door je knieën en pakt iets van de grond, zoals een sok of speelgoed. Daarna kom je weer rechtop.',
  tie_shoes: 'Je zit op een stoel en buigt voorover om je veters te strikken.',
  lean_over_sink:
    'Je staat bij de wastafel en leunt voorover, bijvoorbeeld om je tanden te poetsen of je gezicht te wassen.',
  twist_look_back:
    'Je draait je bovenlichaam om achter je te kijken, zoals bij achteruit inparkeren of als iemand je roept.',
  reach_up: 'Je strekt je arm omhoog om iets van een hoge plank te pakken of er iets op te zetten.',
  lift_crate: 'Je tilt een krat met flessen van de grond en zet hem ergens anders neer.',
  carry_shopping: 'Je draagt twee volle boodschappentassen, van de winkel of de auto naar huis.',
  vacuum: 'Je zuigt een kamer. Je duwt en trekt de stofzuiger en buigt af en toe voorover.',
  make_bed: 'Je maakt het bed op. Je buigt voorover over het bed en stopt het laken in.',
  sit_long: 'Je zit een uur op een stoel, bijvoorbeeld bij een film of op een verjaardag.',
  stand_long: 'Je staat een tijd stil, bijvoorbeeld in de rij bij de kassa of bij het koken.',
  floor_up_down: 'Je gaat op de grond zitten, bijvoorbeeld om met een kind te spelen. Daarna sta je weer op.',
  weeding: 'Je zit op je knieën in de tuin en buigt voorover om onkruid weg te halen.',
  run_short: 'Je rent een klein stukje, bijvoorbeeld naar de bus of achter een kind aan.',
};
