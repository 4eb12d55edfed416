/**
 * A form as it prints: the official layout of its template on A4, in Japanese whatever the UI
 * language, every answer filled in and no app controls (app/styles/print.css hides the rest of the
 * page). The same sheet is the on-screen view of a finalised form and a draft's print preview.
 */
import type { FormTemplateId } from '@/lib/domain/form-templates';
import { parseFormContent } from '@/lib/forms/templates';
import type { InstructionContent } from '@/lib/forms/templates/instruction';
import type { OpinionContent } from '@/lib/forms/templates/opinion-content';
import type { PlanContent } from '@/lib/forms/templates/plan';
import type { ReportContent } from '@/lib/forms/templates/report';
import { InstructionPrint } from './instruction-print';
import { OpinionPrint } from './opinion-print';
import { PlanPrint } from './plan-print';
import type { PrintMeta } from './print-parts';
import { ReportPrint } from './report-print';

export function PrintSheet({
  template,
  content,
  meta,
}: {
  template: FormTemplateId;
  content: Record<string, unknown>;
  meta: PrintMeta | null;
}) {
  // Every field present (defaults filled), whatever version of the app wrote it.
  const full = parseFormContent(template, content) ?? content;
  switch (template) {
    case 'visitingNursingInstruction':
      return <InstructionPrint content={full as InstructionContent} meta={meta} />;
    case 'visitingNursingPlan':
      return <PlanPrint content={full as PlanContent} meta={meta} />;
    case 'visitingNursingReport':
      return <ReportPrint content={full as ReportContent} meta={meta} />;
    case 'physicianOpinion':
      return <OpinionPrint content={full as OpinionContent} meta={meta} />;
  }
}
