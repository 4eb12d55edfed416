/**
 * The printed forms, rendered as the print view renders them: each prints the patient, the birth
 * date in 和暦 with the age, and the foot of the form (the statement with its date, the sender, the
 * signer with 印, the addressee with 殿) from the form's own content.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { PrintSheet } from '@/app/(signed-in)/patient/form/_components/print/print-sheet';
import type { FormTemplateId } from '@/lib/domain/form-templates';
import { emptyFormContent } from '@/lib/forms/templates';

const patient = { patientName: '山田 花子', patientKana: 'ヤマダ ハナコ', birthDate: '1942-04-03' };

function printed(template: FormTemplateId, content: Record<string, unknown>): string {
  const html = renderToStaticMarkup(
    createElement(PrintSheet, { template, content: { ...emptyFormContent(template), ...patient, ...content }, meta: null }),
  );
  return html.replace(/<[^>]+>/g, ' ').replace(/[ \t\n]+/g, ' ');
}

describe('printed forms', () => {
  test('訪問看護指示書: the clinic and the doctor sign, the station is addressed', () => {
    const text = printed('visitingNursingInstruction', {
      issuedOn: '2026-11-20',
      clinicName: 'みどり在宅クリニック',
      clinicAddress: '東京都杉並区1-2-3',
      clinicPhone: '03-0000-0000',
      clinicFax: '03-0000-0001',
      doctorName: '青木 誠',
      addressee: 'みどり訪問看護ステーション',
    });
    expect(text).toContain('山田 花子 様');
    expect(text).toContain('昭和17年4月3日');
    expect(text).toContain('上記のとおり、指示いたします。\u3000 令和8年11月20日');
    expect(text).toMatch(/医療機関名 みどり在宅クリニック .*住所 東京都杉並区1-2-3 .*電話 03-0000-0000 .*（FAX） 03-0000-0001/);
    expect(text).toMatch(/医師氏名 青木 誠\u3000印/);
    expect(text).toContain('みどり訪問看護ステーション\u3000殿');
  });

  test('訪問看護計画書 and 報告書: the station and its manager sign, the doctor is addressed', () => {
    const signed = { stationName: 'みどり訪問看護ステーション', managerName: '佐々木 由美', addressee: '青木 誠' };
    const plan = printed('visitingNursingPlan', { ...signed, createdOn: '2026-11-01' });
    expect(plan).toContain('ヤマダ ハナコ');
    expect(plan).toContain('山田 花子 様');
    expect(plan).toMatch(/令和8年11月1日 .*みどり訪問看護ステーション .*佐々木 由美\u3000印 .*青木 誠\u3000殿/);
    const report = printed('visitingNursingReport', { ...signed, reportedOn: '2026-11-30' });
    expect(report).toContain('山田 花子 様');
    expect(report).not.toContain('ヤマダ ハナコ');
    expect(report).toMatch(/令和8年11月30日 .*みどり訪問看護ステーション .*佐々木 由美\u3000印 .*青木 誠\u3000殿/);
  });
});
