import type { AgreementOverview } from '@pactum/shared';
import { useSyncExternalStore } from 'react';
import type { CollabSession } from '../collab/CollabSession.ts';
import { agreementStoreFor } from './agreementStoreFor.ts';

/** Where every clause stands, live: follows sign-offs, brackets and edits by anyone (throttled). */
export function useAgreement(session: CollabSession): AgreementOverview {
  const store = agreementStoreFor(session);
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
