import type { Threshold } from '@pactum/shared';
import { describe, expect, it } from 'vitest';
import { thresholdBadgeText, thresholdDescription } from './thresholdText.ts';

const threshold: Threshold = {
  trigger: 'armed-attack',
  minSeverity: 3,
  verifier: { kind: 'joint-monitoring-mission', name: '' },
  activation: 'automatic',
  consultationHours: 12,
  assistanceHours: 24,
};

describe('threshold text', () => {
  it('puts trigger, activation and assistance deadline on the badge', () => {
    expect(thresholdBadgeText(threshold)).toBe('armed attack · auto · 24 h');
    expect(thresholdBadgeText({ ...threshold, activation: 'discretionary', assistanceHours: null })).toBe(
      'armed attack · discretionary · no deadline',
    );
  });

  it('describes every field in the tooltip', () => {
    expect(thresholdDescription(threshold)).toBe(
      'Trigger: Armed attack on territory, severity 3 or more (Sustained attack); verified by Joint monitoring mission; activation: automatic; consultations: within 12 h; assistance: within 24 h',
    );
  });
});
