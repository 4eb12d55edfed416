/** Editing staff accounts (the rest of the staff screen is in account.ts). */
export const enStaff = {
  'staff.editNamed': 'Edit {name}',
  'staff.editTitle': 'Editing {name}',
  'staff.email': 'Email (optional)',
  'staff.isFacilityAdmin': 'Facility administrator (manages staff accounts, devices and the audit log)',
  'staff.saveChanges': 'Save changes',
} as const;
