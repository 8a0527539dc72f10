import { type Instrument, RD_CPV_CODES } from '#shared/kernel/vocabulary.ts';

const PIANOO = 'https://www.pianoo.nl';

/**
 * Each instrument's procedure: what it is called, its legal basis, the eForms procedure type
 * (BT-105) and the PIANOo guidance a procurement officer should read (paths from domain.md).
 */
export const PROCEDURES: Record<
  Instrument,
  {
    name: string;
    legalBasis: string;
    eformsProcedureType: string;
    ocdsProcurementMethod: 'open' | 'selective';
    guidance: { title: string; url: string }[];
  }
> = {
  sbir: {
    name: 'SBIR – precommerciële inkoop van O&O-diensten',
    // Every R&D code the marketplace accepts (RD_CPV_CODES), as art. 14 lists them.
    legalBasis: `Aanbestedingswet 2012 art. 2.24 sub g (uitzondering O&O-diensten; Richtlijn 2014/24/EU art. 14, CPV ${Object.keys(RD_CPV_CODES).join(', ')})`,
    // Outside the directive's procedures: a multi-stage competition of its own.
    eformsProcedureType: 'oth-mult',
    ocdsProcurementMethod: 'open',
    guidance: [
      {
        title: 'Verschil precommercieel inkopen en innovatiesubsidies',
        url: `${PIANOO}/nl/themas/innovatiegericht-inkopen/aan-slag-met-innovatiegericht-inkopen/verschil-precommercieel-inkopen-innovatiesubsidies`,
      },
      {
        title: 'Innovatiecompetitie tegen geluidshinder langs provinciale weg (gezamenlijke SBIR)',
        url: `${PIANOO}/nl/innovatiecompetitie-tegen-geluidshinder-langs-provinciale-weg`,
      },
    ],
  },
  'innovation-partnership': {
    name: 'Innovatiepartnerschap',
    legalBasis: 'Aanbestedingswet 2012 art. 2.31a–2.31b (Richtlijn 2014/24/EU art. 31)',
    eformsProcedureType: 'innovation',
    ocdsProcurementMethod: 'selective',
    guidance: [
      { title: 'Stappenplan innovatiepartnerschap', url: `${PIANOO}/nl/stappenplan-innovatiepartnerschap` },
      {
        title: 'Europese specifieke procedures',
        url: `${PIANOO}/nl/inkoopproces/fase-1-voorbereiden/mogelijke-procedures/europese-specifieke-procedures`,
      },
    ],
  },
};
