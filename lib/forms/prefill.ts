/**
 * A new form's answers before anyone types: the patient's record (name, birth date, address,
 * phone), the author (name, profession, facility), the team (the physician and the station it is
 * addressed to), the author's own last form for their facility's address, phone and manager, the
 * patient's last finalised form of the same kind for what carries over (diagnoses, medication,
 * goals), and for a report the month's visits. Dates start today. Everything stays editable.
 */
import type { FormTemplateId } from '@/lib/domain/form-templates';
import type { Profession } from '@/lib/domain/roles';
import type { PatientDoc } from '@/lib/schemas/patient';
import { emptyFormContent } from './templates';
import type { VisitDay } from './templates/report';

export interface PrefillSources {
  /** YYYY-MM-DD, in Japan. */
  today: string;
  patient: Pick<PatientDoc, 'name' | 'nameKana' | 'birthDate' | 'sex' | 'address' | 'phone'>;
  author: { name: string; profession: Profession; facilityName: string };
  /** The patient's newest finalised form of this template. */
  previous: Record<string, unknown> | null;
  /** The author's newest form of any patient: their facility's address, phone, fax and manager. */
  ownLatest: Record<string, unknown> | null;
  /** The team's physician, and its visiting-nurse station. */
  doctorName: string | null;
  stationName: string | null;
  /** The report's month and the visits found in the records for it. */
  month: string;
  visits: VisitDay[];
}

/** Answers that describe the moment of the earlier form, not the patient: never carried over. */
const notCarried = ['visits', 'course', 'careContent', 'informationProvided', 'reportMonth', 'spansTwoMonths', 'consent', 'lastExamOn'];

function carried(previous: Record<string, unknown> | null): Record<string, unknown> {
  if (!previous) return {};
  return Object.fromEntries(
    Object.entries(previous).filter(([key, value]) => !notCarried.includes(key) && value !== null && !/On$|Start$|End$/.test(key)),
  );
}

function own(latest: Record<string, unknown> | null, keys: string[]): Record<string, unknown> {
  if (!latest) return {};
  return Object.fromEntries(keys.filter((key) => typeof latest[key] === 'string' && latest[key] !== '').map((key) => [key, latest[key]]));
}

export function prefillForm(template: FormTemplateId, sources: PrefillSources): Record<string, unknown> {
  const { patient, author, today } = sources;
  const base = { ...emptyFormContent(template), ...carried(sources.previous) };
  const nurse = author.profession === 'nurse' || author.profession === 'publicHealthNurse' ? author.profession : null;
  const person = { patientName: patient.name, birthDate: patient.birthDate, patientAddress: patient.address };
  switch (template) {
    case 'visitingNursingInstruction': {
      const clinic = own(sources.ownLatest, ['clinicAddress', 'clinicPhone', 'clinicFax']);
      const phone = typeof clinic.clinicPhone === 'string' ? clinic.clinicPhone : '';
      return {
        ...base,
        ...person,
        patientPhone: patient.phone,
        kinds: base.kinds && (base.kinds as string[]).length > 0 ? base.kinds : ['nursing'],
        instructionStart: today,
        issuedOn: today,
        clinicName: author.facilityName,
        doctorName: author.name,
        ...clinic,
        emergencyContact: base.emergencyContact || [author.facilityName, phone].filter(Boolean).join(' '),
        addressee: sources.stationName ?? base.addressee ?? '',
      };
    }
    case 'visitingNursingPlan':
      return {
        ...base,
        ...person,
        patientKana: patient.nameKana,
        author1Name: nurse ? author.name : base.author1Name,
        author1Profession: nurse ?? base.author1Profession,
        createdOn: today,
        stationName: author.facilityName,
        ...own(sources.ownLatest, ['managerName']),
        addressee: sources.doctorName ?? base.addressee ?? '',
      };
    case 'visitingNursingReport':
      return {
        ...base,
        ...person,
        reportMonth: sources.month,
        visits: sources.visits,
        authorName: author.name,
        authorProfession: nurse,
        reportedOn: today,
        stationName: author.facilityName,
        ...own(sources.ownLatest, ['managerName']),
        addressee: sources.doctorName ?? base.addressee ?? '',
      };
    case 'physicianOpinion':
      return {
        ...base,
        ...person,
        patientKana: patient.nameKana,
        patientPhone: patient.phone,
        sex: patient.sex === 'male' || patient.sex === 'female' ? patient.sex : null,
        writtenOn: today,
        doctorName: author.name,
        clinicName: author.facilityName,
        ...own(sources.ownLatest, ['clinicAddress', 'clinicPhone', 'clinicFax']),
        opinionCount: sources.previous ? 'repeat' : 'first',
      };
  }
}
