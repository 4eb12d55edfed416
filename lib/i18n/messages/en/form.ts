/** What every form says about its fields: required, optional, and what is wrong. */
import type { Messages } from '../../catalogue';
import type { jaForm } from '../ja/form';

export const enForm: Messages<typeof jaForm> = {
  'form.requiredMark': '(required)',
  'form.optionalMark': '(optional)',
  'form.required': 'Please fill this in.',
  'form.choose': 'Please choose one.',
  'form.tooLong': 'Use at most {max} characters.',
  'form.invalidDate': 'Enter a valid date.',
  'form.invalid': 'Please check this entry.',
  'form.problems': 'Fields to correct: {count}. They are marked in red.',
};
