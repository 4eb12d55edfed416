/** 主治医意見書: the layout of the content in lib/forms/templates/opinion-content.ts, in printed order. */
import type { FieldProblem, FormTemplate } from '@/lib/forms/form-layout';
import { measureSpecs } from '@/lib/vitals/vital-measures';
import { opinionContent, type OpinionContent } from './opinion-content';

const yes = (key: 'otherDepartments' | 'bpsd' | 'otherPsychiatric' | 'specialistVisit') => (content: OpinionContent) =>
  content[key] === 'yes';

function checks(content: OpinionContent): FieldProblem[] {
  return content.lastExamOn && content.writtenOn && content.lastExamOn > content.writtenOn
    ? [{ key: 'lastExamOn', message: 'forms.problem.examAfterWriting' }]
    : [];
}

export const opinionTemplate: FormTemplate<OpinionContent> = {
  id: 'physicianOpinion',
  prefix: 'opinionForm',
  content: opinionContent,
  period: (content) => (content.writtenOn ? { start: content.writtenOn, end: content.writtenOn } : null),
  checks,
  sections: [
    {
      id: 'applicant',
      fields: [
        { key: 'writtenOn', required: true },
        { key: 'patientName', required: true },
        { key: 'patientKana' },
        { key: 'sex', required: true },
        { key: 'birthDate', required: true },
        { key: 'patientPostcode' },
        { key: 'patientAddress' },
        { key: 'patientPhone' },
        { key: 'consent', required: true },
      ],
    },
    {
      id: 'doctor',
      fields: [
        { key: 'doctorName', required: true },
        { key: 'clinicName', required: true },
        { key: 'clinicAddress' },
        { key: 'clinicPhone', required: true },
        { key: 'clinicFax' },
        { key: 'lastExamOn', required: true },
        { key: 'opinionCount', required: true },
        { key: 'otherDepartments', choices: 'yesNo', required: true },
        { key: 'departments', when: yes('otherDepartments') },
        { key: 'otherDepartment', when: (content) => content.departments.includes('other') },
      ],
    },
    {
      id: 'disease',
      fields: [
        { key: 'diagnoses', hint: true, required: true },
        { key: 'stability', required: true },
        { key: 'unstableDetail', when: (content) => content.stability === 'unstable' },
        { key: 'treatmentCourse', rows: 5, hint: true },
      ],
    },
    { id: 'special', fields: [{ key: 'specialMedical', hint: true }] },
    {
      id: 'mind',
      fields: [
        { key: 'bedridden', choices: 'bedridden', required: true },
        { key: 'dementia', choices: 'dementia', required: true },
        { key: 'shortTermMemory', required: true },
        { key: 'decisionMaking', required: true },
        { key: 'communication', required: true },
        { key: 'bpsd', choices: 'yesNo', required: true },
        { key: 'bpsdSymptoms', when: yes('bpsd') },
        { key: 'bpsdOther', when: (content) => content.bpsdSymptoms.includes('other') },
        { key: 'otherPsychiatric', choices: 'yesNo' },
        { key: 'otherPsychiatricName', when: yes('otherPsychiatric') },
        { key: 'specialistVisit', choices: 'yesNo', when: yes('otherPsychiatric') },
        { key: 'specialistDetail', when: yes('specialistVisit') },
      ],
    },
    {
      id: 'body',
      fields: [
        { key: 'dominantHand' },
        { key: 'height', range: [50, 250] },
        { key: 'weight', range: measureSpecs.weight.plausible },
        { key: 'weightChange' },
        { key: 'limbLoss' },
        { key: 'limbLossSite', when: (content) => content.limbLoss },
        { key: 'paralysis' },
        { key: 'paralysisRightArm', choices: 'severity', when: (content) => content.paralysis },
        { key: 'paralysisLeftArm', choices: 'severity', when: (content) => content.paralysis },
        { key: 'paralysisRightLeg', choices: 'severity', when: (content) => content.paralysis },
        { key: 'paralysisLeftLeg', choices: 'severity', when: (content) => content.paralysis },
        { key: 'paralysisOtherSite', when: (content) => content.paralysis },
        { key: 'paralysisOther', choices: 'severity', when: (content) => content.paralysis },
        { key: 'muscleWeakness', choices: 'severity' },
        { key: 'contracture', choices: 'severity' },
        { key: 'jointPain', choices: 'severity' },
        { key: 'ataxia' },
        { key: 'ataxiaSites', when: (content) => content.ataxia },
        { key: 'pressureUlcer', choices: 'severity' },
        { key: 'otherSkin', choices: 'severity' },
      ],
    },
    {
      id: 'living',
      fields: [
        { key: 'outdoorWalking', required: true },
        { key: 'wheelchair', required: true },
        { key: 'walkingAids' },
        { key: 'eating', required: true },
        { key: 'nutrition', required: true },
        { key: 'nutritionNotes' },
        { key: 'likelyConditions' },
        { key: 'likelyOther', when: (content) => content.likelyConditions.includes('other') },
        { key: 'conditionPolicy', rows: 2 },
        { key: 'outlook', required: true },
      ],
    },
    {
      id: 'services',
      fields: [
        { key: 'medicalServices', hint: true },
        { key: 'medicalServicesUnderlined', labelsFrom: 'medicalServices', when: (content) => content.medicalServices.length > 0 },
        { key: 'otherMedicalService', when: (content) => content.medicalServices.includes('otherMedical') },
        { key: 'noServiceNotes' },
        { key: 'noteBloodPressure' },
        { key: 'noteEating' },
        { key: 'noteSwallowing' },
        { key: 'noteMobility' },
        { key: 'noteExercise' },
        { key: 'noteOther' },
        { key: 'noCareNotes' },
        { key: 'infection', required: true },
        { key: 'infectionDetail', when: (content) => content.infection === 'yes' },
      ],
    },
    { id: 'notes', fields: [{ key: 'specialNotes', rows: 6, hint: true }] },
  ],
};
