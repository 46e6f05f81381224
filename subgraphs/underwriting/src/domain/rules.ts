// The platform's underwriting rules as the domain reads them (from configuration): the review deadline in working
// days, the 即将到期 window, the prevention-fee share, the platform time zone.
export interface UnderwritingRules {
  reviewWorkingDays: number;
  holidays: readonly string[];
  expiringDays: number;
  preventionShare: string;
  timeZone: string;
}
