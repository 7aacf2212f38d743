import type { CollabSession } from '../collab/CollabSession.ts';
import { AgreementStore } from './AgreementStore.ts';

const stores = new WeakMap<CollabSession, AgreementStore>();

/** The one agreement store of an open treaty, shared by the panel, the views and the editor. */
export function agreementStoreFor(session: CollabSession): AgreementStore {
  let store = stores.get(session);
  if (!store) {
    store = new AgreementStore(session.doc, session.tags.getSnapshot);
    stores.set(session, store);
  }
  return store;
}
