import { type TreatyDraft, treatyFile, treatyFromYDoc, writeTreatyToYDoc } from '@pactum/shared';
import * as Y from 'yjs';
import { operatorHeaders } from './access.ts';
import type { RunningServer } from './startServer.ts';

const OBLIGATIONS = [
  'Each Party shall designate a national point of contact, available at all times, for the exchange of information under this Article.',
  'Information received under this Article shall be used only for the purposes of this Agreement and shall not be transmitted to a third party without the prior written consent of the Party that provided it.',
  'The Parties shall hold consultations at the request of either of them on any matter concerning the implementation of this Article.',
];

/**
 * A short treaty in English and Ukrainian. Article 2 is far longer in English
 * than in Ukrainian, so in parallel columns its English runs over more than
 * one page while its Ukrainian ends early.
 */
export const BILINGUAL_DRAFT: TreatyDraft = {
  languages: ['en', 'uk'],
  title: 'Agreement on Cooperation in Cyber Defence',
  preamble: ['The Parties to this Agreement,', 'Recognising the need to protect critical infrastructure,'],
  parties: [
    { code: 'UA', name: 'Ukraine' },
    { code: 'FR', name: 'France' },
  ],
  clauses: [
    {
      heading: 'Purpose',
      paragraphs: [
        'The Parties shall cooperate in preventing cyber attacks against critical infrastructure.',
      ],
    },
    {
      heading: 'Exchange of information',
      paragraphs: [
        'Each Party shall inform the other Party of any significant cyber incident within 24 hours.',
        ...Array.from({ length: 8 }, () => OBLIGATIONS).flat(),
      ],
    },
    {
      heading: 'Entry into force',
      paragraphs: [
        'This Agreement shall enter into force on the date of receipt of the last written notification of the completion of the internal procedures.',
      ],
    },
  ],
  translations: {
    uk: {
      title: 'Угода про співробітництво у сфері кібероборони',
      preamble: ['Сторони цієї Угоди,', 'визнаючи необхідність захисту критичної інфраструктури,'],
      clauses: [
        {
          heading: 'Мета',
          paragraphs: [
            'Сторони співробітничають у запобіганні кібератакам на об’єкти критичної інфраструктури.',
          ],
        },
        {
          heading: 'Обмін інформацією',
          paragraphs: [
            'Кожна Сторона повідомляє іншу Сторону про будь-який значний кіберінцидент протягом 24 годин.',
          ],
        },
        {
          heading: 'Набрання чинності',
          paragraphs: [
            'Ця Угода набирає чинності з дати отримання останнього письмового повідомлення про виконання внутрішньодержавних процедур.',
          ],
        },
      ],
    },
  },
};

/** Imports {@link BILINGUAL_DRAFT} through the REST import as a new treaty (the operator chairs it); returns its id. */
export async function importBilingualTreaty(
  server: Pick<RunningServer, 'url' | 'adminToken'>,
): Promise<string> {
  const doc = new Y.Doc();
  writeTreatyToYDoc(doc, BILINGUAL_DRAFT);
  const file = treatyFile(treatyFromYDoc(doc), [], new Date().toISOString());
  doc.destroy();
  const response = await fetch(`${server.url}/api/imports`, {
    method: 'POST',
    headers: { ...operatorHeaders(server), 'content-type': 'application/json' },
    body: JSON.stringify(file),
  });
  if (response.status !== 201) throw new Error(`import → ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
