import type { TreatyDraft } from '@pactum/shared';
import { sampleTreatyUkrainian } from './sampleTreatyUkrainian.ts';

/** The treaty a newcomer finds on first start: a realistic security-guarantee framework, in English and Ukrainian. */
export const sampleTreaty: TreatyDraft = {
  languages: ['en', 'uk'],
  translations: { uk: sampleTreatyUkrainian },
  title: 'Framework Agreement on Security Guarantees for Ukraine',
  preamble: [
    'The Parties to this Agreement,',
    'Reaffirming their commitment to the sovereignty, independence and territorial integrity of Ukraine within its internationally recognised borders;',
    'Recalling the Charter of the United Nations, and in particular the inherent right of individual or collective self-defence recognised in Article 51;',
    'Determined that any cessation of hostilities be backed by commitments that are binding, enforceable and activated by defined conditions rather than by political discretion;',
    'Have agreed as follows:',
  ],
  parties: [
    { code: 'UA', name: 'Ukraine' },
    { code: 'FR', name: 'France' },
    { code: 'UK', name: 'United Kingdom' },
    { code: 'DE', name: 'Germany' },
    { code: 'PL', name: 'Poland' },
    { code: 'NL', name: 'Netherlands' },
    { code: 'CA', name: 'Canada' },
  ],
  clauses: [
    {
      heading: 'Definitions',
      paragraphs: [
        'For the purposes of this Agreement:',
        [
          '“Armed attack” means any use of armed force by a State against the territory, armed forces or critical infrastructure of Ukraine, including missile, drone and air strikes;',
          '“Supporting State” means a Party other than Ukraine;',
          '“Joint Monitoring Mission” means the mission established under Article 5;',
          '“Hours” are counted from the verification of an event under Article 6.',
        ],
      ],
    },
    {
      heading: 'Purpose',
      domains: ['political-consultation'],
      paragraphs: [
        'The purpose of this Agreement is to deter renewed aggression against Ukraine by binding the Supporting States to provide assistance across the domains set out in this Agreement, activated when the thresholds defined herein are met.',
      ],
    },
    {
      heading: 'Military assistance',
      domains: ['military-assistance'],
      threshold: {
        trigger: 'armed-attack',
        minSeverity: 3,
        verifier: { kind: 'joint-monitoring-mission', name: 'Joint Monitoring Mission' },
        activation: 'automatic',
        consultationHours: 24,
        assistanceHours: 72,
      },
      commitments: [
        {
          party: 'FR',
          domain: 'military-assistance',
          capability: 'Rapid reinforcement brigade',
          quantity: 1,
          unit: 'brigade',
        },
        {
          party: 'UK',
          domain: 'military-assistance',
          capability: 'Pre-positioned armoured equipment',
          quantity: 40,
          unit: 'vehicles',
        },
        {
          party: 'DE',
          domain: 'military-assistance',
          capability: 'Joint training of battalions per year',
          quantity: 6,
          unit: 'battalions',
        },
        { party: 'PL', domain: 'military-assistance', capability: 'Staging area and host-nation support' },
      ],
      paragraphs: [
        'The Supporting States shall maintain pre-positioned equipment, rapid reinforcement plans and a programme of joint training designed to keep the armed forces of Ukraine interoperable with their own.',
        'Each Supporting State shall notify the other Parties annually of the capabilities it holds available under this Article.',
      ],
    },
    {
      heading: 'Air and missile defence',
      domains: ['air-missile-defence'],
      threshold: {
        trigger: 'missile-air-strike',
        minSeverity: 2,
        verifier: { kind: 'early-warning-centre', name: 'Joint early-warning centre' },
        activation: 'automatic',
        consultationHours: 6,
        assistanceHours: 24,
      },
      commitments: [
        {
          party: 'DE',
          domain: 'air-missile-defence',
          capability: 'Medium-range air defence systems',
          quantity: 2,
          unit: 'batteries',
        },
        {
          party: 'NL',
          domain: 'air-missile-defence',
          capability: 'Interceptor missiles',
          quantity: 200,
          unit: 'missiles',
        },
        { party: 'FR', domain: 'air-missile-defence', capability: 'Sustainment of delivered systems' },
      ],
      paragraphs: [
        'The Supporting States shall contribute to an integrated air and missile defence of Ukraine, including interceptors, sensors and the sustainment of systems already delivered.',
      ],
    },
    {
      heading: 'Intelligence and early warning',
      domains: ['intelligence', 'cyber', 'political-consultation'],
      threshold: {
        trigger: 'massing-of-forces',
        minSeverity: 1,
        verifier: { kind: 'early-warning-centre', name: 'Joint early-warning centre' },
        activation: 'automatic',
        consultationHours: 12,
        assistanceHours: 24,
      },
      commitments: [
        { party: 'UK', domain: 'intelligence', capability: 'Satellite imagery and analysis' },
        { party: 'CA', domain: 'intelligence', capability: 'Secure communications channels' },
        {
          party: 'UA',
          domain: 'intelligence',
          capability: 'Front-line reporting to the early-warning centre',
        },
      ],
      paragraphs: [
        'The Parties shall establish a shared early-warning system and secure channels for the exchange of intelligence relevant to the detection of preparations for a renewed offensive.',
        'A Joint Monitoring Mission composed of representatives of the Parties shall observe compliance with any ceasefire and report to all Parties within 12 hours of any incident.',
      ],
    },
    {
      heading: 'Verification of events',
      domains: ['political-consultation'],
      paragraphs: [
        'An armed attack, a massing of forces or a ceasefire violation is verified when the Joint Monitoring Mission or the early-warning centre so reports to the Parties. Verification shall not be withheld for political reasons.',
      ],
    },
    {
      heading: 'Activation on armed attack',
      domains: ['military-assistance', 'political-consultation'],
      threshold: {
        trigger: 'armed-attack',
        minSeverity: 2,
        verifier: { kind: 'joint-monitoring-mission', name: 'Joint Monitoring Mission' },
        activation: 'automatic-after-consultation',
        consultationHours: 24,
        assistanceHours: 72,
      },
      commitments: [
        {
          party: 'FR',
          domain: 'political-consultation',
          capability: 'Convene consultations at ministerial level',
        },
        {
          party: 'UK',
          domain: 'political-consultation',
          capability: 'Convene consultations at ministerial level',
        },
      ],
      paragraphs: [
        'In the event of a verified armed attack against Ukraine, the Supporting States shall hold consultations within 24 hours and shall begin to provide the assistance committed under Articles 3 to 9 within 72 hours.',
        'Assistance under this Article shall be provided automatically upon verification and shall not be conditional on a further decision of any Party.',
      ],
    },
    {
      heading: 'Logistics',
      domains: ['logistics'],
      threshold: {
        trigger: 'armed-attack',
        minSeverity: 3,
        verifier: { kind: 'any-party', name: '' },
        activation: 'automatic-after-consultation',
        consultationHours: 48,
        assistanceHours: null,
      },
      commitments: [
        { party: 'PL', domain: 'logistics', capability: 'Rail and road corridor for deliveries' },
        {
          party: 'NL',
          domain: 'logistics',
          capability: 'Strategic airlift',
          quantity: 4,
          unit: 'flights per week',
        },
      ],
      paragraphs: [
        'The Supporting States shall secure supply chains, maintenance capacity and strategic lift sufficient to sustain the assistance committed under this Agreement for not less than 180 days.',
      ],
    },
    {
      heading: 'Defence industry',
      domains: ['defence-industry'],
      threshold: {
        trigger: 'armed-attack',
        minSeverity: 4,
        verifier: { kind: 'any-party', name: '' },
        activation: 'discretionary',
        consultationHours: null,
        assistanceHours: null,
      },
      commitments: [
        {
          party: 'DE',
          domain: 'defence-industry',
          capability: '155 mm artillery shells per year',
          quantity: 250000,
          unit: 'shells',
        },
        { party: 'UA', domain: 'defence-industry', capability: 'Joint production sites' },
      ],
      paragraphs: [
        'The Parties shall cooperate in the production of ammunition and equipment, including joint production in Ukraine, and shall give priority to orders placed under this Agreement.',
      ],
    },
    {
      heading: 'Economic resilience and reconstruction',
      domains: ['economic-reconstruction'],
      paragraphs: [
        'The Parties shall support investment confidence and the reconstruction of Ukraine, including by instruments that insure investments against the risk of renewed aggression.',
      ],
    },
    {
      heading: 'Consultation',
      domains: ['political-consultation'],
      threshold: {
        trigger: 'ceasefire-violation',
        minSeverity: 1,
        verifier: { kind: 'joint-monitoring-mission', name: 'Joint Monitoring Mission' },
        activation: 'automatic-after-consultation',
        consultationHours: 48,
        assistanceHours: null,
      },
      paragraphs: [
        'Any Party may request consultations on any matter arising under this Agreement. Consultations shall begin within 48 hours of a request and shall be chaired by the depositary.',
      ],
    },
    {
      heading: 'Duration and final provisions',
      paragraphs: [
        'This Agreement shall enter into force on the thirtieth day after the deposit of the instruments of ratification of Ukraine and of at least three Supporting States, and shall remain in force for ten years, renewable by tacit agreement.',
        'Done in the English and Ukrainian languages, both texts being equally authentic.',
      ],
    },
  ],
};
