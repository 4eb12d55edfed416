/** Registering a patient: the record form, its fields and hints. */
import type { Messages } from '../../catalogue';
import type { jaRegister } from '../ja/register';

export const enRegister: Messages<typeof jaRegister> = {
  'register.title': 'Register a patient',
  'register.lead': 'You become the owner of the patient’s care team. Registering needs a connection to the server.',
  'register.needsConnection':
    'You are offline, so the patient cannot be registered: registering needs a connection to the server. Try again where there is a signal.',
  'register.section.person': 'The patient',
  'register.section.contact': 'Contact and key person',
  'register.section.sharing': 'Consent to sharing, and notes',
  'register.name': 'Name',
  'register.nameKana': 'Name in kana',
  'register.nameKanaHint': 'In hiragana or katakana (e.g. やまだ はなこ).',
  'register.kanaOnly': 'Use hiragana or katakana only.',
  'register.birthDate': 'Date of birth',
  'register.birthInFuture': 'The date of birth is in the future.',
  'register.sex': 'Sex',
  'register.address': 'Address',
  'register.phone': 'Phone',
  'register.keyPersonName': 'Key person’s name',
  'register.keyPersonRelation': 'Key person’s relation',
  'register.keyPersonRelationHint': 'e.g. eldest son, wife',
  'register.keyPersonPhone': 'Key person’s phone',
  'register.consent': 'Consent to information sharing, obtained on',
  'register.consentHint': 'With consent, staff of other facilities can join the care team. Leave empty if not obtained yet.',
  'register.consentInFuture': 'The consent date is in the future.',
  'register.notes': 'Notes for visits',
  'register.notesHint': 'e.g. where the key is, pets, where to park.',
  'register.submit': 'Register',
  'register.submitting': 'Registering…',
};
