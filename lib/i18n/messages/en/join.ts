/** The region's public portal (/join/<slug>): the service, how to join, the terms, and the facility application (施設登録申請). */
import type { Messages } from '../../catalogue';
import type { jaJoin } from '../ja/join';

export const enJoin: Messages<typeof jaJoin> = {
  'join.title': 'Renraku in {region}',
  'join.lead': 'The care-team notebook for the facilities of home medical and long-term care in {region}.',
  'join.aboutTitle': 'What Renraku is',
  'join.about1':
    'Around each patient cared for at home there is a team — the home doctor, visiting nurses, pharmacist, care manager, therapists, helpers — from different facilities. Renraku gives them one timeline of notes, photos and instructions that they share across facilities.',
  'join.about2':
    'Installed on a tablet, it works at the patient’s home without a signal and syncs by itself when back online. A patient’s information is seen only by the staff on that patient’s team.',
  'join.stepsTitle': 'How to join',
  'join.step1':
    'Read the terms below and send the facility application on this page. The person who applies becomes the facility’s administrator.',
  'join.step2': 'The region administrator of {region} reviews the application. You are told the outcome by email.',
  'join.step3': 'Once approved, sign in with the login ID and password you chose.',
  'join.step4': 'As facility administrator, create your staff’s accounts; they then join their patients’ care teams.',
  'join.termsTitle': 'Terms of use',
  'join.terms1':
    'Article 1 (Purpose). These terms set the conditions under which facilities of home medical and long-term care use Renraku (“the service”), provided by {region} (“the region”).',
  'join.terms2':
    'Article 2 (Application and approval). A facility that wishes to use the service applies for registration and is approved by the region. The region may decline an application that is incomplete or that does not concern home care in the region.',
  'join.terms3':
    'Article 3 (The facility administrator). The facility administrator creates and disables the accounts of the facility’s staff, and disables them promptly when someone leaves. Nobody may use another person’s login ID or password.',
  'join.terms4':
    'Article 4 (Patient information). Users record and read a patient’s information only with the consent of the patient or their family to information sharing, and only as far as the care requires. They comply with the Act on the Protection of Personal Information and the Guidelines for the Security Management of Medical Information Systems.',
  'join.terms5':
    'Article 5 (Devices). Devices that hold patient information have a screen lock. A lost device is reported to the facility administrator at once, who stops it from being used.',
  'join.terms6':
    'Article 6 (Records and audit). Records are never deleted; corrections and retractions are kept with their history. Every sign-in and every reading or writing of patient information is written to an audit log that the region and facility administrators can inspect.',
  'join.terms7':
    'Article 7 (Withdrawal). A facility may stop using the service by a withdrawal request. Its accounts are then disabled, and its records stay readable to the care teams they belong to.',
  'join.terms8':
    'Article 8 (Prohibited conduct and changes). Reading information for other purposes, passing it to third parties and unauthorised access are prohibited. The region may change these terms and announces changes in the service.',
  'join.formTitle': 'Apply to register a facility',
  'join.formLead': 'Fill in the form, then check it on the next step. Every field is required unless marked optional.',
  'join.section.facility': 'Facility',
  'join.section.contact': 'Contact person (becomes the facility administrator)',
  'join.section.account': 'The account to sign in with',
  'join.field.facilityName': 'Facility name',
  'join.field.facilityNameKana': 'Facility name in kana',
  'join.field.prefecture': 'Prefecture',
  'join.field.municipality': 'Municipality',
  'join.field.kind': 'Kind of facility',
  'join.field.contactFamilyName': 'Family name',
  'join.field.contactGivenName': 'Given name',
  'join.field.contactFamilyNameKana': 'Family name in kana',
  'join.field.contactGivenNameKana': 'Given name in kana',
  'join.field.profession': 'Profession',
  'join.field.email': 'Email address',
  'join.field.emailConfirm': 'Email address again',
  'join.field.loginId': 'Login ID you would like',
  'join.field.password': 'Password',
  'join.field.agreedToTerms': 'I agree to the terms of use',
  'join.hint.kana': 'In hiragana or katakana.',
  'join.hint.municipality': 'e.g. Midori City, Setagaya Ward',
  'join.hint.email': 'The outcome of the review and later notices are sent here.',
  'join.hint.emailConfirm': 'Type it once more, to be sure.',
  'join.hint.loginId': '3 to 64 half-width letters, digits, “.”, “_” or “-”, starting with a letter or digit.',
  'join.choose': 'Choose…',
  'join.problem.kanaOnly': 'Use hiragana or katakana only.',
  'join.problem.email': 'This is not a valid email address.',
  'join.problem.emailMismatch': 'The two email addresses do not match.',
  'join.problem.loginId': 'Use only half-width letters, digits, “.”, “_” or “-”, 3 to 64 characters.',
  'join.problem.loginIdTaken': 'This login ID is already in use or applied for. Choose another.',
  'join.problem.agree': 'To apply, you must agree to the terms of use.',
  'join.next': 'Check my application',
  'join.confirmTitle': 'Check your application',
  'join.confirmLead': 'This is what will be sent. If it is right, press “Send application”.',
  'join.passwordMasked': '(not shown)',
  'join.none': 'None',
  'join.back': 'Back to edit',
  'join.submit': 'Send application',
  'join.submitting': 'Sending…',
  'join.doneTitle': 'Application received',
  'join.doneLead': 'The application for {facility} has been received. A confirmation is being sent to {email}.',
  'join.doneNextTitle': 'What happens next',
  'join.doneNext1': 'The region administrator of {region} reviews your application.',
  'join.doneNext2': 'You are told by email whether it was approved or rejected.',
  'join.doneNext3': 'Once approved, sign in with the login ID “{loginId}” and the password you chose.',
  'join.signInLink': 'Already have an account? Sign in',
  'join.portalLink': 'Register a facility in {region}',
  'join.portalsTitle': 'Apply to register a facility',
};
