/** The demo's first-run list on the sign-in page (demo databases only). */
import type { Messages } from '../../catalogue';
import type { jaDemo } from '../ja/demo';

export const enDemo: Messages<typeof jaDemo> = {
  'demo.title': 'Demo accounts',
  'demo.lead': 'This is a demo. Choose who to try it as and you are signed in at once (the password is renraku-demo-1234).',
  'demo.signInAs': 'Sign in as {name}',
  'demo.adminNote': 'Administrators have a second step; in the demo the authenticator code is filled in for you.',
  'demo.who.demo-doctor': 'Home doctor: sees what is new across all patients, reviews photos, issues instructions (PC).',
  'demo.who.demo-nurse': 'Visiting nurse: writes notes, photos and reports at the bedside on a tablet.',
  'demo.who.demo-caremanager': 'Care manager: arranges services and records meetings (phone).',
  'demo.who.demo-pharmacist': 'Pharmacist: delivers medicines and shares how they are taken.',
  'demo.who.demo-outsider': 'Nurse from another station: on one other patient’s team only.',
  'demo.who.demo-facility-admin': 'Facility administrator: manages the station’s staff accounts and devices.',
  'demo.who.demo-region-admin': 'Region (city) administrator: approves facility applications, reads the audit log.',
};
