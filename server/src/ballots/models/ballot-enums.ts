import { registerEnumType } from '@nestjs/graphql';
import { BallotEligibility, BallotMethod, BallotOptionSource, BallotResultsVisibility } from '@ratusz/shared';

registerEnumType(BallotMethod, {
  name: 'BallotMethod',
  description: 'APPROVAL: choose up to k; POINTS: distribute N points, at most m per option; RANKED: rank up to k.',
});
registerEnumType(BallotOptionSource, {
  name: 'BallotOptionSource',
  description: 'Where the options come from: the 8 service areas, or the accepted proposals.',
});
registerEnumType(BallotResultsVisibility, {
  name: 'BallotResultsVisibility',
  description: 'AFTER_CLOSE: nobody sees results before voting closes, not even administrators; LIVE: always shown.',
});
registerEnumType(BallotEligibility, {
  name: 'BallotEligibility',
  description:
    "RESIDENTS: the home municipality is the consultation's or lies inside it (gminas of a powiat, districts of a " +
    'city, any depth); ANY_REGISTERED: every registered user.',
});

export { BallotEligibility, BallotMethod, BallotOptionSource, BallotResultsVisibility };
