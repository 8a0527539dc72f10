/** Who runs the marketplace, the owner a Dutch government site must name, and how to reach it (footer and about page). */
export const COLOPHON = {
  owner: 'Ministerie van Economische Zaken en Klimaat',
  ownerEn: 'Ministry of Economic Affairs and Climate Policy',
  postal: 'Postbus 20401, 2500 EK Den Haag',
  email: 'info@innovatiemarkt.nl',
  privacyEmail: 'privacy@innovatiemarkt.nl',
} as const;
