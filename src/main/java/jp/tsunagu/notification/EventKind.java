package jp.tsunagu.notification;

/** What an outbox event tells its subscribers. */
public enum EventKind {

	/** A referral from or to an organisation changed status. */
	REFERRAL_CHANGED,

	/** A plan task or a plan review falls due or is overdue. */
	TASK_DUE,

	/** A household withdrew a consent. */
	CONSENT_WITHDRAWN,

	/** A household's support ties crossed the fading threshold. */
	HOUSEHOLD_FADING,

	/** An organisation, network or membership changed in an area. */
	NETWORK_CHANGED

}
