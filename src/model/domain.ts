// Every list of the reception's domain, declared once: a `const` array (its order is the output
// order everywhere), the union type of its members and a guard. The model, the tallies, the
// summary, the report and the charts all read these; a new member is added here and nowhere else
// (the compiler then points at every `Record<…>` that lacks it).

/** A guard for the members of `list`. */
function guardOf<T extends string>(list: readonly T[]): (value: unknown) => value is T {
  const members: ReadonlySet<unknown> = new Set(list);
  return (value: unknown): value is T => members.has(value);
}

/** Kinds of visitor at the counter. */
export const VISITOR_KINDS = ['appointment', 'walkIn', 'pickup'] as const;
/** A kind of visitor at the counter. */
export type VisitorKind = (typeof VISITOR_KINDS)[number];
/** True for a visitor kind. */
export const isVisitorKind = guardOf(VISITOR_KINDS);

/** Contacts that arrive at the reception: a call attempt, a visitor of some kind, a message. */
export const CONTACT_KINDS = ['call', ...VISITOR_KINDS, 'message'] as const;
/** A kind of contact arriving. */
export type ContactKind = (typeof CONTACT_KINDS)[number];
/** True for a contact kind. */
export const isContactKind = guardOf(CONTACT_KINDS);

/** Staff groups: advisors first, then the phone desk, the parts line and the external overflow team. */
export const TEAMS = ['advisors', 'phoneDesk', 'parts', 'overflow'] as const;
/** A staff group. */
export type Team = (typeof TEAMS)[number];
/** True for a team. */
export const isTeam = guardOf(TEAMS);

/** What a staff member can be doing; every one but `break` is work. */
export const ACTIVITIES = ['visit', 'call', 'callback', 'message', 'break'] as const;
/** What a staff member is doing. */
export type Activity = (typeof ACTIVITIES)[number];
/** True for an activity. */
export const isActivity = guardOf(ACTIVITIES);

/** The activities that count as busy time (utilisation): every activity but breaks. */
export const WORK_ACTIVITIES = ['visit', 'call', 'callback', 'message'] as const satisfies readonly Activity[];
/** An activity that counts as busy time. */
export type WorkActivity = (typeof WORK_ACTIVITIES)[number];

/** Queues whose length is tracked over time. */
export const QUEUES = ['visitors', 'calls', 'callbacks', 'messages'] as const;
/** A tracked queue. */
export type QueueName = (typeof QUEUES)[number];
/** True for a tracked queue. */
export const isQueueName = guardOf(QUEUES);

/** Where a free person looks for work (the queues of contacts waiting for someone). */
export const WORK_SOURCES = ['calls', 'visitors', 'callbacks', 'messages'] as const;
/** A place where waiting work is found. */
export type WorkSource = (typeof WORK_SOURCES)[number];
/** True for a work source. */
export const isWorkSource = guardOf(WORK_SOURCES);

/** Customer segments: simple jobs go elsewhere easily, forced ones (warranty, complex) mostly stay. */
export const SEGMENTS = ['simple', 'forced'] as const;
/** A customer segment. */
export type Segment = (typeof SEGMENTS)[number];
/** True for a segment. */
export const isSegment = guardOf(SEGMENTS);

/** Who can resolve a call: any reception person, an advisor, or the parts line. */
export const SKILLS = ['any', 'advisor', 'parts'] as const;
/** A skill a call needs. */
export type Skill = (typeof SKILLS)[number];
/** True for a skill. */
export const isSkill = guardOf(SKILLS);

/** The queues a waiting call can be in: the advisors', the phone desk's, the overflow team's or the parts line's. */
export const LINES = ['advisors', 'desk', 'overflow', 'parts'] as const;
/** A queue a call waits in. */
export type Line = (typeof LINES)[number];
/** True for a line. */
export const isLine = guardOf(LINES);

/** The lines of the reception itself (reported as the `calls` queue; emptied at closing). */
export const RECEPTION_LINES = ['advisors', 'desk'] as const satisfies readonly Line[];

