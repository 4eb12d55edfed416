import { describe, expect, it } from 'vitest';
import { vitalSigns } from '@/lib/schemas/observation';
import { checkVitals, emptyVitalsInput, outsideNormal, readNumber } from '@/lib/vitals/check-vitals';
import { vitalsSummary } from '@/lib/vitals/vitals-summary';

const input = (fields: Partial<typeof emptyVitalsInput>) => ({ ...emptyVitalsInput, ...fields });

describe('checkVitals', () => {
  it('takes a usual reading as it is, rounded to the precision of each measure', () => {
    const { vitals, errors, warnings } = checkVitals(
      input({ temperature: '36.64', systolic: '124', diastolic: '72', pulse: '74', respiratoryRate: '16', spo2: '97', weight: '47.63' }),
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(vitals).toEqual({
      temperature: 36.6,
      temperatureSite: 'axillary',
      systolic: 124,
      diastolic: 72,
      pulse: 74,
      respiratoryRate: 16,
      spo2: 97,
      oxygen: 'roomAir',
      oxygenFlow: null,
      weight: 47.6,
    });
    expect(vitalSigns.safeParse(vitals).success).toBe(true);
  });

  it('refuses 300/20, naming each range', () => {
    const { vitals, errors } = checkVitals(input({ systolic: '300', diastolic: '20' }));
    expect(vitals).toBeNull();
    expect(errors).toEqual([
      { measure: 'systolic', kind: 'implausible', min: 50, max: 250 },
      { measure: 'diastolic', kind: 'implausible', min: 30, max: 150 },
    ]);
    expect(vitalSigns.safeParse({ ...checkVitals(input({ pulse: '70' })).vitals, systolic: 300, diastolic: 20 }).success).toBe(false);
  });

  it('takes a reading outside the usual range with a warning', () => {
    const { vitals, warnings } = checkVitals(input({ temperature: '38.2', spo2: '91' }));
    expect(vitals?.temperature).toBe(38.2);
    expect(warnings).toEqual([
      { measure: 'temperature', kind: 'high', min: 36, max: 37.4 },
      { measure: 'spo2', kind: 'low', min: 96, max: 100 },
    ]);
  });

  it('wants both blood pressures, the diastolic below, a flow with oxygen, and something measured', () => {
    expect(checkVitals(input({ systolic: '120' })).errors).toEqual([{ measure: 'diastolic', kind: 'pairMissing' }]);
    expect(checkVitals(input({ systolic: '80', diastolic: '90' })).errors).toEqual([{ measure: 'diastolic', kind: 'notBelowSystolic' }]);
    expect(checkVitals(input({ spo2: '93', oxygen: 'oxygen' })).errors).toEqual([{ measure: 'oxygenFlow', kind: 'flowNeeded' }]);
    expect(checkVitals(input({})).errors).toEqual([{ measure: 'temperature', kind: 'nothing' }]);
    expect(checkVitals(input({ pulse: '七十' })).errors).toEqual([{ measure: 'pulse', kind: 'notNumber' }]);
  });

  it('keeps the oxygen flow with an SpO2 taken on oxygen, and drops it on room air', () => {
    expect(checkVitals(input({ spo2: '93', oxygen: 'oxygen', oxygenFlow: '2' })).vitals).toMatchObject({ oxygen: 'oxygen', oxygenFlow: 2 });
    expect(checkVitals(input({ spo2: '97', oxygen: 'roomAir', oxygenFlow: '2' })).vitals).toMatchObject({
      oxygen: 'roomAir',
      oxygenFlow: null,
    });
  });
});

describe('readNumber and outsideNormal', () => {
  it('reads full-width digits and a decimal comma', () => {
    expect(readNumber('３６．５')).toBe(36.5);
    expect(readNumber('36,5')).toBe(36.5);
    expect(readNumber(' ')).toBeNull();
    expect(readNumber('abc')).toBe('invalid');
  });
  it('says where a value stands against the usual range', () => {
    expect(outsideNormal('pulse', 110)).toBe('high');
    expect(outsideNormal('pulse', 70)).toBeNull();
    expect(outsideNormal('weight', 120)).toBeNull();
  });
});

describe('vitalsSummary', () => {
  it('writes a reading as charting abbreviations', () => {
    const { vitals } = checkVitals(
      input({
        temperature: '36.6',
        systolic: '124',
        diastolic: '72',
        pulse: '74',
        spo2: '93',
        oxygen: 'oxygen',
        oxygenFlow: '2',
        weight: '47.6',
      }),
    );
    expect(vitalsSummary(vitals!)).toBe('BT 36.6℃ BP 124/72 P 74 SpO2 93%（O2 2L/分） 体重 47.6kg');
  });
});
