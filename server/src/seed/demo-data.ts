import type { MunicipalityKind, NetworkKind, ServiceAreaCode } from '@ratusz/shared';
import { plDemo } from './pl-demo.js';

/** The parts of the shared demo fixture the product loads; the JSON is a copy, so the product does not depend on ../shared. */
export interface DemoData {
  serviceAreas: readonly { code: ServiceAreaCode; pl: string; en: string }[];
  municipalities: readonly {
    slug: string;
    name: string;
    kind: MunicipalityKind;
    districts?: readonly string[];
    gminas?: readonly { name: string; kind: MunicipalityKind }[];
  }[];
  networks: readonly { name: string; kind: NetworkKind; serviceArea?: ServiceAreaCode; note?: string }[];
  forumCategories: readonly { slug: string; name: string; description: string }[];
}

export const demoData: DemoData = plDemo;

/** Shared by all demo accounts; meets the password policy and is printed in the start log and README. */
export const DEMO_PASSWORD = 'Ratusz-demo-2026';

export const DEMO_ACCOUNTS = [
  { email: 'admin@ratusz.example', displayName: 'Administrator Ratusza', admin: true },
  {
    email: 'urzednik@ratusz.example',
    displayName: 'Anna Urzędniczka',
    grants: [{ municipality: 'powiat-wolominski', role: 'OFFICIAL' }],
  },
  {
    email: 'moderator@ratusz.example',
    displayName: 'Marek Moderator',
    grants: [{ municipality: 'powiat-wolominski', role: 'MODERATOR' }],
  },
  { email: 'mieszkanka@ratusz.example', displayName: 'Zofia Mieszkanka', home: 'zabki' },
  { email: 'ngo@ratusz.example', displayName: 'Fundacja Dialog', home: 'powiat-gorlicki' },
] as const satisfies readonly {
  email: string;
  displayName: string;
  admin?: boolean;
  home?: string;
  grants?: readonly { municipality: string; role: 'OFFICIAL' | 'MODERATOR' }[];
}[];
