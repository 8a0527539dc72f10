import * as z from 'zod/mini';
import { companyIdSchema } from '#shared/kernel/company-id.ts';
import {
  cpvSchema,
  instrumentSchema,
  oinSchema,
  safeNameCheck,
  themeSchema,
} from '#shared/kernel/vocabulary.ts';

/**
 * The kinds of e-mail the marketplace sends, and who gets each. A person can turn each kind off
 * (on the preferences page, or with the one-click link in every message of that kind).
 */
export const MESSAGE_KINDS = {
  /** A company: a call matching one of its saved searches was published. */
  'new-call': { roles: ['sme'] },
  /** A company: the receipt of a proposal it submitted, with its reference. */
  'proposal-received': { roles: ['sme'] },
  /** The buyer of a call: a company asked a question. */
  'question-asked': { roles: ['buyer'] },
  /** The company that asked: its question was answered (publicly, anonymously). */
  'question-answered': { roles: ['sme'] },
  /** An assessor: named to a phase's committee. */
  'committee-named': { roles: ['assessor'] },
  /** An assessor on a phase's committee: the phase closed, its proposals are open for scoring. */
  'scoring-open': { roles: ['assessor'] },
  /** A company that asked a question in a phase and has not bid yet: 7 days and 1 day before its deadline. */
  'deadline-reminder': { roles: ['sme'] },
  /** Companies that bid on or asked about a call: it was corrected (a deadline, text, documents). */
  correction: { roles: ['sme'] },
  /** Companies that asked about a phase: its nota van inlichtingen was published. */
  nota: { roles: ['sme'] },
  /** A company: a follow-up report is due. */
  'follow-up-due': { roles: ['sme'] },
  /** A company: a follow-up report is still not in when its grace period ends. */
  'follow-up-overdue': { roles: ['sme'] },
  /** Each bidder of a phase: its award decision letter is ready. */
  'decision-letter': { roles: ['sme'] },
  /** A company that completed a phase's contract: it may bid for the next phase. */
  'phase-invitation': { roles: ['sme'] },
  /** The buyer: a phase closed, with the number of proposals. */
  'phase-closed': { roles: ['buyer'] },
  /** The buyer: the committee finished scoring a phase (the ranking is frozen). */
  'committee-finished': { roles: ['buyer'] },
  /** The buyer, and the co-funders' buyers and officers: a bidder lodged a complaint about an award decision (or it was answered). */
  objection: { roles: ['buyer', 'officer'] },
  /** The company that lodged a complaint: it was answered (and until when the court route is open). */
  'complaint-answered': { roles: ['sme'] },
  /** Every bidder that received a decision's letter, and the co-funders: it was withdrawn or became definitive. */
  'decision-news': { roles: ['sme', 'buyer', 'officer'] },
  /** The buyer: a company submitted a milestone's deliverable, to review within the contract's days. */
  'deliverable-submitted': { roles: ['buyer'] },
  /** The company: its deliverable was accepted (payable) or rejected, with the reason. */
  'deliverable-reviewed': { roles: ['sme'] },
  /** The buyer: a company's e-invoice for an accepted milestone came in and passed the rules; to pay. */
  'invoice-received': { roles: ['buyer'] },
  /** The company: a milestone was paid. */
  'milestone-paid': { roles: ['sme'] },
  /** A co-funder's officers: the lead buyer paid a milestone; its part is owed at the quarter's settlement. */
  'settlement-due': { roles: ['officer'] },
  /** Buyers: a co-funder's consent asked of them, or given, declined or withdrawn on their call. */
  consent: { roles: ['buyer'] },
  /** Officers and the programme office, on Monday morning: overdue follow-ups and envelopes above 90% use. */
  'weekly-digest': { roles: ['officer', 'programme'] },
} as const;
export type MessageKind = keyof typeof MESSAGE_KINDS;
export const messageKindSchema = z.enum(Object.keys(MESSAGE_KINDS) as [MessageKind, ...MessageKind[]]);
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** An address we send to: a plain mailbox, no display name, no line breaks (nothing to inject). */
export const addressSchema = z.email('an e-mail address such as naam@voorbeeld.nl').check(
  z.maxLength(254),
  z.refine((a) => !/[\r\n<>,;"]/.test(a), 'a single plain e-mail address'),
);

export const MAX_SAVED_SEARCHES = 10;

export const preferencesBody = z.strictObject({
  /** Where to send; absent: the address of your identity. */
  email: z.optional(addressSchema),
  language: z.enum(LANGUAGES),
  /** The kinds you do not want. */
  off: z.array(messageKindSchema).check(z.maxLength(Object.keys(MESSAGE_KINDS).length)),
});
export type PreferencesBody = z.infer<typeof preferencesBody>;

export const preferencesView = z.object({
  email: z.optional(z.string()),
  /** True when the address is the one of your identity (it follows your identity's changes). */
  fromIdentity: z.boolean(),
  language: z.enum(LANGUAGES),
  off: z.array(messageKindSchema),
  /** The kinds a person of your role can get. */
  kinds: z.array(messageKindSchema),
  /** When they were last saved (absent: never; these are the defaults). */
  updatedAt: z.optional(z.string()),
});
export type PreferencesView = z.infer<typeof preferencesView>;

const filterList = <T extends z.ZodMiniType>(item: T, max: number) =>
  z._default(z.array(item).check(z.maxLength(max)), []);

export const savedSearchBody = z
  .strictObject({
    name: z.string().check(
      z.trim(),
      z.minLength(2, 'a name of at least 2 characters'),
      z.maxLength(80),
      z.refine((n) => !/[\r\n]/.test(n), 'a name on one line'),
      safeNameCheck,
    ),
    themes: filterList(themeSchema, 12),
    instruments: filterList(instrumentSchema, 2),
    /** A code matches every code below it (73000000-2 covers 73100000-3). */
    cpvCodes: filterList(cpvSchema, 10),
    buyers: filterList(oinSchema, 20),
  })
  .check(
    z.refine((s) => s.themes.length + s.instruments.length + s.cpvCodes.length + s.buyers.length > 0, {
      message: 'choose at least one theme, instrument, CPV code or buyer',
      path: ['themes'],
    }),
  );
export type SavedSearchBody = z.infer<typeof savedSearchBody>;

export const savedSearchView = z.object({
  id: z.uuid(),
  name: z.string(),
  themes: z.array(themeSchema),
  instruments: z.array(instrumentSchema),
  cpvCodes: z.array(z.string()),
  buyers: z.array(z.string()),
  createdAt: z.string(),
});
export type SavedSearch = z.infer<typeof savedSearchView>;
export const savedSearchList = z.object({ items: z.array(savedSearchView) });
export const searchIdParams = z.strictObject({ searchId: z.uuid() });

/** The one-click unsubscribe (RFC 8058): what the link in a message carries. */
export const unsubscribeBody = z.strictObject({
  org: z.union([oinSchema, companyIdSchema]),
  sub: z.string().check(z.minLength(1), z.maxLength(128)),
  kind: messageKindSchema,
  key: z.string().check(z.regex(/^[A-Za-z0-9_-]{22,64}$/, 'the key from the link')),
});
export type UnsubscribeBody = z.infer<typeof unsubscribeBody>;
export const unsubscribeView = z.object({ kind: messageKindSchema, off: z.literal(true) });
