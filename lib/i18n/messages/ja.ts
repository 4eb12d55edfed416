/**
 * Japanese, the source catalogue: every key the UI uses is defined here first, one file per key prefix
 * (`timeline.*` in ja/timeline.ts).
 */
import { jaApp } from './ja/app';
import { jaCommon } from './ja/common';
import { jaLang } from './ja/lang';
import { jaNav } from './ja/nav';
import { jaForm } from './ja/form';
import { jaSex } from './ja/sex';
import { jaPerson } from './ja/person';
import { jaCategory } from './ja/category';
import { jaRole } from './ja/role';
import { jaProfession } from './ja/profession';
import { jaFacilityKind } from './ja/facility-kind';
import { jaFacilityStatus } from './ja/facility-status';
import { jaError } from './ja/error';
import { jaSw } from './ja/sw';
import { jaSignIn } from './ja/sign-in';
import { jaVerify } from './ja/verify';
import { jaDemo } from './ja/demo';
import { jaPassword } from './ja/password';
import { jaHome } from './ja/home';
import { jaDevice } from './ja/device';
import { jaLock } from './ja/lock';
import { jaDevices } from './ja/devices';
import { jaMyDevices } from './ja/my-devices';
import { jaStaff } from './ja/staff';
import { jaStaffCsv } from './ja/staff-csv';
import { jaSecurity } from './ja/security';
import { jaNotices } from './ja/notices';
import { jaAudit } from './ja/audit';
import { jaAuditAction } from './ja/audit-action';
import { jaPatients } from './ja/patients';
import { jaPatient } from './ja/patient';
import { jaRegister } from './ja/register';
import { jaPatientForm } from './ja/patient-form';
import { jaTeam } from './ja/team';
import { jaArchive } from './ja/archive';
import { jaTimeline } from './ja/timeline';
import { jaComposer } from './ja/composer';
import { jaPost } from './ja/post';
import { jaComment } from './ja/comment';
import { jaSync } from './ja/sync';
import { jaSignOut } from './ja/sign-out';
import { jaPending } from './ja/pending';
import { jaAttachment } from './ja/attachment';
import { jaPhotos } from './ja/photos';
import { jaJoin } from './ja/join';
import { jaRegion } from './ja/region';
import { jaApplications } from './ja/applications';
import { jaFacilities } from './ja/facilities';
import { jaSettings } from './ja/settings';
import { jaMail } from './ja/mail';
import { jaFacilityPage } from './ja/facility-page';
import { jaWithdrawal } from './ja/withdrawal';
import { jaForms } from './ja/forms';
import { jaFormChoice } from './ja/form-choice';
import { jaInstructionForm } from './ja/instruction-form';
import { jaPlanForm } from './ja/plan-form';
import { jaReportForm } from './ja/report-form';
import { jaOpinionForm } from './ja/opinion-form';
import { jaVitals } from './ja/vitals';
import { jaDesignR } from './ja/design-r';
import { jaFormPrint } from './ja/form-print';
import { jaTimelinePrint } from './ja/timeline-print';
import { jaFhirExport } from './ja/fhir-export';
import { jaSearch } from './ja/search';
import { jaWhatsNew } from './ja/whats-new';
import { jaNotifications } from './ja/notifications';
import { jaInstall } from './ja/install';

export const ja = {
  ...jaApp,
  ...jaCommon,
  ...jaLang,
  ...jaNav,
  ...jaForm,
  ...jaSex,
  ...jaPerson,
  ...jaCategory,
  ...jaRole,
  ...jaProfession,
  ...jaFacilityKind,
  ...jaFacilityStatus,
  ...jaError,
  ...jaSw,
  ...jaSignIn,
  ...jaVerify,
  ...jaDemo,
  ...jaPassword,
  ...jaHome,
  ...jaDevice,
  ...jaLock,
  ...jaDevices,
  ...jaMyDevices,
  ...jaStaff,
  ...jaStaffCsv,
  ...jaSecurity,
  ...jaNotices,
  ...jaAudit,
  ...jaAuditAction,
  ...jaPatients,
  ...jaPatient,
  ...jaRegister,
  ...jaPatientForm,
  ...jaTeam,
  ...jaArchive,
  ...jaTimeline,
  ...jaComposer,
  ...jaPost,
  ...jaComment,
  ...jaSync,
  ...jaSignOut,
  ...jaPending,
  ...jaAttachment,
  ...jaPhotos,
  ...jaJoin,
  ...jaRegion,
  ...jaApplications,
  ...jaFacilities,
  ...jaSettings,
  ...jaMail,
  ...jaFacilityPage,
  ...jaWithdrawal,
  ...jaForms,
  ...jaFormChoice,
  ...jaInstructionForm,
  ...jaPlanForm,
  ...jaReportForm,
  ...jaOpinionForm,
  ...jaVitals,
  ...jaDesignR,
  ...jaFormPrint,
  ...jaTimelinePrint,
  ...jaFhirExport,
  ...jaSearch,
  ...jaWhatsNew,
  ...jaNotifications,
  ...jaInstall,
} as const;
