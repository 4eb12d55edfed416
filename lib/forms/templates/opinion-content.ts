/**
 * 主治医意見書 (介護保険; 平成21年 layout as revised 令和3年4月1日): the content, FORMS.md §3. Each
 * choice list is the printed one; option codes follow the printed order.
 */
import { z } from 'zod';
import { amount, choice, choices, date, flag, rows, text } from '@/lib/forms/content-fields';
import { bedriddenLevelsWithIndependent, dementiaLevelsWithIndependent, severities, yesNo } from '@/lib/forms/choices';

export const departments = [
  'internal',
  'psychiatry',
  'surgery',
  'orthopaedics',
  'neurosurgery',
  'dermatology',
  'urology',
  'gynaecology',
  'ophthalmology',
  'otolaryngology',
  'rehabilitation',
  'dentistry',
  'other',
] as const;

/** 2. 特別な医療（過去14日間以内に受けた医療）: 処置内容, 特別な対応, 失禁への対応. */
export const specialMedicalCare = [
  'drip',
  'centralVenous',
  'dialysis',
  'stoma',
  'oxygen',
  'respirator',
  'tracheostomy',
  'painCare',
  'tubeFeeding',
  'monitoring',
  'pressureUlcer',
  'catheter',
] as const;

export const bpsdSymptoms = [
  'hallucination',
  'delusion',
  'dayNightReversal',
  'verbalAbuse',
  'violence',
  'resistance',
  'wandering',
  'fireHazard',
  'uncleanliness',
  'pica',
  'sexual',
  'other',
] as const;

export const ataxiaSites = ['upperRight', 'upperLeft', 'lowerRight', 'lowerLeft', 'trunkRight', 'trunkLeft'] as const;

export const likelyConditions = [
  'incontinence',
  'fall',
  'mobility',
  'pressureUlcer',
  'cardiopulmonary',
  'withdrawal',
  'apathy',
  'wandering',
  'malnutrition',
  'dysphagia',
  'dehydration',
  'infection',
  'cancerPain',
  'other',
] as const;

/** 4.(5) 医学的管理の必要性, the 令和3年 list (FORMS.md marks it [kn]). */
export const medicalServices = [
  'visitMedical',
  'visitNursing',
  'visitDental',
  'visitPharmacy',
  'visitRehab',
  'shortStayMedical',
  'visitDentalHygiene',
  'visitNutrition',
  'dayRehab',
  'healthFacility',
  'careMedicalFacility',
  'otherMedical',
] as const;

/** A finding of 3.(5) 身体の状態: present or not, where, how severe. */
const finding = () => ({ present: flag(), site: text(100), severity: choice(severities) });

export const opinionContent = z.object({
  writtenOn: date(),
  patientName: text(100),
  patientKana: text(100),
  sex: choice(['male', 'female'] as const),
  birthDate: date(),
  patientPostcode: text(10),
  patientAddress: text(300),
  patientPhone: text(40),
  consent: choice(['agree', 'disagree'] as const),
  doctorName: text(100),
  clinicName: text(100),
  clinicAddress: text(300),
  clinicPhone: text(40),
  clinicFax: text(40),
  lastExamOn: date(),
  opinionCount: choice(['first', 'repeat'] as const),
  otherDepartments: choice(yesNo),
  departments: choices(departments),
  otherDepartment: text(50),
  /** 1.(1) 診断名 1.–3. and 発症年月日 (approximate dates allowed: 「令和5年4月頃」). */
  diagnoses: rows({ name: text(100), onset: text(30) }, 3),
  stability: choice(['stable', 'unstable', 'unknown'] as const),
  unstableDetail: text(300),
  treatmentCourse: text(2000),
  specialMedical: choices(specialMedicalCare),
  bedridden: choice(bedriddenLevelsWithIndependent),
  dementia: choice(dementiaLevelsWithIndependent),
  shortTermMemory: choice(['ok', 'problem'] as const),
  decisionMaking: choice(['independent', 'someDifficulty', 'needsSupervision', 'unable'] as const),
  communication: choice(['able', 'someDifficulty', 'specificOnly', 'unable'] as const),
  bpsd: choice(yesNo),
  bpsdSymptoms: choices(bpsdSymptoms),
  bpsdOther: text(100),
  otherPsychiatric: choice(yesNo),
  otherPsychiatricName: text(100),
  specialistVisit: choice(yesNo),
  specialistDetail: text(100),
  dominantHand: choice(['right', 'left'] as const),
  height: amount(),
  weight: amount(),
  weightChange: choice(['increase', 'maintain', 'decrease'] as const),
  limbLoss: flag(),
  limbLossSite: text(100),
  paralysis: flag(),
  paralysisRightArm: choice(severities),
  paralysisLeftArm: choice(severities),
  paralysisRightLeg: choice(severities),
  paralysisLeftLeg: choice(severities),
  paralysisOtherSite: text(100),
  paralysisOther: choice(severities),
  muscleWeakness: z.object(finding()).default({ present: false, site: '', severity: null }),
  contracture: z.object(finding()).default({ present: false, site: '', severity: null }),
  jointPain: z.object(finding()).default({ present: false, site: '', severity: null }),
  ataxia: flag(),
  ataxiaSites: choices(ataxiaSites),
  pressureUlcer: z.object(finding()).default({ present: false, site: '', severity: null }),
  otherSkin: z.object(finding()).default({ present: false, site: '', severity: null }),
  outdoorWalking: choice(['independent', 'assisted', 'none'] as const),
  wheelchair: choice(['none', 'self', 'others'] as const),
  walkingAids: choices(['none', 'outdoor', 'indoor'] as const),
  eating: choice(['independent', 'fullAssistance'] as const),
  nutrition: choice(['good', 'poor'] as const),
  nutritionNotes: text(200),
  likelyConditions: choices(likelyConditions),
  likelyOther: text(100),
  conditionPolicy: text(300),
  outlook: choice(['expected', 'notExpected', 'unknown'] as const),
  medicalServices: choices(medicalServices),
  /** The services underlined as especially needed. */
  medicalServicesUnderlined: choices(medicalServices),
  otherMedicalService: text(100),
  noServiceNotes: flag(),
  noteBloodPressure: text(100),
  noteEating: text(100),
  noteSwallowing: text(100),
  noteMobility: text(100),
  noteExercise: text(100),
  noteOther: text(100),
  noCareNotes: flag(),
  infection: choice(['no', 'yes', 'unknown'] as const),
  infectionDetail: text(200),
  specialNotes: text(3000),
});
export type OpinionContent = z.infer<typeof opinionContent>;
export type OpinionFinding = OpinionContent['muscleWeakness'];
