import {
  AgreementRoot,
  buildCompareExport,
  buildExport,
  DEFAULT_DOMAINS,
  type ExportDocument,
  type ExportSource,
  readAgreement,
  TREATY_FILE_FORMAT,
  TREATY_FRAGMENT,
  type TreatyFile,
  treatyFromYDoc,
  writeTreatyFileToYDoc,
} from '@pactum/shared';
import * as Y from 'yjs';

/** Clause text that must stay text in every format. */
export const HOSTILE = {
  markup: '</p><script>alert(1)</script>',
  cdataEnd: 'ends ]]> here',
  entity: 'Fish &amp; chips',
  control: 'before\u0000NUL\u0007BEL\u001Fafter',
  pdfOperators: 'BT /F1 12 Tf (x) Tj ET',
  cyrillic: 'Україна гарантує',
  unbroken: 'Щ'.repeat(2500) + 'x'.repeat(2500),
} as const;

const text = (value: string, marks: string[] = []) => ({
  type: 'text',
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((type) => ({ type })) } : {}),
});
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });
const list = (type: 'orderedList' | 'bulletList', ...items: object[][]) => ({
  type,
  content: items.map((content) => ({ type: 'listItem', content })),
});

const actor = { memberId: 'm-1', name: 'Delegate', delegation: 'FR' };
const at = '2026-11-30T09:00:00.000Z';

/** A three-article treaty: a definitions clause with lists and formatting, a hostile one, a bracketed one with tags. */
export function fixtureTreatyFile(): TreatyFile {
  return {
    format: TREATY_FILE_FORMAT,
    formatVersion: 1,
    treaty: {
      title: 'Framework <Agreement> & "Guarantees"',
      preamble: 'The Parties to this Agreement,\nHave agreed as follows:',
      parties: [
        { code: 'UA', name: 'Ukraine' },
        { code: 'FR', name: 'France' },
        { code: 'UK', name: 'United Kingdom' },
      ],
      domains: DEFAULT_DOMAINS.map(({ key, label, color }) => ({ key, label, color })),
      clauses: [
        {
          clauseId: 'c-definitions',
          heading: 'Definitions',
          body: [
            paragraph(text('For the purposes of '), text('this Agreement', ['bold']), text(':')),
            list(
              'orderedList',
              [paragraph(text('“Armed attack” means '), text('any', ['italic']), text(' use of force;'))],
              [
                paragraph(text('“Supporting State” means a Party other than Ukraine;')),
                list('orderedList', [paragraph(text('first nested'))], [paragraph(text('second nested'))]),
              ],
            ),
            list('bulletList', [paragraph(text('a bullet'))]),
            paragraph(text('line one'), { type: 'hardBreak' }, text('line two', ['bold', 'italic'])),
          ],
          domains: [],
          threshold: null,
          commitments: [],
        },
        {
          clauseId: 'c-hostile',
          heading: `Heading ${HOSTILE.markup}`,
          body: Object.values(HOSTILE).map((value) => paragraph(text(value))),
          domains: [],
          threshold: null,
          commitments: [],
        },
        {
          clauseId: 'c-activation',
          heading: 'Activation',
          body: [paragraph(text('The Supporting States shall provide assistance within 72 hours.'))],
          domains: ['military-assistance', 'intelligence'],
          threshold: {
            trigger: 'armed-attack',
            minSeverity: 3,
            verifier: { kind: 'joint-monitoring-mission', name: 'Joint Monitoring Mission' },
            activation: 'automatic',
            consultationHours: 24,
            assistanceHours: 72,
          },
          commitments: [
            { id: 'm-fr0001', party: 'FR', domain: 'military-assistance', capability: 'Brigade' },
          ],
        },
      ],
    },
  };
}

/** The fixture as a Y.Doc, with a bracket, an option and a reservation on the activation clause. */
export function fixtureDoc(): Y.Doc {
  const doc = new Y.Doc();
  writeTreatyFileToYDoc(doc, fixtureTreatyFile());
  const clauseId = 'c-activation';
  doc.getMap(AgreementRoot.brackets).set(`${clauseId}/FR`, { clauseId, delegation: 'FR', by: actor, at });
  doc.getMap(AgreementRoot.options).set('o-1', {
    id: 'o-1',
    clauseId,
    label: 'A',
    paragraphs: ['Assistance shall be provided <within> 48 hours.'],
    proposedBy: actor,
    at,
    supporters: ['UK'],
  });
  doc.getMap(AgreementRoot.reservations).set('r-1', {
    id: 'r-1',
    clauseId,
    delegation: 'PL',
    by: { ...actor, delegation: 'PL' },
    at,
    text: 'Subject to </opinion> ratification.',
  });
  return doc;
}

function source(doc: Y.Doc, versionId: string): ExportSource {
  return {
    treaty: treatyFromYDoc(doc),
    records: readAgreement(doc),
    versionId,
    versionName: 'Paris draft 3',
  };
}

export function fixtureExport(scope: 'agreed' | 'full' = 'full'): ExportDocument {
  return buildExport(scope, source(fixtureDoc(), 'v-1'), at);
}

/** A compare of the fixture with a later state of it: the hostile clause gone, words added to the activation clause. */
export function fixtureCompare(): ExportDocument {
  const older = fixtureDoc();
  const newer = fixtureDoc();
  const fragment = newer.getXmlFragment(TREATY_FRAGMENT);
  // Children: title, preamble, then the clauses; index 3 is the hostile one, after it the activation clause.
  fragment.delete(3, 1);
  const activation = fragment.get(3) as Y.XmlElement;
  const body = (activation.get(0) as Y.XmlElement).get(1) as Y.XmlElement; // its English text's body
  const firstParagraph = body.get(0) as Y.XmlElement;
  (firstParagraph.get(0) as Y.XmlText).insert(0, 'Promptly, ');
  return buildCompareExport(source(older, 'v-1'), source(newer, 'live'), at);
}
