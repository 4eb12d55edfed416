/**
 * English: one file per key prefix like the Japanese, each typed by its Japanese twin,
 * so the typecheck reports a missing or extra key in the file where it belongs.
 */
import type { Messages } from '../catalogue';
import { enApp } from './en/app';
import { enCommon } from './en/common';
import { enLang } from './en/lang';
import { enNav } from './en/nav';
import { enForm } from './en/form';
import { enSex } from './en/sex';
import { enPerson } from './en/person';
import { enCategory } from './en/category';
import { enRole } from './en/role';
import { enProfession } from './en/profession';
import { enFacilityKind } from './en/facility-kind';
import { enFacilityStatus } from './en/facility-status';
import { enError } from './en/error';
import { enSw } from './en/sw';
import { enSignIn } from './en/sign-in';
import { enVerify } from './en/verify';
import { enDemo } from './en/demo';
import { enPassword } from './en/password';
import { enHome } from './en/home';
import { enDevice } from './en/device';
import { enLock } from './en/lock';
import { enDevices } from './en/devices';
import { enMyDevices } from './en/my-devices';
import { enStaff } from './en/staff';
import { enStaffCsv } from './en/staff-csv';
import { enSecurity } from './en/security';
import { enNotices } from './en/notices';
import { enAudit } from './en/audit';
import { enAuditAction } from './en/audit-action';
import { enPatients } from './en/patients';
import { enPatient } from './en/patient';
import { enRegister } from './en/register';
import { enPatientForm } from './en/patient-form';
import { enTeam } from './en/team';
import { enArchive } from './en/archive';
import { enTimeline } from './en/timeline';
import { enComposer } from './en/composer';
import { enPost } from './en/post';
import { enComment } from './en/comment';
import { enSync } from './en/sync';
import { enSignOut } from './en/sign-out';
import { enPending } from './en/pending';
import { enAttachment } from './en/attachment';
import { enPhotos } from './en/photos';
import { enJoin } from './en/join';
import { enRegion } from './en/region';
import { enApplications } from './en/applications';
import { enFacilities } from './en/facilities';
import { enSettings } from './en/settings';
import { enMail } from './en/mail';
import { enFacilityPage } from './en/facility-page';
import { enWithdrawal } from './en/withdrawal';
import { enForms } from './en/forms';
import { enFormChoice } from './en/form-choice';
import { enInstructionForm } from './en/instruction-form';
import { enPlanForm } from './en/plan-form';
import { enReportForm } from './en/report-form';
import { enOpinionForm } from './en/opinion-form';
import { enVitals } from './en/vitals';
import { enDesignR } from './en/design-r';
import { enFormPrint } from './en/form-print';
import { enTimelinePrint } from './en/timeline-print';
import { enFhirExport } from './en/fhir-export';
import { enSearch } from './en/search';
import { enWhatsNew } from './en/whats-new';
import { enNotifications } from './en/notifications';
import { enInstall } from './en/install';

export const en = {
  ...enApp,
  ...enCommon,
  ...enLang,
  ...enNav,
  ...enForm,
  ...enSex,
  ...enPerson,
  ...enCategory,
  ...enRole,
  ...enProfession,
  ...enFacilityKind,
  ...enFacilityStatus,
  ...enError,
  ...enSw,
  ...enSignIn,
  ...enVerify,
  ...enDemo,
  ...enPassword,
  ...enHome,
  ...enDevice,
  ...enLock,
  ...enDevices,
  ...enMyDevices,
  ...enStaff,
  ...enStaffCsv,
  ...enSecurity,
  ...enNotices,
  ...enAudit,
  ...enAuditAction,
  ...enPatients,
  ...enPatient,
  ...enRegister,
  ...enPatientForm,
  ...enTeam,
  ...enArchive,
  ...enTimeline,
  ...enComposer,
  ...enPost,
  ...enComment,
  ...enSync,
  ...enSignOut,
  ...enPending,
  ...enAttachment,
  ...enPhotos,
  ...enJoin,
  ...enRegion,
  ...enApplications,
  ...enFacilities,
  ...enSettings,
  ...enMail,
  ...enFacilityPage,
  ...enWithdrawal,
  ...enForms,
  ...enFormChoice,
  ...enInstructionForm,
  ...enPlanForm,
  ...enReportForm,
  ...enOpinionForm,
  ...enVitals,
  ...enDesignR,
  ...enFormPrint,
  ...enTimelinePrint,
  ...enFhirExport,
  ...enSearch,
  ...enWhatsNew,
  ...enNotifications,
  ...enInstall,
} as const satisfies Messages;
