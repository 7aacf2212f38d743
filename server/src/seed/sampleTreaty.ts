import type { TreatyDraft } from '@pactum/shared';

/** The treaty a newcomer finds on first start: a realistic security-guarantee framework. */
export const sampleTreaty: TreatyDraft = {
  title: 'Framework Agreement on Security Guarantees for Ukraine',
  preamble: [
    'The Parties to this Agreement,',
    'Reaffirming their commitment to the sovereignty, independence and territorial integrity of Ukraine within its internationally recognised borders;',
    'Recalling the Charter of the United Nations, and in particular the inherent right of individual or collective self-defence recognised in Article 51;',
    'Determined that any cessation of hostilities be backed by commitments that are binding, enforceable and activated by defined conditions rather than by political discretion;',
    'Have agreed as follows:',
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
      paragraphs: [
        'The purpose of this Agreement is to deter renewed aggression against Ukraine by binding the Supporting States to provide assistance across the domains set out in this Agreement, activated when the thresholds defined herein are met.',
      ],
    },
    {
      heading: 'Military assistance',
      paragraphs: [
        'The Supporting States shall maintain pre-positioned equipment, rapid reinforcement plans and a programme of joint training designed to keep the armed forces of Ukraine interoperable with their own.',
        'Each Supporting State shall notify the other Parties annually of the capabilities it holds available under this Article.',
      ],
    },
    {
      heading: 'Air and missile defence',
      paragraphs: [
        'The Supporting States shall contribute to an integrated air and missile defence of Ukraine, including interceptors, sensors and the sustainment of systems already delivered.',
      ],
    },
    {
      heading: 'Intelligence and early warning',
      paragraphs: [
        'The Parties shall establish a shared early-warning system and secure channels for the exchange of intelligence relevant to the detection of preparations for a renewed offensive.',
        'A Joint Monitoring Mission composed of representatives of the Parties shall observe compliance with any ceasefire and report to all Parties within 12 hours of any incident.',
      ],
    },
    {
      heading: 'Verification of events',
      paragraphs: [
        'An armed attack, a massing of forces or a ceasefire violation is verified when the Joint Monitoring Mission or the early-warning centre so reports to the Parties. Verification shall not be withheld for political reasons.',
      ],
    },
    {
      heading: 'Activation on armed attack',
      paragraphs: [
        'In the event of a verified armed attack against Ukraine, the Supporting States shall hold consultations within 24 hours and shall begin to provide the assistance committed under Articles 3 to 9 within 72 hours.',
        'Assistance under this Article shall be provided automatically upon verification and shall not be conditional on a further decision of any Party.',
      ],
    },
    {
      heading: 'Logistics',
      paragraphs: [
        'The Supporting States shall secure supply chains, maintenance capacity and strategic lift sufficient to sustain the assistance committed under this Agreement for not less than 180 days.',
      ],
    },
    {
      heading: 'Defence industry',
      paragraphs: [
        'The Parties shall cooperate in the production of ammunition and equipment, including joint production in Ukraine, and shall give priority to orders placed under this Agreement.',
      ],
    },
    {
      heading: 'Economic resilience and reconstruction',
      paragraphs: [
        'The Parties shall support investment confidence and the reconstruction of Ukraine, including by instruments that insure investments against the risk of renewed aggression.',
      ],
    },
    {
      heading: 'Consultation',
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