/** How a call attempt ended at the reception. */
export const CALL_OUTCOMES = [
  'answered', // a person of the reception, the desk or the overflow team talked to the caller
  'abandoned', // the caller hung up while waiting
  'rang-out', // nobody answered within the ring limit and nothing took the call
  'voicemail', // sent to voicemail (see the record's `callbackCreated`)
  'closed', // arrived after closing with no voicemail
] as const;
/** How a call attempt ended. */
export type CallOutcome = (typeof CALL_OUTCOMES)[number];
/** True for a call outcome. */
export const isCallOutcome = guardOf(CALL_OUTCOMES);

/**
 * How a transfer to the parts line ended ('none': the call was not transferred). A caller on a
 * transfer waits until the parts line answers or its ring limit passes: no scenario field gives
 * a patience for that wait, so no transfer ends with the caller hanging up.
 */
export const TRANSFER_OUTCOMES = ['none', 'answered', 'rang-out'] as const;
/** How a transfer ended. */
export type TransferOutcome = (typeof TRANSFER_OUTCOMES)[number];
/** True for a transfer outcome. */
export const isTransferOutcome = guardOf(TRANSFER_OUTCOMES);

/** How a caller's story ended, after all attempts. */
export const CALLER_RESOLUTIONS = ['served', 'callback', 'lost'] as const;
/** How a caller's story ended. */
export type CallerResolution = (typeof CALLER_RESOLUTIONS)[number];
/** True for a caller resolution. */
export const isCallerResolution = guardOf(CALLER_RESOLUTIONS);

/** How a visit ended. */
export const VISIT_OUTCOMES = ['served', 'balked', 'reneged'] as const;
/** How a visit ended. */
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
/** True for a visit outcome. */
export const isVisitOutcome = guardOf(VISIT_OUTCOMES);

/** Where a callback came from. */
export const CALLBACK_SOURCES = ['voicemail', 'desk', 'overflow', 'transfer'] as const;
/** Where a callback came from. */
export type CallbackSource = (typeof CALLBACK_SOURCES)[number];
/** True for a callback source. */
export const isCallbackSource = guardOf(CALLBACK_SOURCES);

/** Where a call not answered within its ring limit goes. */
export const UNANSWERED_ROUTES = ['ring-out', 'voicemail', 'overflow'] as const;
/** Where an unanswered call goes. */
export type UnansweredRoute = (typeof UNANSWERED_ROUTES)[number];
/** True for an unanswered-call route. */
export const isUnansweredRoute = guardOf(UNANSWERED_ROUTES);

/**
 * Which visit a call interrupts under answer-all, when every advisor is busy: the one whose
 * current stretch started most recently (a visit resumed after a call counts as just started),
 * the one with the most work left, or one at random.
 */
export const INTERRUPT_CHOICES = ['latest-start', 'most-work-left', 'random'] as const;
/** A rule for choosing the visit a call interrupts. */
export type InterruptChoice = (typeof INTERRUPT_CHOICES)[number];
/** True for an interrupt choice. */
export const isInterruptChoice = guardOf(INTERRUPT_CHOICES);

/** Causes of lost margin, in report order. */
export const LOSS_CAUSES = ['callersLost', 'walkInsLost', 'interruptions'] as const;
/** A cause of lost margin. */
export type LossCause = (typeof LOSS_CAUSES)[number];
/** True for a loss cause. */
export const isLossCause = guardOf(LOSS_CAUSES);

/**
 * Every source of randomness in a day, one stream each (common random numbers: a policy that
 * draws more from one source leaves the others untouched).
 */
export const RANDOM_SOURCES = [
  'callArrivals',
  'callReasons',
  'callHandling',
  'callPatience',
  'callRedials',
  'redialHandling',
  'redialPatience',
  'voicemail',
  'callbackHandling',
  'walkInArrivals',
  'walkInService',
  'walkInPatience',
  'walkInSegments',
  'appointmentShows',
  'appointmentPunctuality',
  'appointmentService',
  'appointmentSegments',
  'pickups',
  'pickupService',
  'messageArrivals',
  'messageHandling',
  'policy',
] as const;
/** A source of randomness. */
export type RandomSource = (typeof RANDOM_SOURCES)[number];
/** True for a random source. */
export const isRandomSource = guardOf(RANDOM_SOURCES);
