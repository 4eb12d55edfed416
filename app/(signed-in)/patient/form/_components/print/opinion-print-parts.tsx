/** What both pages of the printed 主治医意見書 use: its labels, and a field's choices boxed. */
import { yesNo } from '@/lib/forms/choices';
import type { OpinionContent } from '@/lib/forms/templates/opinion-content';
import { Boxes, ja, labelsOf } from './print-parts';

const { option } = labelsOf('opinionForm');
export const opinionLabels = labelsOf('opinionForm');
const some = (value: string) => ja(value === 'yes' ? 'formPrint.some' : 'formPrint.none');

/** The choices of one field, boxed. */
export function OpinionBoxes({ field, content }: { field: keyof OpinionContent; content: OpinionContent }) {
  const options: Record<string, readonly string[]> = {
    sex: ['male', 'female'],
    consent: ['agree', 'disagree'],
    opinionCount: ['first', 'repeat'],
    stability: ['stable', 'unstable', 'unknown'],
    shortTermMemory: ['ok', 'problem'],
    decisionMaking: ['independent', 'someDifficulty', 'needsSupervision', 'unable'],
    communication: ['able', 'someDifficulty', 'specificOnly', 'unable'],
  };
  const known = options[field] ?? [...yesNo].reverse();
  return <Boxes options={known} chosen={content[field]} labelOf={options[field] ? option(field) : some} />;
}
