/** A facility's standing in its region. */
export const jaFacilityStatus = {
  'facilityStatus.pending': '審査中',
  'facilityStatus.active': '利用中',
  'facilityStatus.withdrawn': '利用廃止',
} as const;
