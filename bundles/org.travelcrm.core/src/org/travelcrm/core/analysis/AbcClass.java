package org.travelcrm.core.analysis;

/** A buyer's class under the ABC policy, by cumulative share of revenue. */
public enum AbcClass {
	/** Cumulative revenue share up to the first share (80 % by default). */
	A,
	/** Up to the second share (95 % by default). */
	B,
	/** The rest. */
	C
}
